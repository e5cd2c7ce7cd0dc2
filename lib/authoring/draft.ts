// Draft quiz items from an annotated article: the teacher has set, per claim-bearing sentence, the party and the
// status; the assistant's detections (speaker phrases, hedges, judging words, numbers, contradictions) supply the
// wording. Every draft is an item of the content format (content/schema.ts) with feedback for every option and an
// explanation skeleton whose unwritten parts are marked with TO_WRITE for the teacher.
import type { Item, Misconception, Status } from '@/content/schema';
import { findRun } from '@/content/validate';
import { STATUSES } from '@/content/words';
import type { ArticleAnnotation, SentenceAnnotation } from './annotate';
import { classifyFeedback, toWrite, type Choice, type Facts } from './feedback';
import { WRITER_ID, type Party } from './parties';
import { stem } from './span';
import { allSentences, type DraftBlock } from './sentences';

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
// with kind 'two-part' beside DRAFTERS. It gets the same context as the drafters below.
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
const q = (w: string) => `“${w}”`;
const who = (p: PartyRef) => (p.role === 'writer' ? 'the writer' : p.name);
const tidy = (c: Choice) => (c.misconception ? { feedback: c.feedback, misconception: c.misconception } : { feedback: c.feedback });
const misconceptionsOf = (xs: Array<{ misconception?: Misconception }>) => [...new Set(xs.flatMap((x) => (x.misconception ? [x.misconception] : [])))];
// option ids a, b, c...; the key's place turns with the item so that no letter is always right
const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
function place<T>(key: T, others: T[], turn: number): { list: T[]; keyAt: number } {
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

function nearest(rows: Row[], row: Row, test: (r: Row) => boolean): Row | undefined {
  const at = rows.indexOf(row);
  return rows
    .filter((r) => r !== row && test(r))
    .sort((a, b) => Math.abs(rows.indexOf(a) - at) - Math.abs(rows.indexOf(b) - at))[0];
}

function explanation(row: Row, what: string): string {
  const source = row.party.role === 'writer' ? 'The sentence names no source: it is the writer’s own voice.' : `Who says it: ${row.party.name}.`;
  const status = row.ann.suggestion.status === row.status ? ` ${row.ann.suggestion.reason}` : '';
  return `${source}${status} ${toWrite(what)}`;
}

// ---------- classify a statement ----------
export const classifyDrafter: Drafter = {
  kind: 'classify',
  draft: ({ rows }) =>
    rows.map((row) => {
      const options = STATUSES.map((s) => ({ id: s, ...tidy(classifyFeedback(row.status, s, row.facts)) }));
      return {
        kind: 'classify',
        misconceptions: misconceptionsOf(options),
        item: {
          id: `classify-${row.id}`,
          type: 'classify',
          prompt: 'Sort this statement into one of the four status words.',
          statement: row.text,
          sentences: [row.id],
          explanation: explanation(row, 'what evidence is offered, and what would settle it'),
          shuffle: true,
          options,
          key: row.status,
        },
      };
    }),
};

// ---------- who is the source ----------
function sourceFeedback(key: Row, option: PartyRef, ctx: DraftContext): Choice {
  const sp = key.ann.speaker;
  if (option.id === key.party.id) {
    if (key.party.role === 'writer') {
      const hedge = key.ann.hedges[0];
      return { feedback: `Yes. Nobody is named${hedge ? `: ${q(hedge.text)} passes it on without saying who said it` : ''}. Treat it as a claim and look for whom the writer relies on.` };
    }
    const pointer = sp && !sp.pronoun ? `The words ${q(sp.phrase)} and ${q(sp.verb.text)} point` : key.ann.inheritedFrom ? `The quotation, whose speaker is named in ${key.ann.inheritedFrom}, points` : 'The attribution points';
    return { feedback: `Yes. ${pointer} to ${key.party.name}. Next ask what they gain from it, and who else could check it.` };
  }
  if (option.role === 'reporter') {
    return { feedback: `${option.name} only reports what others say: reporting a statement is not standing behind it.`, misconception: 'agency-vouches' };
  }
  if (option.role === 'writer') {
    return { feedback: `The writer passes it on, but the sentence names who is speaking: ${key.party.name}.` };
  }
  if (key.party.role === 'writer') {
    return { feedback: `${option.name} speaks elsewhere in the article, but this sentence names no source. Assuming who said it is a guess, not a reading.` };
  }
  const elsewhere = ctx.rows.find((r) => r.party.id === option.id);
  return { feedback: `No. ${option.name} is another party in this article${elsewhere ? ` (${elsewhere.id})` : ''}; this statement comes from ${key.party.name}.` };
}

export const sourceDrafter: Drafter = {
  kind: 'source',
  draft(ctx) {
    const picked: Row[] = [];
    for (const party of ctx.parties) {
      const mine = ctx.rows.filter((r) => r.party.id === party.id);
      // a quotation whose speaker is in another sentence, or an unsourced line, makes the question worth asking
      const row = mine.find((r) => r.ann.inheritedFrom || r.ann.speaker?.pronoun || r.ann.hedges.length) ?? mine[0];
      if (row) picked.push(row);
    }
    return picked.flatMap((row, turn) => {
      const others = ctx.parties.filter((p) => p.id !== row.party.id);
      const distractors = [...others.filter((p) => p.role === 'speaker'), ...others.filter((p) => p.role !== 'speaker')].slice(0, 3);
      if (distractors.length === 0) return [];
      const { list, keyAt } = place(row.party, distractors, turn);
      const ids = letters(list.length);
      const options = list.map((p, i) => ({
        id: ids[i]!,
        text: p.role === 'writer' ? 'No one named' : p.name,
        ...tidy(sourceFeedback(row, p, ctx)),
      }));
      return [
        {
          kind: 'source' as const,
          misconceptions: misconceptionsOf(options),
          item: {
            id: `source-${row.id}`,
            type: 'single' as const,
            prompt: `Who is the source of the statement in ${row.id}? ${row.text}`,
            sentences: [row.id],
            explanation: explanation(row, 'what this source gains from the statement, and who else could check it'),
            shuffle: true,
            options,
            key: ids[keyAt]!,
          },
        },
      ];
    });
  },
};

// ---------- highlight the attribution and the judging words ----------
const JUDGING_VERB = /^(?:confirmed|clarified|refuted|revealed|debunked|exposed|admitted)$/i;

export const highlightDrafter: Drafter = {
  kind: 'highlight',
  draft(ctx) {
    const byParagraph = new Map<string, Row[]>();
    for (const r of ctx.rows) byParagraph.set(r.paragraph, [...(byParagraph.get(r.paragraph) ?? []), r]);
    const out: DraftItem[] = [];
    for (const rows of byParagraph.values()) {
      const window = rows.slice(0, 2); // two sentences at most: a passage to read closely, not a page
      const passage = window.map((r) => r.text).join(' ');
      const words = passage.split(/\s+/);
      type Found = { text: string; kind: 'attribution' | 'judgement'; feedback: string };
      const found: Found[] = [];
      const decoys: Array<{ text: string; feedback: string; misconception?: Misconception }> = [];
      for (const r of window) {
        const sp = r.ann.speaker;
        if (sp?.via) found.push({ text: `${/^according/i.test(r.text) ? 'According' : 'according'} to ${sp.via.text}`, kind: 'attribution', feedback: `Yes: ${q(`According to ${sp.via.text}`)} says who reported it. ${sp.via.text} passes the statement on; it does not vouch for it.` });
        if (sp && !sp.pronoun && sp.span !== sp.via) found.push({ text: sp.phrase, kind: 'attribution', feedback: `Yes: ${q(sp.phrase)} tells you who is speaking.` });
        for (const v of r.ann.sideTakingVerbs) {
          const judging = JUDGING_VERB.test(v.text);
          found.push({ text: v.text, kind: judging ? 'judgement' : 'attribution', feedback: judging ? `Yes: ${q(v.text)} is the writer's verb, and it takes a side: it makes the statement sound settled. A neutral verb would be “said”.` : `Yes: ${q(v.text)} reports a statement and casts doubt on it. It does not check it either way.` });
        }
        for (const h of r.ann.hedges) found.push({ text: h.text, kind: 'attribution', feedback: `Yes: ${q(h.text)} passes the statement on without saying who made it.` });
        for (const l of r.ann.labels) found.push({ text: l.text, kind: 'judgement', feedback: `Yes: ${q(l.text)} judges${l.note ? ` (${l.note})` : ''}.` });
        for (const n of r.ann.numbers.filter((x) => !x.year)) decoys.push({ text: n.text, feedback: `A number, not a word that says who speaks or that judges. A precise figure is still only as good as whoever counted it.`, misconception: 'precise-number' });
      }
      const seen = new Set<string>();
      const unique = <T extends { text: string }>(xs: T[]) =>
        xs.filter((x) => {
          const k = x.text.toLowerCase();
          if (seen.has(k) || findRun(words, x.text) < 0) return false;
          seen.add(k);
          return true;
        });
      const targets = unique(found);
      const kept = unique(decoys);
      if (targets.length < 2) continue;
      out.push({
        kind: 'highlight',
        misconceptions: misconceptionsOf(kept),
        item: {
          id: `highlight-${window[0]!.id}`,
          type: 'highlight',
          prompt: 'Select every word or phrase that tells you who is speaking, and every word that judges or takes a side.',
          sentences: window.map((r) => r.id),
          passage,
          targets: targets.map((t, i) => ({ id: `w${i + 1}`, ...t })),
          decoys: kept.map((d, i) => ({ id: `d${i + 1}`, ...d })),
          otherFeedback: 'Not one of the targets. Look for the words that say who is speaking, and for words that praise, condemn or tell you whom to believe.',
          explanation: `Attribution words tell you whose claim you are reading; judging words tell you what the speaker (or the writer) wants you to think of it. ${toWrite('a neutral rewording of the passage')}`,
          shuffle: true,
        },
      });
    }
    return out;
  },
};

// ---------- what does a finding prove (from a pair of claims) ----------
export const scopeDrafter: Drafter = {
  kind: 'scope',
  draft(ctx) {
    const out: DraftItem[] = [];
    for (const row of ctx.rows) {
      if (row.status !== 'disputed' || !(row.ann.contradicts || row.ann.contradictedBy)) continue;
      // the pair: who claims, who contradicts
      let claimant = row.party.name;
      let contradictor = row.ann.contradictedBy?.text;
      const sentences = [row.id];
      if (!contradictor) {
        contradictor = row.party.name;
        const other = nearest(ctx.rows, row, (r) => r.status === 'disputed' && r.party.id !== row.party.id && r.party.role !== 'writer');
        claimant = other?.party.name ?? row.ann.contradicts?.target ?? 'another party';
        if (other) sentences.unshift(other.id);
      }
      const statements = [
        { text: `${cap(contradictor)} does not accept what ${claimant} says.`, proves: true, feedback: `Proves it: the article reports the rejection (${row.id}).` },
        { text: `The two parties disagree about what happened.`, proves: true, feedback: `Proves it, and that is all it proves: there are two accounts.` },
        { text: `What ${claimant} says is false.`, proves: false, feedback: `A rejection is itself a claim. Being contradicted does not make a statement false; only evidence does.`, misconception: 'debunk-true' as const },
        { text: `${cap(contradictor)}’s own account is correct.`, proves: false, feedback: `Rejecting the other side's account is not evidence for your own. ${cap(contradictor)} offers no independent check here.`, misconception: row.facts.official ? ('official-source' as const) : ('debunk-true' as const) },
        { text: `Since they disagree, nobody can find out what happened.`, proves: false, feedback: `Disagreement is where checking starts: names, places, records and independent investigators can settle facts.`, misconception: 'both-sides-unknowable' as const },
      ];
      out.push({
        kind: 'scope',
        misconceptions: misconceptionsOf(statements),
        item: {
          id: `scope-${row.id}`,
          type: 'scope',
          prompt: 'For each statement, decide: does this finding prove it, or not?',
          sentences,
          finding: `The article reports: “${row.text}”`,
          statements: statements.map((s, i) => ({ id: `s${i + 1}`, ...s })),
          explanation: `A finding proves only what it shows: here, that two parties give different accounts. Neither account is checked by the other's rejection. ${toWrite('what independent evidence would settle it')}`,
          shuffle: true,
        },
      });
    }
    return out;
  },
};

// ---------- compare two figures from different parties ----------
export const compareDrafter: Drafter = {
  kind: 'compare',
  draft(ctx) {
    const figures = ctx.rows.flatMap((r) => r.ann.numbers.filter((n) => !n.year && n.counted).map((n) => ({ row: r, n })));
    const out: DraftItem[] = [];
    const used = new Set<string>();
    for (const [i, a] of figures.entries()) {
      // two figures worth comparing: both in disputed sentences, or counting the same kind of thing
      const comparable = (f: (typeof figures)[number]) =>
        (a.row.status === 'disputed' && f.row.status === 'disputed') || stems(f.n.counted).some((w) => stems(a.n.counted).includes(w));
      const b = figures.slice(i + 1).find((f) => f.row.party.id !== a.row.party.id && !used.has(f.row.id) && comparable(f));
      if (!b || used.has(a.row.id) || out.length >= 2) continue;
      used.add(a.row.id).add(b.row.id);
      const fa = `${a.n.text} ${a.n.counted}`;
      const fb = `${b.n.text} ${b.n.counted}`;
      const official = [a, b].find((f) => f.row.facts.official);
      const choices: Array<{ text: string } & Choice> = [
        { text: 'Each is one side’s figure, maybe counting different people; neither is checked here.', feedback: `Yes. ${cap(who(a.row.party))} and ${who(b.row.party)} each give their own figure, and neither is checked in the article. Compare what each counts (${q(a.n.counted!)} and ${q(b.n.counted!)}) and ask who could count independently.` },
        { text: `The more exact-sounding figure is the one to trust, because precise numbers come from careful counts.`, feedback: `Precision is not evidence: anyone can state an exact number. Ask who counted, and how.`, misconception: 'precise-number' },
        official
          ? { text: `${cap(who(official.row.party))}’s figure, because officials are in a position to know how many there were.`, feedback: `Being in a position to know is not the same as being neutral: a party to the events has reasons to count its way.`, misconception: 'official-source' }
          : { text: `${cap(who(b.row.party))}’s figure, because it is given later, in answer to the first.`, feedback: `Answering last is not evidence. A figure given in reply is still one party's claim.` },
        { text: 'Neither, because when two sides give different numbers, the real number can never be known.', feedback: `Disagreement is where checking starts: names, records and independent investigators can settle a count.`, misconception: 'both-sides-unknowable' },
      ];
      const [key, ...rest] = choices;
      const { list, keyAt } = place(key!, rest, out.length + 1);
      const ids = letters(list.length);
      const options = list.map((c, j) => ({ id: ids[j]!, text: c.text, ...tidy(c) }));
      out.push({
        kind: 'compare',
        misconceptions: misconceptionsOf(options),
        item: {
          id: `compare-${a.row.id}-${b.row.id}`,
          type: 'single',
          prompt: `${cap(who(a.row.party))} gives ${q(fa)} (${a.row.id}); ${who(b.row.party)} gives ${q(fb)} (${b.row.id}). What can you conclude from the article alone?`,
          sentences: [a.row.id, b.row.id],
          explanation: `Two figures from two parties are two claims. ${toWrite('what each side counts, and who could count independently')}`,
          shuffle: true,
          options,
          key: ids[keyAt]!,
        },
      });
    }
    return out;
  },
};

export const DRAFTERS: Drafter[] = [classifyDrafter, sourceDrafter, highlightDrafter, scopeDrafter, compareDrafter];

export function draftItems(article: AnnotatedArticle, drafters: Drafter[] = DRAFTERS): DraftItem[] {
  const ctx = draftContext(article);
  return drafters.flatMap((d) => d.draft(ctx));
}

/** The editor's starting point: the teacher "accepts" every suggestion (party and status) the assistant made. */
export function acceptSuggestions(blocks: DraftBlock[], assistant: ArticleAnnotation): AnnotatedArticle {
  return {
    blocks,
    assistant,
    parties: assistant.parties.map(({ id, name, role }) => ({ id, name, role })),
    sentences: assistant.sentences.map((s) => ({ id: s.id, claim: true, party: s.party, status: s.suggestion.status })),
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const stems = (phrase = '') => phrase.split(/\s+/).filter((w) => w.length > 3).map(stem);
export { WRITER_ID };
