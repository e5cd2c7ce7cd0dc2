// Who is speaking in a sentence, and whom they contradict. Quoted speech is masked first so that the rules read
// only the framing around it: "“…,” a senior official remarked", "According to AFP, the Taliban claimed that…".
import type { CompiledLexicon } from './lexicon';
import { span, stem, type Span } from './span';

export interface Speaker {
  phrase: string; // as written: "a senior security official", "They"
  span: Span;
  verb: Span; // "said", "according to"
  via?: Span; // reported speech: "According to AFP, the Taliban claimed" → AFP
  pronoun: boolean;
}

export interface Contradiction {
  verb: Span;
  target?: string; // whose statement is contradicted: "the Taliban", "Afghan and Indian media"
  topic: string[]; // stems of what is contradicted: ["civilian", "casualty"]
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

const PRONOUN = /^(they|he|she|we)$/i;
const SPEAKER_NOUN =
  /\b(officials?|sources?|spokes(?:man|woman|person|people)|authorit(?:y|ies)|government|ministry|minister|president|prime minister|police|army|military|agency|commanders?|leaders?|analysts?|experts?|witness(?:es)?|residents?|observers?|diplomats?|officers?|statement|media|group|embassy|office|party|chief|governor|mayor|doctors?|survivors?|union|council|company|court|committee|campaigners?|activists?|protesters?|villagers?|hospital|rescuers?|opposition|rebels?|charity|director|engineers?|scientists?|researchers?|lawyers?|judge|prosecutors?|investigators?|report|study|survey|newspaper|broadcaster|channel)\b/i;
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

export function findSpeaker(text: string, masked: string, lex: CompiledLexicon): Speaker | undefined {
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
const contentStems = (phrase: string) =>
  phrase
    .split(/[^\p{L}\p{N}’'-]+/u)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map(stem);

export function findContradiction(text: string, masked: string, speaker: Speaker | undefined, lex: CompiledLexicon): Contradiction | undefined {
  if (!speaker || !lex.contradicting.has(speaker.verb.text.toLowerCase())) return undefined;
  const object = /^\s+([^.;:,]+)/.exec(masked.slice(speaker.verb.end))?.[1] ?? '';
  const owner = /^((?:the\s+)?.+?)[’']s\b/i.exec(object)?.[1];
  const source = /\b(?:from|by)\s+(.+?)(?=\s+(?:claiming|saying|alleging|that|of)\b|[,]|$)/i.exec(object)?.[1];
  const about = /\b(?:claiming|saying|alleging|that|of)\s+([^,]+)/i.exec(object)?.[1];
  return { verb: speaker.verb, target: owner ?? source, topic: about ? contentStems(about) : [] };
}

