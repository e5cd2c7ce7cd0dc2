// Speaker phrases → parties. "Security sources", "a senior security official" and "Pakistani authorities" are one
// party when they share a distinctive word ("security", "Pakistan"); "the official", "officials" and "they" point
// back to the party last named that way. The teacher renames, merges or splits what this gets wrong.
import { partySlug } from './slug';
import { stem } from './span';

export type PartyRole = 'speaker' | 'reporter' | 'writer';
export interface Party {
  id: string;
  name: string;
  role: PartyRole;
  phrases: string[]; // every way the article names it
  sentences: string[]; // sentence ids it speaks (or reports) in
}

export const WRITER_ID = 'writer';
export const writerParty = (): Party => ({ id: WRITER_ID, name: 'The writer (no source named)', role: 'writer', phrases: [], sentences: [] });

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'and', 'for', 'from', 'at', 'to', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
const GENERIC = new Set(['senior', 'top', 'key', 'unnamed', 'anonymous', 'local', 'several', 'some', 'two', 'three', 'other', 'high-ranking', 'former', 'current', 'chief', 'official', 'source', 'authority', 'spokesman', 'spokeswoman', 'spokesperson', 'government', 'minister', 'ministry', 'people', 'statement', 'group', 'office', 'officer', 'leader', 'commander', 'expert', 'analyst', 'witness', 'resident', 'observer', 'diplomat', 'media', 'agency', 'party']);
const PRONOUN = /^(they|he|she|we)$/i;

// demonyms to their country, so "Pakistani" and "Pakistan" meet ("Afghan" and "Afghanistan" meet too)
const countryStem = (w: string) => w.replace(/istan$/, '').replace(/(?<=.{4})i$/, '');
const tokens = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !STOP.has(w))
    .map((w) => stem(w));
const distinctive = (phrase: string) => tokens(phrase).filter((w) => !GENERIC.has(w)).map(countryStem);
const heads = (phrase: string) => tokens(phrase).filter((w) => GENERIC.has(w));

const slug = partySlug;

const display = (phrase: string) => {
  const bare = phrase.trim().replace(/^(the|a|an)\s+/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
};

export class PartyBook {
  readonly parties: Party[] = [];
  private last: Party | undefined;

  private create(phrase: string, role: PartyRole): Party {
    let id = slug(display(phrase));
    for (let n = 2; this.parties.some((p) => p.id === id) || id === WRITER_ID; n++) id = `${slug(display(phrase))}-${n}`;
    const party: Party = { id, name: display(phrase), role, phrases: [], sentences: [] };
    this.parties.push(party);
    return party;
  }

  /** The party a phrase names, if one already matches, without adding anything. */
  find(phrase: string): Party | undefined {
    const mine = distinctive(phrase);
    if (mine.length === 0) return undefined;
    for (let i = this.parties.length - 1; i >= 0; i--) {
      const p = this.parties[i]!;
      if (p.phrases.some((q) => distinctive(q).some((w) => mine.includes(w)))) return p;
    }
    return undefined;
  }

  /** The party a speaker phrase refers to, adding it (or a new party) to the book. */
  resolve(phrase: string, sentenceId: string, role: PartyRole = 'speaker'): Party {
    let party: Party | undefined;
    if (PRONOUN.test(phrase.trim())) party = this.last;
    else if (distinctive(phrase).length === 0) {
      // "the official", "officials", "the source": the party last named with that word, else the last one speaking
      const mine = heads(phrase);
      party = [...this.parties].reverse().find((p) => p.role === 'speaker' && p.phrases.some((q) => heads(q).some((h) => mine.includes(h))));
      party ??= this.last;
    } else party = this.find(phrase);
    party ??= this.create(phrase, role);
    if (role === 'speaker' && party.role === 'reporter') party.role = 'speaker';
    if (!party.phrases.includes(phrase) && !PRONOUN.test(phrase.trim())) {
      party.phrases.push(phrase);
      // the first name that says who it is stays ("Security sources"); "the official" never names a party
      if (distinctive(party.name).length === 0 && distinctive(phrase).length > 0) party.name = display(phrase);
    }
    if (!party.sentences.includes(sentenceId)) party.sentences.push(sentenceId);
    if (role === 'speaker') this.last = party;
    return party;
  }
}
