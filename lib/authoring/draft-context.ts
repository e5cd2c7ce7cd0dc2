// What every drafter works from: the claim-bearing sentences with the teacher's party and status and the
// assistant's detections, and the small helpers the drafters share (option letters, the key's place, feedback
// tidying, the explanation skeleton).
import type { Item, Misconception, Status } from '@/content/schema';
import type { ArticleAnnotation, SentenceAnnotation } from './annotate';
import { contentText } from './content-words';
import { toWrite, type Choice, type Facts } from './feedback';
import type { Party } from './parties';
import { allSentences, type DraftBlock } from './sentences';
import { stem } from './span';

export type PartyRef = Pick<Party, 'id' | 'name' | 'role'>;
export interface TeacherSentence {
  id: string;
  claim: boolean; // false: asserts nothing checkable; no item is drafted from it
  party?: string; // party id the teacher set
  status?: Status; // status the teacher set
}
export interface AnnotatedArticle {
  blocks: DraftBlock[];
  parties: PartyRef[];
  sentences: TeacherSentence[];
  assistant: ArticleAnnotation; // what the assistant detected (the teacher's choices above override its suggestions)
}

// 'two-part' (answer plus evidence) is drafted by the module that adds that item type: give draftItems a Drafter
// with kind 'two-part' beside DRAFTERS (lib/authoring/draft.ts). It gets the same context as those in drafters/.
export type DraftKind = 'classify' | 'source' | 'highlight' | 'scope' | 'compare' | 'two-part';
export interface DraftItem {
  kind: DraftKind;
  item: Item;
  misconceptions: Misconception[]; // what its distractors target
}
export interface Row {
  id: string;
  text: string;
  paragraph: string;
  party: PartyRef;
  status: Status;
  ann: SentenceAnnotation;
  facts: Facts;
}
export interface DraftContext {
  rows: Row[]; // claim-bearing sentences with the teacher's party and status, in reading order
  parties: PartyRef[];
}
export interface Drafter {
  kind: DraftKind;
  draft(ctx: DraftContext): DraftItem[];
}

const OFFICIAL = /official|government|ministry|minister|authorit|spokes|police|army|military|security|president|agency/i;
export const q = (w: string) => `“${w}”`;
export const who = (p: PartyRef) => (p.role === 'writer' ? 'the writer' : p.name);
export const tidy = (c: Choice) => (c.misconception ? { feedback: c.feedback, misconception: c.misconception } : { feedback: c.feedback });
export const misconceptionsOf = (xs: Array<{ misconception?: Misconception }>) => [...new Set(xs.flatMap((x) => (x.misconception ? [x.misconception] : [])))];
// option ids a, b, c...; the key's place turns with the item so that no letter is always right
export const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
export function place<T>(key: T, others: T[], turn: number): { list: T[]; keyAt: number } {
  const keyAt = turn % (others.length + 1);
  const list = [...others];
  list.splice(keyAt, 0, key);
  return { list, keyAt };
}

export function draftContext(article: AnnotatedArticle): DraftContext {
  const texts = new Map(allSentences(article.blocks).map((s) => [s.id, s.text]));
  const paragraphOf = new Map(article.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences.map((s) => [s.id, b.id] as const) : [])));
  const anns = new Map(article.assistant.sentences.map((a) => [a.id, a]));
  const parties = new Map(article.parties.map((p) => [p.id, p]));
  const rows: Row[] = [];
  for (const t of article.sentences) {
    const text = texts.get(t.id);
    const ann = anns.get(t.id);
    const party = t.party ? parties.get(t.party) : undefined;
    if (!t.claim || !t.status || !text || !ann || !party) continue;
    rows.push({
      id: t.id,
      text,
      paragraph: paragraphOf.get(t.id) ?? '',
      party,
      status: t.status,
      ann,
      facts: {
        party: who(party),
        writer: party.role === 'writer',
        official: OFFICIAL.test(party.name),
        quoted: ann.quoted,
        numbers: ann.numbers.filter((n) => !n.year).map((n) => n.text),
        sideTakingVerbs: ann.sideTakingVerbs.map((v) => v.text),
        via: ann.speaker?.via?.text,
        labels: ann.labels.map((l) => l.text),
      },
    });
  }
  // who contradicts a disputed sentence: the same sentence's "denied by", else the nearest disputed sentence of
  // another party
  for (const row of rows) {
    if (row.status !== 'disputed') continue;
    if (row.ann.contradictedBy) row.facts.contradictor = row.ann.contradictedBy.text;
    else {
      const other = nearest(rows, row, (r) => r.status === 'disputed' && r.party.id !== row.party.id && r.party.role !== 'writer');
      if (other) row.facts.contradictor = `${other.party.name} (${other.id})`;
    }
  }
  return { rows, parties: article.parties };
}

export function nearest(rows: Row[], row: Row, test: (r: Row) => boolean): Row | undefined {
  const at = rows.indexOf(row);
  return rows
    .filter((r) => r !== row && test(r))
    .sort((a, b) => Math.abs(rows.indexOf(a) - at) - Math.abs(rows.indexOf(b) - at))[0];
}

export function explanation(row: Row, what: string): string {
  const source = row.party.role === 'writer' ? 'The sentence names no source: it is the writer’s own voice.' : `Who says it: ${row.party.name}.`;
  const status = row.ann.suggestion.status === row.status ? ` ${contentText(row.ann.suggestion.reason)}` : '';
  return `${source}${status} ${toWrite(what)}`;
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const stems = (phrase = '') => phrase.split(/\s+/).filter((w) => w.length > 3).map(stem);
