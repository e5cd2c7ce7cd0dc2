// Per-sentence detectors of the claim assistant: quotes, who is speaking, hedges, numbers, names, judging words,
// forecasts and contradictions. Rules over the text and the editable lexicon; each finding keeps its place in the
// sentence (start, end) so the editor can underline it and the drafter can build highlight items from it.
import { findContradiction, findSpeaker, maskQuotes, type Contradiction, type Speaker } from './attribution';
import type { CompiledLexicon } from './lexicon';
import { findNames, type NameMention } from './names';
import { findNumbers, type NumberMention } from './numbers';
import { span, spans, type Span } from './span';

export interface LoadedWord extends Span {
  note?: string;
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
