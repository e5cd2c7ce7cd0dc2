import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/content/load';
import { contentFixture } from '@/test/content-fixtures';
import { checkQuiz, LINTERS, qualityLint } from './check';

const article = contentFixture('articles', 'river-flood');
const quiz = contentFixture('quizzes', 'river-flood-quiz');

describe('checkQuiz: the content gate', () => {
  it('runs the quality lint by default', () => {
    expect(LINTERS).toContain(qualityLint);
  });

  it('passes the teachers-quiz fixture, which passes the lint honestly', () => {
    expect(checkQuiz(quiz, article).problems).toEqual([]);
  });

  it('refuses a quiz whose key is the longest option, naming the lint finding', () => {
    const cued = structuredClone(quiz);
    const single = cued.sections[0].items[1];
    single.options = [
      { id: 'a', text: 'The mayor', feedback: 'The mayor did not give the figure.' },
      { id: 'b', text: 'The weather office, which measured the river', feedback: 'Yes, the report attributes the figure to it.' },
    ];
    const result = checkQuiz(cued, article);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'quiz', path: 'choice items', message: expect.stringMatching(/^quality: the key is the strictly longest option/) }));
    // the same quiz with no linters passes: the refusal is the lint's
    expect(checkQuiz(cued, article, []).ok).toBe(true);
  });

  it('passes every shipped quiz, so any of them can be duplicated into a teacher’s rows', () => {
    const shipped = loadContent(path.join(process.cwd(), 'content'));
    expect(shipped.quizzes.size).toBeGreaterThan(0);
    for (const q of shipped.quizzes.values()) expect([q.id, checkQuiz(q, shipped.articles.get(q.article)).problems]).toEqual([q.id, []]);
  });
});
