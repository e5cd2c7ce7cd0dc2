// One question's answers: each option's share, the key marked, each distractor with the misconception it stands for.
import type { OptionCount } from '@/question-types/shared/report';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/vocabulary';
import { pct, type BarData } from './types';

export function optionBars(options: readonly OptionCount[], answered: number): BarData {
  const rows = options.map((o) => ({
    id: o.id,
    label: o.isKey ? `✓ Right answer: ${o.text}` : o.text,
    note: o.isKey ? undefined : o.misconception ? `Misconception: ${MISCONCEPTION_LABELS[o.misconception].label}` : 'No misconception named',
    value: o.count,
    valueText: `${o.count} (${pct(o.count, answered)}%)`,
    barText: `${o.count} (${pct(o.count, answered)}%)`,
    tone: o.isKey ? ('key' as const) : ('wrong' as const),
  }));
  const key = rows.find((r) => r.tone === 'key');
  // the most chosen wrong option, first in option order on a tie
  const wrong = rows.filter((r) => r.tone === 'wrong' && r.value > 0).reduce<(typeof rows)[number] | null>((best, r) => (!best || r.value > best.value ? r : best), null);
  let summary: string;
  if (answered === 0) summary = 'No answers yet.';
  else {
    summary = key ? `${pct(key.value, answered)}% chose the right answer.` : '';
    summary += wrong
      ? ` The most chosen wrong answer, “${wrong.label}”, drew ${wrong.valueText}${wrong.note && wrong.note !== 'No misconception named' ? ` (${wrong.note.replace('Misconception: ', 'misconception: ')})` : ''}.`
      : ' Nobody chose a wrong answer.';
    summary = summary.trim();
  }
  return { rows, max: Math.max(1, answered), summary };
}
