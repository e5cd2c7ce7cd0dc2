import { describe, expect, it } from 'vitest';
import { compareQuizzes } from './quiz-order';

describe('quiz order', () => {
  it('lists lessons in their order, then quizzes outside a series, then boosters', () => {
    const quizzes = [
      { id: 'a-booster', kind: 'booster' as const },
      { id: 'fixture', kind: 'practice' as const },
      { id: 'lesson-two', kind: 'practice' as const, lesson: 2 },
      { id: 'z-lesson-one', kind: 'practice' as const, lesson: 1 },
    ];
    expect([...quizzes].sort(compareQuizzes).map((q) => q.id)).toEqual(['z-lesson-one', 'lesson-two', 'fixture', 'a-booster']);
  });
});
