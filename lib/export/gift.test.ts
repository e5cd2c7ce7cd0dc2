// The GIFT export parsed back with gift-pegjs (a GIFT parser others maintain): the same number of questions, each
// with the same answers marked right and the same fractions, and hostile text (GIFT's ~ = # { } : included) intact.
import { parse, type GIFTQuestion, type Matching, type MultipleChoice } from 'gift-pegjs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { Item } from '@/content/schema';
import { buildGift, escapeGift, POSITION_LABELS } from './gift';
import { exportedQuizzes } from './test-support';
import { lmsShape } from './types';

const window = new Window();
/** What a browser shows for an HTML fragment. */
const shown = (html: string) => {
  const div = window.document.createElement('div');
  div.innerHTML = html;
  return div.textContent ?? '';
};

function expectSameAnswers(item: Item, q: GIFTQuestion) {
  const shape = lmsShape(item).moodle;
  switch (shape.qtype) {
    case 'multichoice': {
      expect(q.type).toBe('MC');
      const choices = (q as MultipleChoice).choices;
      expect(choices.map((c) => shown(c.text.text))).toEqual(shape.answers.map((a) => a.text));
      expect(choices.map((c) => shown(c.feedback?.text ?? ''))).toEqual(shape.answers.map((a) => a.feedback));
      if (shape.single) {
        expect(choices.map((c) => c.isCorrect)).toEqual(shape.answers.map((a) => a.fraction === 1));
        // a credited alternative keeps its share
        choices.forEach((c, i) => {
          const f = shape.answers[i]?.fraction ?? NaN;
          if (f > 0 && f < 1) expect(c.weight ?? 0).toBeCloseTo(f * 100, 4);
        });
      } else {
        choices.forEach((c, i) => expect(c.weight ?? 0).toBeCloseTo((shape.answers[i]?.fraction ?? NaN) * 100, 4));
      }
      break;
    }
    case 'matching':
    case 'ordering': {
      expect(q.type).toBe('Matching');
      const pairs = (q as Matching).matchPairs.map((p) => [shown(p.subquestion.text), p.subanswer]);
      const want =
        shape.qtype === 'matching'
          ? shape.pairs.map((p) => [p.question, p.answer])
          : shape.steps.map((s, i) => [s, POSITION_LABELS(shape.steps.length)[i]]);
      expect(pairs).toEqual(want);
      break;
    }
    case 'essay':
      expect(q.type).toBe('Essay');
      break;
  }
}

describe.each(exportedQuizzes().map((q) => [q.quiz.id, q] as const))('GIFT export of %s', (_id, { quiz, article }) => {
  const questions = parse(buildGift(quiz, article));
  const items = quiz.sections.flatMap((s) => s.items);
  const asked = questions.filter((q) => q.type !== 'Category' && q.type !== 'Description');

  it('parses into one question per item, in order, after the article and one category per section', () => {
    expect(asked.map((q) => q.title)).toEqual(items.map((i) => i.id));
    expect(questions.filter((q) => q.type === 'Category')).toHaveLength(quiz.sections.length + 1);
    expect(questions.filter((q) => q.type === 'Description')).toHaveLength(article ? 1 : 0);
  });

  it('keeps every answer, its mark or fraction, and its feedback', () => {
    expect(asked).toHaveLength(items.length);
    items.forEach((item, i) => expectSameAnswers(item, asked[i] as GIFTQuestion));
  });

  it('keeps the prompt and the explanation as text', () => {
    items.forEach((item, i) => {
      const q = asked[i] as Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>;
      expect(shown(q.stem.text)).toContain(item.prompt);
      expect(shown(q.globalFeedback?.text ?? '')).toContain(item.explanation);
    });
  });
});

describe('escapeGift', () => {
  it('escapes every GIFT special and the backslash, and folds line breaks (a blank line would end the question)', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(escapeGift('one\n\ntwo')).toBe('one  two');
  });
});
