// Figures in a sentence, with their qualifier ("over", "at least") and what they count.
import { tokensOf, type NlpToken } from './nlp';
import { span, type Span } from './span';

export interface NumberMention extends Span {
  qualifier?: string; // "over", "at least"
  counted?: string; // what is counted: "civilians"
  year: boolean;
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

export function findNumbers(text: string): NumberMention[] {
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

