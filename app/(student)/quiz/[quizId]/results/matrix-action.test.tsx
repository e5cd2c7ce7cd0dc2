// The practice matrix, rendered on the server from a device's answers, and nothing for answers that are not a form.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { STATUSES, type Status } from '@/content/schema';
import { allItems } from '@/lib/content';
import { getPracticeQuiz } from '@/lib/content/practice';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { practiceMatrix } from './matrix-action';

vi.mock('next-intl/server', async () => {
  const { translatorFor } = await import('@/test/intl');
  return { getTranslations: async (namespace: string) => translatorFor(namespace) };
});

const QUIZ = 'paktika-practice';

async function classifyItems() {
  const quiz = await getPracticeQuiz(QUIZ);
  if (!quiz) throw new Error(`no quiz ${QUIZ}`);
  return allItems(quiz).flatMap((item) => (item.type === 'classify' ? [item] : []));
}

const form = (answers: unknown) => {
  const f = new FormData();
  f.set('quizId', QUIZ);
  f.set('answers', JSON.stringify(answers));
  return f;
};

describe('practiceMatrix', () => {
  it('names the wrong call in words, from the classify answers this device holds', async () => {
    const [first, second] = await classifyItems();
    if (!first || !second) throw new Error('the practice quiz needs two classify questions');
    const wrong = STATUSES.find((s) => s !== first.key) as Status;
    const node = await practiceMatrix(
      form({
        [first.id]: { response: { type: 'classify', status: wrong }, confidence: 'sure' },
        [second.id]: { response: { type: 'classify', status: second.key }, confidence: 'sure' },
      }),
    );
    const html = renderToStaticMarkup(node as ReactElement);
    expect(html).toContain('What you said against what it is');
    expect(html).toContain('1 of 2 right');
    expect(html).toContain(`called “${STATUS_LABELS[wrong].label.toLowerCase()}” 1 time`);
  });

  it('gives nothing without a classify answer, for a quiz that is not there, or for arguments that are not a form', async () => {
    expect(await practiceMatrix(form({}))).toBeNull();
    const other = new FormData();
    other.set('quizId', 'no-such-quiz');
    other.set('answers', '{}');
    expect(await practiceMatrix(other)).toBeNull();
    expect(await practiceMatrix({ quizId: QUIZ } as unknown as FormData)).toBeNull();
  });
});
