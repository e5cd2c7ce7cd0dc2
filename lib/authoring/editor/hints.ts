// What the claim assistant found in one sentence, as the editor shows it (plain data: the page passes it to the
// client). Types only, so browser code may import it without loading the language library.
import type { Status } from '@/content/words';

export interface SentenceHint {
  id: string;
  speaker?: string; // the speaker phrase as written ("a senior official")
  verb?: string; // "said", "according to"
  via?: string; // who reported the speech ("According to AFP, the Taliban said")
  inheritedFrom?: string; // a quotation whose speaker is named in another sentence
  hedges: string[];
  numbers: string[];
  names: string[];
  loaded: string[]; // judging and charged words, forecasts
  party: string; // the party the assistant suggests
  status: Status;
  reason: string;
}

export interface AssistantView {
  hints: SentenceHint[];
  parties: Array<{ id: string; name: string; role: 'speaker' | 'reporter' | 'writer' }>;
}
