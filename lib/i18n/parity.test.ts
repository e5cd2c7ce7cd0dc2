// A message that exists in one language and not the other shows as its key to every reader of the other; an ICU
// argument named differently shows as a raw "{name}". Both fail here, for every namespace file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageArguments, flattenMessages, parityProblems } from './parity';
import { LOCALES } from './locales';
import { loadSourceMessagesSync } from './load-messages';

describe('message files', () => {
  it('every locale has the same namespace files', () => {
    const files = LOCALES.map((l) => fs.readdirSync(path.join(process.cwd(), 'messages', l)).sort().join(','));
    expect(new Set(files).size).toBe(1);
  });
  it('every key of one locale is in the other, with the same ICU arguments', () => {
    const [first, ...others] = LOCALES.map((l) => ({ locale: l, messages: loadSourceMessagesSync(l) }));
    for (const other of others) expect(parityProblems(first!, other)).toEqual([]);
  });
  it('no message is empty', () => {
    for (const l of LOCALES) {
      const empty = Object.entries(flattenMessages(loadSourceMessagesSync(l))).filter(([, v]) => typeof v !== 'string' || !v.trim());
      expect(empty.map(([k]) => `${l}:${k}`)).toEqual([]);
    }
  });
});

describe('parityProblems', () => {
  it('names a missing key, an extra key and a renamed argument', () => {
    const en = { locale: 'en', messages: { a: { x: 'Hi {name}', y: 'Bye' } } };
    const ur = { locale: 'ur', messages: { a: { x: 'سلام {nam}', z: 'خدا حافظ' } } };
    expect(parityProblems(en, ur)).toEqual([
      'a.x: arguments differ (en: name; ur: nam)',
      'a.y: in en, not in ur',
      'a.z: in ur, not in en',
    ]);
  });
  it('reads plural and select arguments, not the words inside them', () => {
    expect(messageArguments('{count, plural, one {# answer for {who}} other {# answers}}')).toEqual(['count', 'who']);
    expect(messageArguments("It's '{literal}' {n, number}")).toEqual(['n']);
  });
});

describe('messageArguments', () => {
  it('does not take plural branch words for arguments', () => {
    expect(messageArguments('{n, plural, one {answer} other {answers}}')).toEqual(['n']);
    expect(messageArguments('{g, select, a {{x} and {y}} other {none}} {when, date, short}')).toEqual(['g', 'when', 'x', 'y']);
  });
});
