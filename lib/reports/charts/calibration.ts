// How sure the class said it was, against whether the answer was fully right: the "confidently wrong" corner.
import { CONFIDENCES, type Quiz } from '@/content/schema';
import { CONFIDENCE_LABELS } from '@/lib/quiz/vocabulary';
import { isPending } from '../graded';
import { ITEM_MAX, quizItems } from '../questions';
import type { ReportAttempt } from '../types';
import { count, pct, type MatrixData } from './types';

/** From the attempts the report counts (one per student); written answers not rated yet and answers without a rating are left out. */
export function calibration(quiz: Quiz, attempts: readonly ReportAttempt[]): MatrixData {
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
  if (rated === 0) summary = 'No answers with a confidence rating yet.';
  else {
    const parts = CONFIDENCES.map((c, i) => {
      const [r = 0, w = 0] = counts[i] ?? [];
      return r + w > 0 ? `“${CONFIDENCE_LABELS[c]}”: ${pct(r, r + w)}% right` : null;
    }).filter(Boolean);
    summary = `${count(sure[1] ?? 0, 'answer was', 'answers were')} confidently wrong (said “${CONFIDENCE_LABELS.sure}”, not fully right), ${pct(sure[1] ?? 0, sureTotal)}% of the sure answers. ${parts.join('; ')}.`;
  }
  return {
    rowTitle: 'How sure',
    colTitle: 'Answer',
    rows: CONFIDENCES.map((c) => ({ id: c, label: CONFIDENCE_LABELS[c] })),
    cols: [
      { id: 'right', label: 'Fully right' },
      { id: 'wrong', label: 'Not fully right' },
    ],
    counts,
    tones: CONFIDENCES.map(() => ['key', 'wrong']),
    marked: [{ row: 0, col: 1, label: 'Confidently wrong' }],
    summary,
  };
}
