// One question's answers: each option's share, the key marked, each distractor with the misconception it stands for.
import type { OptionCount } from '@/question-types/shared/report';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import { pct, type BarData, type Translate } from './types';

/** `t`: the `charts` namespace. */
export function optionBars(options: readonly OptionCount[], answered: number, t: Translate): BarData {
  const rows = options.map((o) => ({
    id: o.id,
    label: o.isKey ? `${t('options.keyPrefix')} ${o.text}` : o.text,
    // option texts are quiz content, in English (content files name no language)
    content: { prefix: o.isKey ? t('options.keyPrefix') : '', text: o.text, lang: 'en' },
    note: o.isKey ? undefined : o.misconception ? t('options.misconception', { label: MISCONCEPTION_LABELS[o.misconception].label }) : t('options.noMisconception'),
    value: o.count,
    valueText: t('share', { n: o.count, pct: pct(o.count, answered) }),
    barText: t('share', { n: o.count, pct: pct(o.count, answered) }),
    tone: o.isKey ? ('key' as const) : ('wrong' as const),
  }));
  // the misconception a wrong option stands for, named in the summary
  const named = new Map(options.flatMap((o) => (!o.isKey && o.misconception ? [[o.id, MISCONCEPTION_LABELS[o.misconception].label] as const] : [])));
  const key = rows.find((r) => r.tone === 'key');
  // the most chosen wrong option, first in option order on a tie
  const wrong = rows.filter((r) => r.tone === 'wrong' && r.value > 0).reduce<(typeof rows)[number] | null>((best, r) => (!best || r.value > best.value ? r : best), null);
  let summary: string;
  if (answered === 0) summary = t('options.none');
  else {
    const parts = key ? [t('options.keyShare', { pct: pct(key.value, answered) })] : [];
    if (!wrong) parts.push(t('options.noWrong'));
    else if (named.has(wrong.id)) parts.push(t('options.topWrongNamed', { label: wrong.label, value: wrong.valueText, misconception: named.get(wrong.id) ?? '' }));
    else parts.push(t('options.topWrong', { label: wrong.label, value: wrong.valueText }));
    summary = parts.join(' ');
  }
  return { rows, max: Math.max(1, answered), summary };
}
