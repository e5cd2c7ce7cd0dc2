// How sure the class said it was, against whether the answer was fully right: the "confidently wrong" corner.
import { CONFIDENCES, type Quiz } from '@/content/schema';
import { CONFIDENCE_LABELS } from '@/lib/quiz/vocabulary';
import { isPending } from '../graded';
import { ITEM_MAX, quizItems } from '../questions';
import type { ReportAttempt } from '../types';
import { pct, type MatrixData, type Translate } from './types';

/** From the attempts the report counts (one per student); written answers not rated yet and answers without a rating are left out. */
export function calibration(quiz: Quiz, attempts: readonly ReportAttempt[], t: Translate): MatrixData {
  const items = new Map(quizItems(quiz).map(({ item }) => [item.id, item]));
  const counts = CONFIDENCES.map(() => [0, 0]);
  for (const attempt of attempts) {
    for (const a of attempt.answers) {
      const item = items.get(a.itemId);
      if (!item || !a.confidence || isPending(item, a)) continue;
      const row = counts[CONFIDENCES.indexOf(a.confidence)];
      if (row) row[a.score >= ITEM_MAX ? 0 : 1]! += 1;
    }
  }
  const sure = counts[0] ?? [0, 0];
  const rated = counts.reduce((n, [r = 0, w = 0]) => n + r + w, 0);
  const sureTotal = (sure[0] ?? 0) + (sure[1] ?? 0);
  let summary: string;
  if (rated === 0) summary = t('calibration.none');
  else {
    const parts = CONFIDENCES.map((c, i) => {
      const [r = 0, w = 0] = counts[i] ?? [];
      return r + w > 0 ? t('calibration.part', { label: CONFIDENCE_LABELS[c], pct: pct(r, r + w) }) : null;
    }).filter(Boolean);
    summary = t('calibration.summary', { n: sure[1] ?? 0, sure: CONFIDENCE_LABELS.sure, pct: pct(sure[1] ?? 0, sureTotal), parts: parts.join(t('listSeparator')) });
  }
  return {
    rowTitle: t('calibration.rowTitle'),
    colTitle: t('calibration.colTitle'),
    rows: CONFIDENCES.map((c) => ({ id: c, label: CONFIDENCE_LABELS[c] })),
    cols: [
      { id: 'right', label: t('calibration.right') },
      { id: 'wrong', label: t('calibration.wrong') },
    ],
    counts,
    tones: CONFIDENCES.map(() => ['key', 'wrong']),
    marked: [{ row: 0, col: 1, label: t('calibration.marked') }],
    summary,
  };
}
