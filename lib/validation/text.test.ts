import { describe, expect, it } from 'vitest';
import { responseSchema } from '@/lib/quiz/responses';
import { classNameSchema } from './teacher';

describe('class names', () => {
  it('drop bidi controls (a right-to-left override would make the title read backwards)', () => {
    expect(classNameSchema.parse('Year 9\u202E evil\u202C')).toBe('Year 9 evil');
    expect(classNameSchema.parse('\u2067Class\u2069 \u200F7B')).toBe('Class 7B');
  });
  it('refuse a NUL or other control character with a clear field message, not a database error', () => {
    for (const name of ['Year\u00009', 'Year 9\u0007', 'Year\u009B9']) {
      const parsed = classNameSchema.safeParse(name);
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('class.nameControl');
    }
    // tabs and line breaks are white space: tidied into one space
    expect(classNameSchema.parse('Year\t9\nB')).toBe('Year 9 B');
    // emoji joined with a zero-width joiner stay whole
    expect(classNameSchema.parse('Class 👩‍🏫')).toBe('Class 👩‍🏫');
  });
});

describe('written answers', () => {
  it('lose a NUL before they are stored (PostgreSQL text cannot hold one)', () => {
    expect(responseSchema.parse({ type: 'written', text: 'The\u0000 claim' })).toEqual({ type: 'written', text: 'The claim' });
    expect(responseSchema.safeParse({ type: 'written', text: '\u0000\u0000' }).success).toBe(false);
  });
});
