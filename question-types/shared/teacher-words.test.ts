import { describe, expect, it } from 'vitest';
import { flattenMessages } from '@/lib/i18n/parity';
import { loadSourceMessagesSync } from '@/lib/i18n/load-messages';
import { translatorFor } from '@/test/intl';
import { englishWords, type TeacherWords } from './teacher-words';

describe('englishWords', () => {
  const teacher = (loadSourceMessagesSync('en').items as { teacher: Record<string, unknown> }).teacher;
  const keys = Object.keys(flattenMessages(teacher));
  const icu = translatorFor('items.teacher') as unknown as TeacherWords;
  const values = { points: '½', kind: 'attribution', text: '“x”' };

  it('says every teacher message as next-intl says it in English (plain arguments only)', () => {
    expect(keys.length).toBeGreaterThan(30);
    for (const key of keys) expect(englishWords(key, values), key).toBe(icu(key, values));
  });

  it('refuses a key that is not there', () => {
    expect(() => englishWords('guide.nope')).toThrow(/items\.teacher\.guide\.nope/);
  });
});
