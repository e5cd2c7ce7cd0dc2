// Per question, facility against discrimination: the questions to look at again are named, each with its reason.
import { LOW_SAMPLE, type QuestionStats } from '../questions';
import { round } from '../stats';
import { count, type ScatterData } from './types';

/** Facility outside these bounds tells a teacher little: nearly nobody, or nearly everybody, got it. */
export const TOO_HARD = 0.2;
export const TOO_EASY = 0.95;
/** Below this (as shown, two places) a question does not separate the stronger students from the weaker. */
export const LOW_DISCRIMINATION = 0.15;

/** Why a question needs a second look, or null. */
export function problemOf(q: Pick<QuestionStats, 'facility' | 'discrimination'>): string | null {
  const reasons: string[] = [];
  if (q.facility !== null && q.facility < TOO_HARD) reasons.push('very hard');
  if (q.facility !== null && q.facility > TOO_EASY) reasons.push('almost everyone right');
  if (q.discrimination !== null) {
    const r = round(q.discrimination);
    if (r < 0) reasons.push('negative discrimination: check the key and wording');
    else if (r < LOW_DISCRIMINATION) reasons.push('low discrimination');
  }
  return reasons.length > 0 ? reasons.join(', ') : null;
}

export function itemMap(questions: readonly QuestionStats[]): ScatterData & { unplotted: number } {
  const plotted = questions.filter((q) => q.facility !== null && q.discrimination !== null);
  const points = plotted.map((q) => ({
    id: q.itemId,
    label: `Q${q.number}`,
    x: q.facility ?? 0,
    y: q.discrimination ?? 0,
    problem: problemOf(q),
  }));
  const problems = points.filter((p) => p.problem);
  const submitted = questions[0]?.submittedAttempts ?? 0;
  let summary: string;
  if (points.length === 0) summary = 'Not enough handed-in attempts yet to place the questions.';
  else if (problems.length === 0) summary = `All ${count(points.length, 'question', 'questions')} placed are in the useful range.`;
  else {
    summary = `${count(problems.length, 'question', 'questions')} of ${points.length} to look at again: ${problems.map((p) => `${p.label} (${p.problem})`).join('; ')}.`;
  }
  if (points.length > 0 && submitted < LOW_SAMPLE) summary += ` Only ${count(submitted, 'handed-in attempt', 'handed-in attempts')}: treat discrimination as a rough guide.`;
  const lowest = Math.min(-0.2, ...points.map((p) => Math.floor(p.y * 10) / 10));
  return {
    xTitle: 'Facility (share of marks earned)',
    yTitle: 'Discrimination (item–rest correlation)',
    xDomain: [0, 1],
    yDomain: [Math.max(-1, lowest), 1],
    points,
    summary,
    unplotted: questions.length - points.length,
  };
}
