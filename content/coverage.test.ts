import { describe, it, expect } from 'vitest';
import { coverage } from './coverage';
import { articleSchema, quizSchema } from './schema';

const article = articleSchema.parse({
  id: 'tiny',
  title: 'A tiny article',
  outlet: 'Test',
  dateline: 'NOWHERE',
  blocks: [
    { kind: 'heading', id: 'h1', text: 'Heading' },
    {
      kind: 'paragraph',
      id: 'p1',
      sentences: [
        { id: 'p1-s1', text: 'Officials said ten people died.' },
        { id: 'p1-s2', text: 'Rebels said forty people died.' },
        { id: 'p1-s3', text: 'More on this later.', claim: false },
      ],
    },
  ],
});

const classify = (id: string, sentences: string[]) => ({
  id,
  type: 'classify',
  prompt: 'Sort it.',
  sentences,
  explanation: 'Who says so?',
  statement: 'Ten people died.',
  options: ['verified', 'claim', 'disputed', 'opinion'].map((s) => ({ id: s, feedback: `Why ${s}.` })),
  key: 'claim',
});

const quiz = (id: string, articleId: string, items: unknown[]) =>
  quizSchema.parse({
    id,
    article: articleId,
    title: 'Quiz',
    summary: 'A quiz.',
    minutes: 5,
    sections: [{ id: 's1', title: 'Section', items }],
    claimMap: [
      { party: 'Rebels', claims: [{ text: 'Forty died', sentences: ['p1-s2'], status: 'disputed', settle: 'A count.' }] },
    ],
  });

describe('coverage', () => {
  it('lists every sentence in article order with the items that touch it', () => {
    const result = coverage(article, [quiz('q1', 'tiny', [classify('ten-dead', ['p1-s1']), classify('again', ['p1-s1'])])]);
    expect(result.sentences.map((s) => s.id)).toEqual(['p1-s1', 'p1-s2', 'p1-s3']);
    expect(result.sentences[0]).toEqual({
      id: 'p1-s1',
      text: 'Officials said ten people died.',
      claim: true,
      items: ['ten-dead', 'again'],
    });
  });

  it('names claim-bearing sentences no item touches; claimMap entries do not count', () => {
    const result = coverage(article, [quiz('q1', 'tiny', [classify('ten-dead', ['p1-s1'])])]);
    expect(result.uncovered).toEqual(['p1-s2']);
  });

  it('ignores sentences marked claim: false', () => {
    const result = coverage(article, [quiz('q1', 'tiny', [classify('both', ['p1-s1', 'p1-s2'])])]);
    expect(result.sentences[2]).toMatchObject({ id: 'p1-s3', claim: false, items: [] });
    expect(result.uncovered).toEqual([]);
  });

  it('combines several quizzes and skips quizzes about other articles', () => {
    const result = coverage(article, [
      quiz('q1', 'tiny', [classify('one', ['p1-s1'])]),
      quiz('q2', 'tiny', [classify('two', ['p1-s2', 'p1-s2'])]),
      quiz('q3', 'other', [classify('elsewhere', ['p1-s1'])]),
    ]);
    expect(result.sentences.map((s) => s.items)).toEqual([['one'], ['two'], []]);
    expect(result.uncovered).toEqual([]);
  });
});
