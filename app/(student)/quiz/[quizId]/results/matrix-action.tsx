'use server';
// Practice answers live on the device, so the results page asks for its "what you said against what it is" matrix
// with them. The chart is rendered here, on the server, and comes back as markup: the page ships no chart code.
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { isForm } from '@/lib/forms/guard';
import { MatrixChart } from '@/components/charts/matrix-chart';
import { findItem } from '@/lib/content';
import { getPracticeQuiz } from '@/lib/content/practice';
import { getAuthSecret } from '@/lib/env';
import { practiceScope } from '@/lib/quiz/id-scope';
import { partIds } from '@/lib/quiz/public-ids';
import { responseFromBrowser } from '@/lib/quiz/public-responses';
import { answerSchema } from '@/lib/quiz/responses';
import { statusMatrix, statusPairs } from '@/lib/reports/charts/status-matrix';

const inputSchema = z.object({ quizId: idSchema, answers: z.record(idSchema, answerSchema) });

const json = (value: FormDataEntryValue | null): unknown => {
  try {
    return typeof value === 'string' ? (JSON.parse(value) as unknown) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The matrix of this device's classify answers, or nothing (no classify answer, or answers that do not fit). Takes
 * a FormData (`quizId`, and `answers` as JSON), as every action of this app does (lib/security/action-guard.ts).
 */
export async function practiceMatrix(form: FormData): Promise<ReactNode> {
  if (!isForm(form)) return null;
  const input = inputSchema.safeParse({ quizId: form.get('quizId'), answers: json(form.get('answers')) });
  const quiz = input.success ? await getPracticeQuiz(input.data.quizId) : undefined;
  if (!input.success || !quiz) return null;
  const secret = getAuthSecret();
  // in author ids, as the results route grades them; an answer that does not fit is left out, as a stored one would be
  const authored = Object.entries(input.data.answers).flatMap(([itemId, answer]) => {
    const item = findItem(quiz, itemId);
    const read = item ? responseFromBrowser(item, answer.response, partIds(practiceScope(quiz.id), item, secret)) : null;
    return read && 'response' in read ? [{ itemId, response: read.response }] : [];
  });
  const pairs = statusPairs(quiz, authored);
  if (pairs.length === 0) return null;
  const t = await getTranslations('results');
  return <MatrixChart id="chart-said-vs-is" title={t('matrixTitle')} data={statusMatrix(pairs)} />;
}
