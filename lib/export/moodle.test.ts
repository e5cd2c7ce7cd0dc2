// Moodle XML: well formed (xmllint) and in the structure of Moodle's own question format (qformat_xml): question
// types multichoice, matching, ordering (qtype_ordering) and essay with the elements Moodle's importer reads.
import { Window, type Element } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Item } from '@/content/schema';
import { buildMoodleXml } from './moodle';
import { exportedQuizzes, removeTemps, writeTemp, xmllint } from './test-support';
import { lmsShape } from './types';

afterAll(removeTemps);
const window = new Window();
const shown = (html: string) => {
  const div = window.document.createElement('div');
  div.innerHTML = html;
  return div.textContent ?? '';
};
// direct children by tag name (happy-dom has no :scope)
const kids = (el: Element | null | undefined, tag: string) => [...(el?.children ?? [])].filter((c) => c.tagName === tag);
const kid = (el: Element | null | undefined, tag: string) => kids(el, tag)[0];
const textOf = (el: Element | null | undefined, tag?: string) => kid(tag ? kid(el, tag) : el, 'text')?.textContent ?? null;

function expectShape(item: Item, q: Element) {
  const shape = lmsShape(item).moodle;
  expect(q.getAttribute('type')).toBe(shape.qtype);
  expect(textOf(q, 'name')).toBe(item.id);
  expect(kid(q, 'questiontext')?.getAttribute('format')).toBe('html');
  expect(shown(textOf(q, 'questiontext') ?? '')).toContain(item.prompt);
  expect(shown(textOf(q, 'generalfeedback') ?? '')).toContain(item.explanation);
  expect(kid(q, 'defaultgrade')?.textContent).toBe('1');
  const answers = kids(q, 'answer');
  switch (shape.qtype) {
    case 'multichoice': {
      expect(kid(q, 'single')?.textContent).toBe(String(shape.single));
      expect(answers.map((a) => shown(textOf(a) ?? ''))).toEqual(shape.answers.map((a) => a.text));
      const fractions = answers.map((a) => Number(a.getAttribute('fraction')));
      fractions.forEach((f, i) => expect(f).toBeCloseTo((shape.answers[i]?.fraction ?? NaN) * 100, 4));
      // Moodle refuses a multichoice whose right answers do not add up to 100 %; a single-answer one needs one answer at
      // 100 % (a credited alternative may have a share besides)
      const positive = fractions.filter((f) => f > 0);
      if (shape.single) expect(fractions.filter((f) => f === 100)).toHaveLength(1);
      else expect(positive.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3);
      answers.forEach((a, i) => expect(shown(textOf(a, 'feedback') ?? '')).toBe(shape.answers[i]?.feedback));
      break;
    }
    case 'matching': {
      const subs = kids(q, 'subquestion');
      const pairs = subs.map((s) => [shown(textOf(s) ?? ''), textOf(s, 'answer')]);
      expect(pairs).toEqual([...shape.pairs.map((p) => [p.question, p.answer]), ...shape.extraAnswers.map((a) => ['', a])]);
      // Moodle's matching needs at least two subquestions with text
      expect(shape.pairs.length).toBeGreaterThanOrEqual(2);
      break;
    }
    case 'ordering':
      expect(answers.map((a) => shown(textOf(a) ?? ''))).toEqual(shape.steps);
      for (const tag of ['layouttype', 'selecttype', 'selectcount', 'gradingtype']) expect(kid(q, tag), tag).toBeDefined();
      break;
    case 'essay':
      expect(kid(q, 'responseformat')?.textContent).toBe('editor');
      expect(shown(textOf(q, 'graderinfo') ?? '')).toContain(item.type === 'written' ? item.modelAnswer : '');
      break;
  }
}

describe.each(exportedQuizzes().map((q) => [q.quiz.id, q] as const))('Moodle XML export of %s', (_id, { quiz, article }) => {
  const xml = buildMoodleXml(quiz, article);
  const items = quiz.sections.flatMap((s) => s.items);

  it('is well formed (xmllint --nonet)', () => {
    const { paths } = writeTemp(new Map([['moodle.xml', xml]]), 'moodle');
    const lint = xmllint([paths.get('moodle.xml') as string]);
    expect(lint.ok, lint.output).toBe(true);
  });

  it('has a category per quiz and section, the article as a description, and one question per item in Moodle\'s shape', () => {
    const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.documentElement.tagName).toBe('quiz');
    const questions = [...doc.documentElement.children];
    expect(questions.every((q) => q.tagName === 'question')).toBe(true);
    const categories = questions.filter((q) => q.getAttribute('type') === 'category');
    expect(categories.map((c) => textOf(c, 'category'))).toEqual([
      `$course$/top/${quiz.title}`,
      ...quiz.sections.map((s) => `$course$/top/${quiz.title}/${s.title.replace(/\//g, '-')}`),
    ]);
    expect(questions.filter((q) => q.getAttribute('type') === 'description')).toHaveLength(article ? 1 : 0);
    const asked = questions.filter((q) => !['category', 'description'].includes(q.getAttribute('type') ?? ''));
    expect(asked).toHaveLength(items.length);
    items.forEach((item, i) => expectShape(item, asked[i] as Element));
  });
});
