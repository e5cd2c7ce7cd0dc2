// Misconceptions ranked: one bar per misconception, the share of the students who started that it tripped.
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import type { MisconceptionRank } from '../misconceptions';
import { pct, type BarData, type Translate } from './types';

/** `t`: the `charts` namespace. */
export function misconceptionBars(ranks: readonly MisconceptionRank[], started: number, t: Translate): BarData {
  const rows = ranks.map((m) => ({
    id: m.id,
    label: MISCONCEPTION_LABELS[m.id].label,
    note: t('misconceptions.note', { answers: m.occurrences, questions: m.items.length }),
    value: m.students,
    valueText: t('misconceptions.value', { n: m.students, total: started, pct: pct(m.students, started) }),
    barText: t('share', { n: m.students, pct: pct(m.students, started) }),
    tone: 'wrong' as const,
  }));
  const [top, next] = rows;
  let summary: string;
  if (!top) summary = t('misconceptions.none');
  else {
    summary = t('misconceptions.top', { label: top.label, value: top.valueText });
    if (next) summary += ` ${t('misconceptions.next', { label: next.label, value: next.valueText })}`;
  }
  return { rows, max: Math.max(1, started), summary };
}
