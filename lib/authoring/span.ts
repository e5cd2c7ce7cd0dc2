// A finding's place in its sentence, and the word stem the rules compare words by.
export interface Span {
  text: string;
  start: number;
  end: number;
}

export const span = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });
export const spans = (text: string, pattern: RegExp): Span[] => [...text.matchAll(pattern)].map((m) => span(text, m.index, m.index + m[0].length));
/** "civilians" and "civilian", "casualties" and "casualty", "Taliban’s" and "Taliban" meet. */
export const stem = (w: string) => w.toLowerCase().replace(/[’']s$/, '').replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
