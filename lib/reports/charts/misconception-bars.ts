// Misconceptions ranked: one bar per misconception, the share of the students who started that it tripped.
import { MISCONCEPTION_LABELS } from '@/lib/quiz/vocabulary';
import type { MisconceptionRank } from '../misconceptions';
import { count, pct, type BarData } from './types';

export function misconceptionBars(ranks: readonly MisconceptionRank[], started: number): BarData {
  const rows = ranks.map((m) => ({
    id: m.id,
    label: MISCONCEPTION_LABELS[m.id].label,
    note: `${count(m.occurrences, 'answer', 'answers')} on ${count(m.items.length, 'question', 'questions')}`,
    value: m.students,
    valueText: `${m.students} of ${started} students (${pct(m.students, started)}%)`,
    barText: `${m.students} (${pct(m.students, started)}%)`,
    tone: 'wrong' as const,
  }));
  const [top, next] = rows;
  let summary: string;
  if (!top) summary = 'No misconceptions have shown up yet.';
  else {
    summary = `The most widespread misconception is “${top.label}”: ${top.valueText}.`;
    if (next) summary += ` Next: “${next.label}”, ${next.valueText}.`;
  }
  return { rows, max: Math.max(1, started), summary };
}
