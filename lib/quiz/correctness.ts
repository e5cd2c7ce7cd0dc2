import 'server-only';
// What a handed-in attempt may show while more attempts may follow: per question only right, partly right or wrong
// (from the stored score), never the key, feedback or explanation.
import type { Quiz } from '@/content/schema';
import { allItems } from '@/lib/content';
import type { Answer as AnswerRow } from '@/lib/db/schema';
import { isPending } from '@/lib/reports/graded';

export type Verdict = 'right' | 'partly right' | 'wrong' | 'to be rated' | 'not answered';

export interface QuestionVerdict {
  itemId: string;
  prompt: string;
  verdict: Verdict;
}

export function verdicts(quiz: Quiz, rows: readonly AnswerRow[]): QuestionVerdict[] {
  const byItem = new Map(rows.map((r) => [r.itemId, r]));
  return allItems(quiz).map((item) => {
    const row = byItem.get(item.id);
    let verdict: Verdict;
    if (!row) verdict = 'not answered';
    // a written answer is rated against the rubric, which comes with the feedback
    else if (item.type === 'written' || isPending(item, row)) verdict = 'to be rated';
    else verdict = row.score >= 1 ? 'right' : row.score > 0 ? 'partly right' : 'wrong';
    return { itemId: item.id, prompt: item.prompt, verdict };
  });
}
