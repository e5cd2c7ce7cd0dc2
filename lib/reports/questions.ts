// Per-question statistics: facility, discrimination (item–rest correlation), option counts with the
// misconception each distractor stands for, confidently wrong answers and the most common wrong answer.
import type { Item, Quiz } from '@/content/schema';
import { questionType } from '@/question-types/lookup';
import type { OptionCount } from '@/question-types/shared/report';
import { describeResponse, responseKey } from './describe';
import { isPending, parseStoredResponse } from './graded';
import { mean, pearson } from './stats';
import type { ReportAnswer, ReportAttempt } from './types';

/** Every item is worth 1 point (see README, "Scoring"). */
export const ITEM_MAX = 1;
/** Below this many submitted attempts a discrimination index is too noisy to lean on. */
export const LOW_SAMPLE = 30;

export type { OptionCount } from '@/question-types/shared/report';

export interface QuestionStats {
  itemId: string;
  number: number; // 1-based position in the quiz
  sectionTitle: string;
  type: Item['type'];
  prompt: string;
  /** Attempts with an answer to this question. */
  attempts: number;
  /** Written answers not rated yet (left out of the facility). */
  pending: number;
  /** Mean mark / max mark over the marked answers, 0..1; null with none. */
  facility: number | null;
  /** Pearson r of the item mark with the rest-of-test score across submitted attempts. */
  discrimination: number | null;
  /** How many submitted attempts the discrimination was computed over. */
  submittedAttempts: number;
  lowSample: boolean;
  /** single, multiple and classify: how often each option (each status) was chosen. */
  options: OptionCount[] | null;
  /** Not fully right, and the student said they were sure. */
  confidentlyWrong: number;
  mostCommonWrong: { lines: string[]; count: number } | null;
}

export function quizItems(quiz: Quiz): Array<{ item: Item; sectionTitle: string; number: number }> {
  let n = 0;
  return quiz.sections.flatMap((s) => s.items.map((item) => ({ item, sectionTitle: s.title, number: ++n })));
}

// single, multiple and classify count every option (status word); the type decides (question-types/<type>/)
function optionCounts(item: Item, answers: readonly ReportAnswer[]): OptionCount[] | null {
  const responses = answers.map((a) => parseStoredResponse(item, a.response)).filter((r) => r !== null);
  return questionType(item.type).optionCounts(item, responses);
}

function mostCommonWrong(item: Item, marked: readonly ReportAnswer[]): QuestionStats['mostCommonWrong'] {
  if (item.type === 'written') return null;
  const groups = new Map<string, { lines: string[]; count: number }>();
  for (const a of marked) {
    if (a.score >= ITEM_MAX) continue;
    const r = parseStoredResponse(item, a.response);
    if (!r) continue;
    const key = responseKey(r);
    const g = groups.get(key) ?? { lines: describeResponse(item, r), count: 0 };
    g.count++;
    groups.set(key, g);
  }
  let best: { key: string; lines: string[]; count: number } | null = null;
  for (const [key, g] of groups) {
    // ties go to the smaller key, so the result does not depend on the order of the rows
    if (!best || g.count > best.count || (g.count === best.count && key < best.key)) best = { key, ...g };
  }
  return best ? { lines: best.lines, count: best.count } : null;
}

/** Statistics for every question of the quiz, in quiz order, from the attempts given (usually one per student). */
export function questionStats(quiz: Quiz, attempts: readonly ReportAttempt[]): QuestionStats[] {
  const items = quizItems(quiz);
  const submitted = attempts.filter((a) => a.submittedAt !== null);
  // item marks per submitted attempt; an unanswered item counts 0
  const marks = submitted.map((a) => new Map(a.answers.map((ans) => [ans.itemId, ans.score])));
  const totals = marks.map((m) => items.reduce((sum, { item }) => sum + (m.get(item.id) ?? 0), 0));

  return items.map(({ item, sectionTitle, number }) => {
    const answers = attempts.flatMap((a) => a.answers.filter((ans) => ans.itemId === item.id));
    const marked = answers.filter((a) => !isPending(item, a));
    const m = mean(marked.map((a) => a.score));
    const x = marks.map((mk) => mk.get(item.id) ?? 0);
    const rest = totals.map((t, i) => t - (x[i] ?? 0));
    return {
      itemId: item.id,
      number,
      sectionTitle,
      type: item.type,
      prompt: item.prompt,
      attempts: answers.length,
      pending: answers.length - marked.length,
      facility: m === null ? null : m / ITEM_MAX,
      discrimination: pearson(x, rest),
      submittedAttempts: submitted.length,
      lowSample: submitted.length < LOW_SAMPLE,
      options: optionCounts(item, answers),
      confidentlyWrong: marked.filter((a) => a.score < ITEM_MAX && a.confidence === 'sure').length,
      mostCommonWrong: mostCommonWrong(item, marked),
    };
  });
}
