import { formatItemPoints } from '@/lib/quiz/points';

type T = (key: 'reviewSummary' | 'reviewUnanswered', values: Record<string, string | number>) => string;

/** One question's line in "Question by question": "3. <prompt> — ½ of 1", or "not answered". */
export function reviewSummary(t: T, index: number, prompt: string, score: number | undefined): string {
  return score === undefined
    ? t('reviewUnanswered', { n: index + 1, prompt })
    : t('reviewSummary', { n: index + 1, prompt, points: formatItemPoints(score) });
}
