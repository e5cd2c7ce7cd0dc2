// What a type gives the item-quality gate (content/lint): the texts students see, the options they pick among by
// their words, the tagged parts, and how chance and a test-wise student answer it. One object per type
// (question-types/<type>/lint.ts), so the gate iterates the registry and a new type cannot be skipped silently.
import { hasAbsolute, hasHedge } from '@/content/lint/surface';
import type { PartKind } from '@/content/lint/tags';
import type { Misconception } from '@/content/words';
import { englishWords, type TeacherWords } from './teacher-words';

/** A text students see: its path inside the item, the text, and whether it is a prompt, a verdict or other text. */
export type LintText = [path: string, text: string, role: 'prompt' | 'verdict' | 'other'];

/** A set of options a student picks from by their words: the longest-key and absolute/hedged-word measures. */
export interface ChoiceGroup {
  options: Array<{ id: string; text: string }>;
  keys: string[];
}

/** A part with a misconception tag: what the student did wrong, and the words that must show that error. */
export interface TaggedPart {
  path: string;
  kind: PartKind;
  tag: Misconception;
  text: string;
}

/** A part answered from a fixed list of answers (a status word, proves / does not prove), each answer's score. */
export interface JudgedPart {
  text: string;
  scores: Array<[answer: string, score: number]>;
}

/** The real grader's score for a response to the item being measured. */
export type Score<R> = (response: R) => number;

export interface TypeLint<I, R> {
  /** Texts beyond the prompt, explanation and stimulus: on the question screen, and with the feedback. */
  texts(item: I): { question: LintText[]; feedback: LintText[] };
  /** The option sets a student picks among by their words ([] when there are none). */
  choiceGroups(item: I): ChoiceGroup[];
  /** The tagged parts, for the check that a tag names an error the answer can show. */
  tagged(item: I): TaggedPart[];
  /** A closed type: chance (a uniform guess) and the test-wise student's score; null for a type scored by a person
   *  or with no fixed answers to guess among. */
  closed: null | { chance(item: I, score: Score<R>): number; testWise(item: I, score: Score<R>): number };
  /** Parts judged one by one from fixed answers, for the constant-answer and surface-rule measures; null if none.
   *  With it, a type's item counts as its number of parts when the gate asks whether there are enough to judge. */
  judged: null | ((item: I, score: Score<R>) => JudgedPart[]);
  /** Problems of the item's form the schema cannot see (paths inside the item). */
  problems(item: I, t?: TeacherWords): Array<{ path: string; reason: string }>;
}

export const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Cue points a test-wise student gives an option: longest, hedged or two-part, and free of absolute words. */
export function cuePoints(text: string, longest: boolean): number {
  return (longest ? 1 : 0) + (hasHedge(text) ? 1 : 0) - (hasAbsolute(text) ? 1 : 0);
}

/** Each option's cue points, the longest one(s) counted as longest. */
export function optionCues(options: Array<{ text: string }>): number[] {
  const max = Math.max(...options.map((o) => o.text.length));
  return options.map((o) => cuePoints(o.text, o.text.length === max));
}

/** The options with the most cue points. */
export function mostCued<O extends { text: string }>(options: O[]): O[] {
  const points = optionCues(options);
  const best = Math.max(...points);
  return options.filter((_, i) => points[i] === best);
}

/** The tagged entries of a list, as parts of one kind at `<field>.<id>`. */
export const taggedOf = <O extends { id: string; misconception?: Misconception | undefined }>(
  field: string,
  list: O[],
  kind: (o: O) => PartKind,
  text: (o: O) => string,
): TaggedPart[] => list.flatMap((o) => (o.misconception ? [{ path: `${field}.${o.id}`, kind: kind(o), tag: o.misconception, text: text(o) }] : []));

/** Options a student picks by text, with their feedback as verdicts: the texts of a choice list. */
export function optionTexts(options: Array<{ id: string; text: string; feedback: string }>, field = 'options') {
  return {
    question: options.map((o): LintText => [`${field}.${o.id}.text`, o.text, 'other']),
    feedback: options.map((o): LintText => [`${field}.${o.id}.feedback`, o.feedback, 'verdict']),
  };
}

/** An alternative given credit is a defensible answer, not an error, and the key already earns the full point. */
export function creditProblems(
  options: Array<{ id: string; credit?: number | undefined; misconception?: string | undefined }>,
  key: string,
  t: TeacherWords = englishWords,
) {
  return options.flatMap((o) => [
    ...(o.credit !== undefined && o.misconception ? [{ path: `options.${o.id}`, reason: t('lint.creditTag') }] : []),
    ...(o.credit !== undefined && o.id === key ? [{ path: `options.${o.id}`, reason: t('lint.creditKey') }] : []),
  ]);
}
