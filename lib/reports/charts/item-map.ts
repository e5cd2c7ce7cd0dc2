// Per question, facility against discrimination: the questions to look at again are named, each with its reason.
import { LOW_SAMPLE, type QuestionStats } from '../questions';
import { round } from '../stats';
import type { ScatterData, Translate } from './types';

/** Facility outside these bounds tells a teacher little: nearly nobody, or nearly everybody, got it. */
export const TOO_HARD = 0.2;
export const TOO_EASY = 0.95;
/** Below this (as shown, two places) a question does not separate the stronger students from the weaker. */
export const LOW_DISCRIMINATION = 0.15;

/** Why a question needs a second look, or null. */
export function problemOf(q: Pick<QuestionStats, 'facility' | 'discrimination'>, t: Translate): string | null {
  const reasons: string[] = [];
  if (q.facility !== null && q.facility < TOO_HARD) reasons.push(t('itemMap.veryHard'));
  if (q.facility !== null && q.facility > TOO_EASY) reasons.push(t('itemMap.tooEasy'));
  if (q.discrimination !== null) {
    const r = round(q.discrimination);
    if (r < 0) reasons.push(t('itemMap.negative'));
    else if (r < LOW_DISCRIMINATION) reasons.push(t('itemMap.low'));
  }
  return reasons.length > 0 ? reasons.join(t('reasonSeparator')) : null;
}

export function itemMap(questions: readonly QuestionStats[], t: Translate): ScatterData & { unplotted: number } {
  const plotted = questions.filter((q) => q.facility !== null && q.discrimination !== null);
  const points = plotted.map((q) => ({
    id: q.itemId,
    label: t('itemMap.point', { n: q.number }),
    x: q.facility ?? 0,
    y: q.discrimination ?? 0,
    problem: problemOf(q, t),
  }));
  const problems = points.filter((p) => p.problem);
  const submitted = questions[0]?.submittedAttempts ?? 0;
  let summary: string;
  if (points.length === 0) summary = t('itemMap.none');
  else if (problems.length === 0) summary = t('itemMap.allUseful', { n: points.length });
  else {
    const list = problems.map((p) => t('itemMap.problem', { label: p.label, problem: p.problem ?? '' })).join(t('listSeparator'));
    summary = t('itemMap.problems', { n: problems.length, total: points.length, list });
  }
  if (points.length > 0 && submitted < LOW_SAMPLE) summary += ` ${t('itemMap.lowSample', { n: submitted })}`;
  const lowest = Math.min(-0.2, ...points.map((p) => Math.floor(p.y * 10) / 10));
  return {
    xTitle: t('itemMap.xTitle'),
    yTitle: t('itemMap.yTitle'),
    xDomain: [0, 1],
    yDomain: [Math.max(-1, lowest), 1],
    points,
    summary,
    unplotted: questions.length - points.length,
  };
}
