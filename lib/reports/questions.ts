// Per-question statistics: facility, discrimination (item–rest correlation), option counts with the
// misconception each distractor stands for, confidently wrong answers and the most common wrong answer.
import type { Item, Quiz } from '@/content/schema';
import { questionType } from '@/question-types/lookup';
import type { OptionCount } from '@/question-types/shared/report';
import { describeResponse, responseKey } from './describe';
import { isPending, parseStoredResponse } from './graded';
import { mean, pearson } from './stats';
import type { ReportAnswer, ReportAttempt } from './types';
import { versionedItems, type QuizVersions } from './versions';

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

/** An answer with the item it was given to: the item of its attempt's own quiz version. */
interface Answered {
  answer: ReportAnswer;
  item: Item;
}

// single, multiple and classify count every option (status word); the type decides (question-types/<type>/).
// Answers to an earlier version are counted against that version's options: an option it shares with the current
// version (same id, same role) adds to that row; one it does not (removed, or key changed) gets a row of its own.
function optionCounts(current: Item, answered: readonly Answered[]): OptionCount[] | null {
  const byItem = new Map<Item, ReportAnswer[]>([[current, []]]);
  for (const a of answered) byItem.set(a.item, [...(byItem.get(a.item) ?? []), a.answer]);
  let merged: OptionCount[] | null = null;
  for (const [item, answers] of byItem) {
    if (item.type !== current.type) continue;
    const responses = answers.map((a) => parseStoredResponse(item, a.response)).filter((r) => r !== null);
    const counts = questionType(item.type).optionCounts(item, responses);
    if (!counts) continue;
    if (!merged) {
      merged = counts.map((c) => ({ ...c }));
      continue;
    }
    for (const c of counts) {
      const same = merged.find((m) => m.id === c.id && m.isKey === c.isKey && m.text === c.text);
      if (same) same.count += c.count;
      else if (c.count > 0) merged.push({ ...c, text: `${c.text} (earlier version)` });
    }
  }
  return merged;
}

function mostCommonWrong(answered: readonly Answered[]): QuestionStats['mostCommonWrong'] {
  const groups = new Map<string, { lines: string[]; count: number }>();
  for (const { answer: a, item } of answered) {
    if (item.type === 'written' || a.score >= ITEM_MAX) continue;
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

/**
 * Statistics for every question of the quiz, in quiz order, from the attempts given (usually one per student); each
 * attempt's answers are read against its own version where `versions` has it (lib/reports/versions.ts).
 */
export function questionStats(quiz: Quiz, attempts: readonly ReportAttempt[], versions?: QuizVersions): QuestionStats[] {
  const items = quizItems(quiz);
  const versioned = versionedItems(quiz, versions);
  const submitted = attempts.filter((a) => a.submittedAt !== null);
  // item marks per submitted attempt, over the items of its own version; an unanswered item counts 0
  const marks = submitted.map((a) => new Map(a.answers.map((ans) => [ans.itemId, ans.score])));
  const totals = submitted.map((a, i) => [...versioned.itemsOf(a).keys()].reduce((sum, id) => sum + (marks[i]!.get(id) ?? 0), 0));

  return items.map(({ item, sectionTitle, number }) => {
    const answered = attempts.flatMap((a) =>
      a.answers.filter((ans) => ans.itemId === item.id).map((ans): Answered => ({ answer: ans, item: versioned.itemFor(a, item.id) ?? item })),
    );
    const marked = answered.filter((a) => !isPending(a.item, a.answer));
    const m = mean(marked.map((a) => a.answer.score));
    const x = marks.map((mk) => mk.get(item.id) ?? 0);
    const rest = totals.map((t, i) => t - (x[i] ?? 0));
    return {
      itemId: item.id,
      number,
      sectionTitle,
      type: item.type,
      prompt: item.prompt,
      attempts: answered.length,
      pending: answered.length - marked.length,
      facility: m === null ? null : m / ITEM_MAX,
      discrimination: pearson(x, rest),
      submittedAttempts: submitted.length,
      lowSample: submitted.length < LOW_SAMPLE,
      options: optionCounts(item, answered),
      confidentlyWrong: marked.filter((a) => a.answer.score < ITEM_MAX && a.answer.confidence === 'sure').length,
      mostCommonWrong: mostCommonWrong(marked),
    };
  });
}
