// The shapes the SVG charts in components/charts draw: plain data, worked out here so the components only lay it out.

/** How a bar or cell is drawn: its colour comes with a pattern and its words, never colour alone. */
export type Tone = 'key' | 'wrong' | 'neutral';

export interface BarRow {
  id: string;
  /** What the bar stands for, in words (drawn above the bar, wrapped). */
  label: string;
  /** When the label is quiz content (an option's text): the UI words before it and the content with its language,
   * so a table can mark the content's lang on a page in another language. `label` is the two together. */
  content?: { prefix: string; text: string; lang: string } | undefined;
  /** A second line: e.g. the misconception a distractor stands for. */
  note?: string | undefined;
  value: number;
  /** The value as a reader says it, e.g. "6 of 25 (24%)". */
  valueText: string;
  /** The short form drawn beside the bar, e.g. "6 (24%)"; the table has valueText. */
  barText: string;
  tone: Tone;
}

export interface BarData {
  rows: BarRow[];
  /** The value a full-width bar stands for. */
  max: number;
  summary: string;
}

export interface MatrixData {
  /** Row and column headings (row: what it is / how sure; column: what was said / right or wrong). */
  rowTitle: string;
  colTitle: string;
  rows: Array<{ id: string; label: string }>;
  cols: Array<{ id: string; label: string }>;
  /** counts[r][c] */
  counts: number[][];
  /** Cells drawn as "right" (the diagonal, say) and cells to point out ("confidently wrong"). */
  tones: Tone[][];
  marked: Array<{ row: number; col: number; label: string }>;
  summary: string;
}

export interface ScatterPoint {
  id: string;
  label: string;
  x: number;
  y: number;
  problem: string | null;
}

export interface ScatterData {
  xTitle: string;
  yTitle: string;
  xDomain: [number, number];
  yDomain: [number, number];
  points: ScatterPoint[];
  summary: string;
}

export interface LineSeries {
  id: string;
  label: string;
  /** [x, y] pairs in increasing x. */
  points: Array<[number, number]>;
}

export interface LineData {
  xTitle: string;
  yTitle: string;
  xMax: number;
  yMax: number;
  series: LineSeries[];
  /** The table: one row per x shown, one column per series. */
  table: Array<{ x: number; label: string; values: number[] }>;
  summary: string;
}

export const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);


/** English counting, for the student's status matrix (its page passes no translator yet). */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A translator for one namespace, as getTranslations / useTranslations / createTranslator give it: the summaries are
 * worked out here, in plain functions, and worded in the reader's language. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
