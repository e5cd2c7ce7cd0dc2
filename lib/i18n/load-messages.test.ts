import { describe, expect, it } from 'vitest';
import { pickNamespaces } from './load-messages';

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
