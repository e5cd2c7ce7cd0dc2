import { describe, expect, it } from 'vitest';
import { flattenMessages } from './parity';
import { loadMessagesSync } from './load-messages';

// every object inside a compiled message crosses from a server component to NextIntlClientProvider
const plain = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.every(plain)
    : value === null || typeof value !== 'object' || (Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plain));

describe('loadMessagesSync', () => {
  it('gives plurals and selects on plain objects, which React may pass to a client component', () => {
    const en = flattenMessages(loadMessagesSync('en'));
    expect(Object.entries(en).filter(([, v]) => !plain(v)).map(([k]) => k)).toEqual([]);
    expect(Array.isArray(en['editor.status.itemsDrafted'])).toBe(true); // a compiled plural, checked above
  });
});
