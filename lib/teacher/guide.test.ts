import { describe, expect, it } from 'vitest';
import { quizSchema } from '@/content/schema';
import { classify, highlight, match, order, scope, single, written } from '@/lib/quiz/test-items';
import { itemMisconceptions, quizSources } from './guide';

describe('itemMisconceptions', () => {
  it('collects the tags of every kind of distractor, once each', () => {
    expect(itemMisconceptions(single)).toEqual(['official-source', 'both-sides-unknowable']);
    expect(itemMisconceptions(classify)).toEqual(['precise-number']);
    expect(itemMisconceptions(highlight)).toEqual(['writer-verb']);
    expect(itemMisconceptions(match)).toContain('agency-vouches');
    expect(itemMisconceptions(scope)).toEqual(['debunk-true']);
    expect(itemMisconceptions(order)).toEqual([]);
    expect(itemMisconceptions(written)).toEqual([]);
  });
});

describe('quizSources', () => {
  it('lists each distinct source (outlet and date) once, with its notes and the items citing it', () => {
    const afp = { outlet: 'AFP', date: 'December 2024' };
    const quiz = quizSchema.parse({
      id: 'q',
      article: 'a',
      title: 'T',
      summary: 'S',
      minutes: 5,
      sections: [
        {
          id: 's',
          title: 'S',
          items: [
            { ...single, sources: [{ ...afp, note: 'Reported 46.' }] },
            { ...classify, sources: [{ ...afp, note: 'Reported 46.' }, { ...afp, note: 'Named the spokesman.' }], stimulus: [{ kind: 'outside-fact', title: 'Fact', body: 'B', sources: [{ outlet: 'UNAMA' }] }] },
            written,
          ],
        },
      ],
    });
    expect(quizSources(quiz)).toEqual([
      { outlet: 'AFP', date: 'December 2024', notes: ['Reported 46.', 'Named the spokesman.'], items: [single.id, classify.id] },
      { outlet: 'UNAMA', notes: [], items: [classify.id] },
    ]);
  });
});
