import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '@/question-types/server';
import { listFileQuizzes } from '@/lib/content/files';
import { formatValue, parseNumber } from './parsed-field';
import { FORMS } from './forms';

describe('the item forms', () => {
  it('cover every question type, so every item of a shipped quiz opens in a form of its own', () => {
    expect(Object.keys(FORMS).sort()).toEqual(Object.keys(QUESTION_TYPES).sort());
    const used = new Set(listFileQuizzes().flatMap((q) => q.sections.flatMap((s) => s.items.map((i) => i.type))));
    for (const type of used) expect(FORMS[type], type).toBeDefined();
  });

  it('a number field: blank drops the value, a number is a number, other text is kept for the checks to name', () => {
    expect(parseNumber(' ')).toBeUndefined();
    expect(parseNumber('0.5')).toBe(0.5);
    expect(parseNumber('half')).toBe('half');
    expect(formatValue(undefined)).toBe('');
    expect(formatValue(1200)).toBe('1200');
  });
});
