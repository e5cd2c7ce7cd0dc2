import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { loadMessagesSync } from './load-messages';

// what <ClientMessages> hands to the browser must be plain data: React refuses null-prototype objects there
function nonPlain(value: unknown, at: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => nonPlain(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    const own = Object.getPrototypeOf(value) === Object.prototype ? [] : [at];
    return [...own, ...Object.entries(value).flatMap(([k, v]) => nonPlain(v, `${at}.${k}`))];
  }
  return [];
}

describe('compiled messages', () => {
  it.each(LOCALES)('are plain objects and arrays in %s, plurals included', (locale) => {
    expect(nonPlain(loadMessagesSync(locale), locale)).toEqual([]);
  });
});
