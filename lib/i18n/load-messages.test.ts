import { describe, expect, it } from 'vitest';
import { loadMessagesSync, pickNamespaces } from './load-messages';

describe('pickNamespaces', () => {
  const messages = { common: { save: 'Save' }, items: { player: { a: 'A' }, teacher: { b: 'B' } }, other: { c: 'C' } };
  it('picks whole namespaces and leaves the rest out', () => {
    expect(pickNamespaces(messages, ['common'])).toEqual({ common: { save: 'Save' } });
  });
  it('picks one part of a namespace by a dotted name, nested as useTranslations reads it', () => {
    expect(pickNamespaces(messages, ['common', 'items.player'])).toEqual({ common: { save: 'Save' }, items: { player: { a: 'A' } } });
  });
  it('skips a name that is not there', () => {
    expect(pickNamespaces(messages, ['nope', 'items.nope'])).toEqual({});
  });
});

describe('loadMessagesSync', () => {
  // React passes only plain objects from a server component to a client one
  const plainEverywhere = (value: unknown): boolean =>
    value === null || typeof value !== 'object'
      ? true
      : (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) && Object.values(value).every(plainEverywhere);
  it('gives compiled messages (plurals and selects too) as plain objects and arrays', () => {
    for (const locale of ['en', 'ur'] as const) expect(plainEverywhere(loadMessagesSync(locale))).toBe(true);
  });
});
