// The one module that loads the language library (wink-nlp with its English "lite" model, about 4.6 MB unpacked).
// Only lib/authoring imports it, and only the authoring pages import lib/authoring: student pages must never import
// this file (their JS budgets have no room for the model). The model is read once, on first use, not at import.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface NlpToken {
  text: string;
  pos: string; // universal POS tag (PROPN, NOUN, VERB, NUM, ...)
  type: string; // word, number, punctuation, ...
  entity?: string; // CARDINAL, DATE, MONEY, PERCENT, ORDINAL, ... when the token is part of one
}

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

function nlp(): Wink {
  // sentence boundaries, parts of speech and entities; not sentiment or negation, which nothing here reads
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}

/** Loads the model now (for timing the load apart from the work, and to warm it before the teacher pastes). */
export function loadNlp(): void {
  // one short document compiles the library's hot paths now, so the teacher's first paste does not pay for it
  nlp().readDoc('Warm up, said Dr. J. K. Lind on 3.5 counts. “It works.”').sentences().out();
}

/** Sentences of one paragraph, as the library splits them (quotes, abbreviations, initials and decimals kept). */
export function sentencesOf(paragraph: string): string[] {
  return nlp()
    .readDoc(paragraph)
    .sentences()
    .out()
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Tokens of one sentence with part of speech and entity type. */
export function tokensOf(sentence: string): NlpToken[] {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(sentence);
  const words = doc.tokens().out();
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: NlpToken[] = words.map((text, i) => ({ text, pos: pos[i] ?? 'X', type: types[i] ?? 'word' }));
  const kinds = doc.entities().out(its.type) as string[];
  const spans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
  spans.forEach(([from, to], e) => {
    for (const token of tokens.slice(from, to + 1)) token.entity = kinds[e];
  });
  return tokens;
}
