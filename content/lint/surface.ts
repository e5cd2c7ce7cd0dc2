// Surface features a test-wise student can see without reading the article: length, absolute words, hedges,
// quotation marks, numbers.
const ABSOLUTE = /\b(must|never|always|all|every|everyone|everything|nothing|nobody|prove[sd]?|proof|definitely|certainly|completely|entirely|impossible|can never|cannot ever|any)\b/i;
const HEDGE = /\b(may|might|could|seems?|suggests?|probably|possibly|likely|only that|not necessarily|worth|until|yet|still)\b|;|,? but\b/i;
const QUOTED = /[“"][^”"]+[”"]/;
const NUMBER = /\d/;

export const hasAbsolute = (text: string) => ABSOLUTE.test(text);
export const hasHedge = (text: string) => HEDGE.test(text);
export const hasQuote = (text: string) => QUOTED.test(text);
export const hasNumber = (text: string) => NUMBER.test(text);

export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The rules a test-wise student tries on a statement, by id (their names: lint.rule in messages/<locale>/lint.json). */
export const SURFACE_RULES = {
  quoted: hasQuote,
  number: hasNumber,
  absolute: hasAbsolute,
} satisfies Record<string, (text: string) => boolean>;
