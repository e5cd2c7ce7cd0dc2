import type { ReactNode } from 'react';
import { en } from '@/components/quiz/rich-tags';
import { formatItemPoints } from '@/lib/quiz/points';

type Rich = { rich: (key: 'reviewSummary' | 'reviewUnanswered', values: Record<string, string | number | ((chunks: ReactNode) => ReactNode)>) => ReactNode };

/** One question's line in "Question by question": "3. <prompt> — ½ of 1", or "not answered"; the prompt is content. */
export function reviewSummary(t: Rich, index: number, prompt: string, score: number | undefined): ReactNode {
  return score === undefined
    ? t.rich('reviewUnanswered', { n: index + 1, prompt, en })
    : t.rich('reviewSummary', { n: index + 1, prompt, points: formatItemPoints(score), en });
}
