import { describe, expect, it } from 'vitest';
import { flattenMessages } from '@/lib/i18n/parity';
import { loadSourceMessagesSync } from '@/lib/i18n/load-messages';
import { translatorFor } from '@/test/intl';
import { englishWords, plainEnglish, type TeacherWords } from './teacher-words';

describe('englishWords', () => {
  const teacher = (loadSourceMessagesSync('en').items as { teacher: Record<string, unknown> }).teacher;
  const keys = Object.keys(flattenMessages(teacher));
  const icu = translatorFor('items.teacher') as unknown as TeacherWords;
  const values = { points: '½', kind: 'attribution', text: '“x”' };

  it('says every teacher message as next-intl says it in English (plain arguments only)', () => {
    expect(keys.length).toBeGreaterThan(30);
    for (const key of keys) expect(englishWords(key, values), key).toBe(icu(key, values));
  });

  it('says the content lint\'s messages as next-intl does too', () => {
    const lint = plainEnglish('lint');
    const icuLint = translatorFor('lint') as unknown as TeacherWords;
    const all = { ...values, share: '40%', max: 35, why: 'w', ratio: '1.30', distractors: '0%', keys: '100%', best: 'claim', score: '50%', chance: '25%', type: 'Single choice', rule: 'a number', fires: 4, words: 36, grade: '9.1', id: 'p1-s1', fact: 'f', screen: 'question', outlets: 'Dawn', tag: 't', pattern: '/x/' };
    const lintKeys = Object.keys(flattenMessages(loadSourceMessagesSync('en').lint as Record<string, unknown>));
    expect(lintKeys.length).toBeGreaterThan(40);
    for (const key of lintKeys) expect(lint(key, all), key).toBe(icuLint(key, all));
  });

  it('refuses a key that is not there', () => {
    expect(() => englishWords('guide.nope')).toThrow(/items\.teacher\.guide\.nope/);
  });
});
