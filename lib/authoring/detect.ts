// Per-sentence detectors of the claim assistant: quotes, who is speaking, hedges, numbers, names, judging words,
// forecasts and contradictions. Rules over the text and the editable lexicon; each finding keeps its place in the
// sentence (start, end) so the editor can underline it and the drafter can build highlight items from it.
import type { CompiledLexicon } from './lexicon';
import { tokensOf, type NlpToken } from './nlp';

export interface Span {
  text: string;
  start: number;
  end: number;
}
export interface Speaker {
  phrase: string; // as written: "a senior security official", "They"
  span: Span;
  verb: Span; // "said", "according to"
  via?: Span; // reported speech: "According to AFP, the Taliban claimed" → AFP
  pronoun: boolean;
}
export interface NumberMention extends Span {
  qualifier?: string; // "over", "at least"
  counted?: string; // what is counted: "civilians"
  year: boolean;
}
export interface NameMention extends Span {
  kind: 'person' | 'organisation' | 'place' | 'other';
}
export interface LoadedWord extends Span {
  note?: string;
}
export interface Contradiction {
  verb: Span;
  target?: string; // whose statement is contradicted: "the Taliban", "Afghan and Indian media"
  topic: string[]; // stems of what is contradicted: ["civilian", "casualty"]
}
export interface Detected {
  quoted: boolean; // carries direct speech
  opensQuote: boolean; // a quotation runs on into the next sentence
  speaker?: Speaker;
  hedges: Span[];
  numbers: NumberMention[];
  names: NameMention[];
  labels: LoadedWord[];
  charged: LoadedWord[];
  forecasts: Span[];
  sideTakingVerbs: Span[];
  contradicts?: Contradiction;
  contradictedBy?: Span; // "an allegation dismissed by Pakistani authorities"
}

const MASK = '\u2063'; // stands in for quoted characters so rules see only the writer's framing

/** Blanks out quoted speech (keeping offsets); `inside` says the sentence starts within a quotation. */
export function maskQuotes(text: string, inside = false): { masked: string; quoted: boolean; open: boolean } {
  let open = inside;
  let quoted = inside;
  let straight = false;
  let masked = '';
  for (const ch of text) {
    if (ch === '“' || (ch === '"' && !straight && !open)) {
      open = true;
      quoted = true;
      straight = ch === '"';
      masked += ch;
    } else if (ch === '”' || (ch === '"' && open)) {
      open = false;
      straight = false;
      masked += ch;
    } else masked += open ? MASK.repeat(ch.length) : ch;
  }
  return { masked, quoted, open };
}

const span = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });
const PRONOUN = /^(they|he|she|we)$/i;
const SPEAKER_NOUN =
  /\b(officials?|sources?|spokes(?:man|woman|person|people)|authorit(?:y|ies)|government|ministry|minister|president|prime minister|police|army|military|agency|commanders?|leaders?|analysts?|experts?|witness(?:es)?|residents?|observers?|diplomats?|officers?|statement|media|group|embassy|office|party|chief|governor|mayor|doctors?|survivors?|union|council|company|court|committee|campaigners?|activists?|protesters?|villagers?|hospital|rescuers?|opposition|rebels?|charity|director|engineers?|scientists?|researchers?|lawyers?|judge|prosecutors?|investigators?|report|study|survey|newspaper|broadcaster|channel)\b/i;
const DETERMINER = /^(the|a|an|this|these|those|that|its|their|his|her)\s+/i;
const PARENTHETICAL = /,\s*(?:meanwhile|however|also|though|too|in turn|in response|for (?:his|her|its|their) part)\s*,/gi;
const AUXILIARY = /(?:\s+(?:has|have|had|also|repeatedly|again|publicly|later|then|once|previously|swiftly|quickly|strongly|firmly))+\s*$/i;
const APPOSITION = /(?<=[\p{L}\p{N}.])\s*,\s*[^,;:“”"]{1,60},\s*$/u;
const CLAUSE_BREAK = /[,;:“”"(]/;

/** A phrase that can be a speaker: a pronoun, a speaker noun or a name, and short. */
export function isSpeakerPhrase(phrase: string, atSentenceStart: boolean): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 9) return false;
  if (words.length === 1 && PRONOUN.test(words[0]!)) return true;
  if (SPEAKER_NOUN.test(phrase)) return true;
  // a name: a capitalised word not merely capitalised for starting the sentence, or an acronym
  return words.some((w, i) => /^\p{Lu}{2,}/u.test(w) || (/^\p{Lu}/u.test(w) && (i > 0 || !atSentenceStart)));
}

function subjectBefore(masked: string, from: number, verbAt: number): { phrase: string; start: number } | undefined {
  const left = masked
    .slice(from, verbAt)
    .replace(PARENTHETICAL, (m) => ' '.repeat(m.length))
    // "The union's leader, Tomas Ek, called": the subject is before the apposition
    .replace(APPOSITION, (m) => ' '.repeat(m.length));
  let cut = -1;
  for (let i = left.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(left[i]!)) {
      cut = i;
      break;
    }
  }
  const clause = left.slice(cut + 1).replace(AUXILIARY, '');
  const phrase = clause.trim();
  if (!phrase || phrase.includes(MASK)) return undefined;
  return { phrase, start: from + cut + 1 + clause.indexOf(phrase) };
}

function findSpeaker(text: string, masked: string, lex: CompiledLexicon): Speaker | undefined {
  let from = 0;
  let via: Span | undefined;
  const according = /\baccording to\s+([^,.;:“”"]+?)\s*(?:,|$)/i.exec(masked);
  if (according) {
    const start = according.index + according[0].indexOf(according[1]!);
    via = span(text, start, start + according[1]!.length);
    from = according.index + according[0].length;
  }
  for (const m of masked.slice(from).matchAll(lex.reporting)) {
    const verbAt = from + m.index;
    const verb = span(text, verbAt, verbAt + m[0].length);
    const subject = subjectBefore(masked, from, verbAt);
    const reported = via !== undefined && subject !== undefined && /^(?:the|a|an|its|their)\s+\S+(?:\s+\S+){0,3}$/i.test(subject.phrase);
    if (subject && (reported || isSpeakerPhrase(subject.phrase, subject.start === 0))) {
      const phraseSpan = span(text, subject.start, subject.start + subject.phrase.length);
      return { phrase: subject.phrase, span: phraseSpan, verb, via, pronoun: PRONOUN.test(subject.phrase) };
    }
    // after a quotation: "…,” said the official."
    if (!subject && /[”"]\s*$/.test(masked.slice(0, verbAt))) {
      const after = /^\s+([^,.;:“”"]{1,60}?)\s*(?=[,.;:]|$)/.exec(masked.slice(verb.end));
      if (after && isSpeakerPhrase(after[1]!, false)) {
        const start = verb.end + after[0].indexOf(after[1]!);
        return { phrase: after[1]!, span: span(text, start, start + after[1]!.length), verb, via, pronoun: false };
      }
    }
  }
  if (via) {
    const verb = span(text, according!.index, according!.index + 'according to'.length);
    return { phrase: via.text, span: via, verb, pronoun: false };
  }
  return undefined;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'and', 'or', 'to', 'from', 'by', 'that', 'this', 'were', 'was', 'is', 'are', 'be', 'been', 'with', 'for', 'at', 'as', 'its', 'their', 'near', 'about', 'over', 'after', 'before', 'into', 'around', 'across', 'since', 'during', 'some', 'many', 'all', 'any', 'no', 'not', 'only', 'such', 'very', 'more', 'most', 'claims', 'claim', 'reports', 'report', 'allegations', 'allegation', 'statement', 'statements']);
export const stem = (w: string) => w.toLowerCase().replace(/[’']s$/, '').replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
const contentStems = (phrase: string) =>
  phrase
    .split(/[^\p{L}\p{N}’'-]+/u)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map(stem);

function findContradiction(text: string, masked: string, speaker: Speaker | undefined, lex: CompiledLexicon): Contradiction | undefined {
  if (!speaker || !lex.contradicting.has(speaker.verb.text.toLowerCase())) return undefined;
  const object = /^\s+([^.;:,]+)/.exec(masked.slice(speaker.verb.end))?.[1] ?? '';
  const owner = /^((?:the\s+)?.+?)[’']s\b/i.exec(object)?.[1];
  const source = /\b(?:from|by)\s+(.+?)(?=\s+(?:claiming|saying|alleging|that|of)\b|[,]|$)/i.exec(object)?.[1];
  const about = /\b(?:claiming|saying|alleging|that|of)\s+([^,]+)/i.exec(object)?.[1];
  return { verb: speaker.verb, target: owner ?? source, topic: about ? contentStems(about) : [] };
}

const QUALIFIER = '(?:over|more than|at least|at most|nearly|almost|about|around|up to|fewer than|less than|roughly|approximately|only|some)';
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens|scores|hundreds|thousands|millions)';
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${QUALIFIER})\\s+)?(\\d+(?:[.,]\\d+)*|${NUMBER_WORD})(?:\\s+(?:million|billion|thousand|hundred|per ?cent|percent)|%)?(?![\\p{L}\\p{N}])`,
  'giu',
);

// What a number counts: the nouns and adjectives after it ("Khawarij militants", "people"), read from the parts
// of speech the language library gives; only sentences with a number are tagged.
const COUNTED_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
function countedAfter(text: string, from: number, tokens: NlpToken[], offsets: number[]): string | undefined {
  let i = offsets.findIndex((o) => o >= from);
  if (i < 0) return undefined;
  while (tokens[i] && (tokens[i]!.entity === 'CARDINAL' || tokens[i]!.pos === 'NUM')) i++;
  const words: string[] = [];
  for (; tokens[i] && words.length < 4; i++) {
    const t = tokens[i]!;
    if (t.text === '-' && words.length) words[words.length - 1] += '-';
    else if (t.text === '(') {
      // "Tehreek-e-Taliban Pakistan (TTP) militants": step over the bracket
      while (tokens[i + 1] && tokens[i]!.text !== ')') i++;
    } else if (COUNTED_POS.has(t.pos)) {
      const last = words.length ? words[words.length - 1]! : '';
      if (last.endsWith('-')) words[words.length - 1] = last + t.text;
      else words.push(t.text);
    } else break;
  }
  return words.join(' ') || undefined;
}

function findNumbers(text: string): NumberMention[] {
  const matches = [...text.matchAll(NUMBER)];
  if (matches.length === 0) return [];
  const tokens = tokensOf(text);
  const offsets: number[] = [];
  let at = 0;
  for (const t of tokens) {
    const found = text.indexOf(t.text, at);
    offsets.push(found < 0 ? at : found);
    if (found >= 0) at = found + t.text.length;
  }
  return matches.map((m) => {
    const end = m.index + m[0].length;
    const year = !m[1] && /^(?:1[89]|20)\d\d$/.test(m[2]!);
    return { ...span(text, m.index, end), qualifier: m[1]?.toLowerCase(), counted: countedAfter(text, end, tokens, offsets), year };
  });
}

const ORG_WORD = /\b(?:government|ministry|army|police|agency|cell|media|party|council|office|university|college|school|hospital|taliban|tehreek[\p{L}-]*|committee|forces|front|movement|network|group|news|times|post|press|gazette|herald|tribune|journal|bank|court|commission|nations|union|institute|foundation|company|authority|association|service|department|board|bureau|corporation|trust|federation|league|club|church)\b/iu;
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|President|Minister|General|Colonel)\.?\s/;
const PLACE_BEFORE = /\b(?:in|from|across|into|near|inside|at|to)\s+$/i;
const PLACE_AFTER = /^\s+(?:province|city|district|region|county|state|valley|border|capital)\b/i;
const LEADING_FUNCTION_WORD = /^(?:The|A|An|This|These|Those|That|According|Despite|Key|Previous|Officials?|Security)\s+/;
const DETERMINER_WORD = /^(?:The|A|An|This|These|Those)\s+/;
// a word stops before a possessive "’s", so "Afghanistan’s Paktika province" gives two names
const NAME_WORD = "(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|St)\\.|\\p{Lu}\\.(?=\\s+\\p{Lu})|\\p{Lu}[\\p{L}\\p{M}-]*(?:['’](?!s\\b)\\p{L}+)*)";
const CAPITAL_RUN = new RegExp(`(?<![\\p{L}\\p{N}’'-])${NAME_WORD}(?:\\s+(?:(?:al|bin|ibn|de|van|von|ul)\\s+)?${NAME_WORD})*`, 'gu');

/** Names: runs of capitalised words. A word capitalised only because it starts the sentence counts when the article
 * also capitalises it elsewhere (`knownNames`). */
export function findNames(text: string, knownNames: Set<string>): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(CAPITAL_RUN)) {
    let start = m.index;
    let run = m[0];
    const atStart = !/[\p{L}\p{N}]/u.test(text.slice(0, start));
    if (atStart) {
      const lead = LEADING_FUNCTION_WORD.exec(run);
      if (lead && !knownNames.has(run.split(/\s+/)[0]!)) {
        start += lead[0].length;
        run = run.slice(lead[0].length);
      }
      if (!run.includes(' ') && !knownNames.has(run) && !/^\p{Lu}{2,}$/u.test(run)) continue;
    }
    const article = DETERMINER_WORD.exec(run);
    if (article && run.length > article[0].length) {
      start += article[0].length;
      run = run.slice(article[0].length);
    }
    if (!run) continue;
    const before = text.slice(0, start);
    const after = text.slice(start + run.length);
    let kind: NameMention['kind'] = 'other';
    const single = !run.includes(' ');
    if (/^\p{Lu}{2,}$/u.test(run) || ORG_WORD.test(run)) kind = 'organisation';
    else if (PLACE_AFTER.test(after)) kind = 'place';
    else if (single && /(?:i|an|ese|ish)$/.test(run) && !/stan$/.test(run) && /^\s+\p{Ll}/u.test(after)) continue; // "Afghan soil": an adjective
    else if (single && PLACE_BEFORE.test(before)) kind = 'place';
    else if (!single || TITLE.test(run) || /\balias\s+$/i.test(before) || /^\s+alias\b/i.test(after)) kind = 'person';
    out.push({ ...span(text, start, start + run.length), kind });
  }
  return out;
}

/** Words capitalised in the middle of a sentence somewhere in the article: names, not sentence openings. */
export function capitalisedMidSentence(sentences: string[]): Set<string> {
  const known = new Set<string>();
  for (const s of sentences) {
    for (const m of s.matchAll(/(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{L}\p{M}-]*/gu)) known.add(m[0]);
  }
  return known;
}

const spans = (text: string, pattern: RegExp): Span[] => [...text.matchAll(pattern)].map((m) => span(text, m.index, m.index + m[0].length));

export function detect(text: string, lex: CompiledLexicon, knownNames: Set<string>, insideQuote = false): Detected {
  const { masked, quoted, open } = maskQuotes(text, insideQuote);
  const speaker = findSpeaker(text, masked, lex);
  const passive = /\b(?:dismissed|denied|rejected|refuted|disputed|contradicted)\s+by\s+([^,.;:]+)/i.exec(masked);
  const byStart = passive ? passive.index + passive[0].length - passive[1]!.length : 0;
  return {
    quoted,
    opensQuote: open,
    speaker,
    hedges: spans(text, lex.hedges),
    numbers: findNumbers(text),
    names: findNames(text, knownNames),
    labels: spans(text, lex.labels).map((s) => ({ ...s, note: lex.note(s.text) })),
    charged: spans(text, lex.charged).map((s) => ({ ...s, note: lex.note(s.text) })),
    forecasts: spans(text, lex.forecasts),
    sideTakingVerbs: spans(masked, lex.reporting)
      .filter((s) => lex.sideTaking.has(s.text.toLowerCase()))
      .map((s) => span(text, s.start, s.end)),
    contradicts: findContradiction(text, masked, speaker, lex),
    contradictedBy: passive ? span(text, byStart, byStart + passive[1]!.trim().length) : undefined,
  };
}
