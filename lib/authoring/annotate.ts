// The claim assistant over a whole article draft: per sentence who speaks (with quotations that run across
// sentences and "they"/"the official" resolved), hedges, numbers, names, judging words, and a suggested status
// with its reason; and the parties list built from the attributions. Pure: the lexicon comes in as data.
import { detect, type Detected } from './detect';
import { capitalisedMidSentence } from './names';
import { stem } from './span';
import { compileLexicon, type CompiledLexicon, type Lexicon } from './lexicon';
import { PartyBook, writerParty, type Party } from './parties';
import { allSentences, type DraftBlock } from './sentences';
import { suggestStatus, type DisputeContext, type StatusSuggestion } from './status';

export interface SentenceAnnotation extends Detected {
  id: string;
  text: string;
  party: string; // party id; "writer" when nobody is named
  inheritedFrom?: string; // the sentence whose speaker this one takes (a quotation across sentences)
  suggestion: StatusSuggestion;
}
export interface ArticleAnnotation {
  sentences: SentenceAnnotation[];
  parties: Party[];
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();
function lexiconOf(lexicon: Lexicon): CompiledLexicon {
  let c = compiled.get(lexicon);
  if (!c) compiled.set(lexicon, (c = compileLexicon(lexicon)));
  return c;
}

const STOP_TOPIC = new Set(['area', 'harm', 'people', 'strike', 'attack', 'report']);
const stemsOf = (text: string) => text.split(/[^\p{L}\p{N}’'-]+/u).filter(Boolean).map(stem);

export function annotateArticle(blocks: DraftBlock[], lexicon: Lexicon): ArticleAnnotation {
  const lex = lexiconOf(lexicon);
  const known = capitalisedMidSentence(allSentences(blocks).map((s) => s.text));
  // 1. detect, paragraph by paragraph so a quotation can run from one sentence into the next
  const rows: Array<{ id: string; text: string; d: Detected; paragraph: string; inside: boolean }> = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    let inside = false;
    for (const s of block.sentences) {
      const d = detect(s.text, lex, known, inside);
      rows.push({ id: s.id, text: s.text, d, paragraph: block.id, inside });
      inside = d.opensQuote;
    }
  }
  // 2. a quotation without its own speaker takes the one of the sentence that opens or closes it
  const inherited = new Map<number, number>();
  rows.forEach((row, i) => {
    if (row.d.speaker || !row.d.quoted) return;
    const prev = rows[i - 1];
    if (row.inside && prev?.paragraph === row.paragraph) {
      const from = inherited.get(i - 1) ?? i - 1;
      if (rows[from]?.d.speaker) return void inherited.set(i, from);
    }
    for (let j = i + 1; j < rows.length && rows[j]!.paragraph === row.paragraph && rows[j]!.inside; j++) {
      if (rows[j]!.d.speaker) return void inherited.set(i, j);
    }
    // a quotation of its own right after a quoted speaker goes on quoting them: "“…,” she said. “…”"
    if (prev?.paragraph === row.paragraph && prev.d.quoted) {
      const from = inherited.get(i - 1) ?? i - 1;
      if (rows[from]?.d.speaker) inherited.set(i, from);
    }
  });
  // 3. parties, in reading order
  const book = new PartyBook();
  const partyOf = new Map<number, Party>();
  const writer = writerParty();
  rows.forEach((row, i) => {
    const speaker = row.d.speaker;
    if (!speaker) return;
    // "According to AFP, the Taliban claimed": AFP reports, the Taliban speak; with no inner speaker AFP speaks
    if (speaker.via && speaker.span !== speaker.via) book.resolve(speaker.via.text, row.id, 'reporter');
    partyOf.set(i, book.resolve(speaker.phrase, row.id));
  });
  for (const [i, from] of inherited) {
    const party = partyOf.get(from);
    if (party) {
      partyOf.set(i, party);
      party.sentences.push(rows[i]!.id);
    }
  }
  // 4. disputes: whose statements another party contradicts, and about what
  const ctx: DisputeContext = { disputedParties: new Map(), topics: new Map() };
  rows.forEach((row, i) => {
    const by = partyOf.get(i);
    const c = row.d.contradicts;
    if (c?.target && by) {
      const target = book.find(c.target);
      if (target && target !== by) ctx.disputedParties.set(target.id, { by: by.name, sentence: row.id });
    }
    if (c?.topic.length) {
      const words = c.topic.filter((t) => !STOP_TOPIC.has(t));
      for (const w of words) if (!ctx.topics.has(w)) ctx.topics.set(w, { sentence: row.id, words: words.join(' ') });
    }
    if (row.d.contradictedBy) {
      const against = book.resolve(row.d.contradictedBy.text, row.id);
      if (by && against !== by) ctx.disputedParties.set(by.id, { by: against.name, sentence: row.id });
    }
  });
  // 5. suggestions
  const sentences = rows.map((row, i): SentenceAnnotation => {
    const party = partyOf.get(i) ?? writer;
    if (party === writer && !writer.sentences.includes(row.id)) writer.sentences.push(row.id);
    const from = inherited.get(i);
    return {
      id: row.id,
      text: row.text,
      ...row.d,
      party: party.id,
      inheritedFrom: from === undefined ? undefined : rows[from]!.id,
      suggestion: suggestStatus(row.d, party, ctx, stemsOf(row.text), row.id),
    };
  });
  return { sentences, parties: writer.sentences.length ? [...book.parties, writer] : book.parties };
}

