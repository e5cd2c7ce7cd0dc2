import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate';

describe('negotiateLocale', () => {
  it('takes the cookie first', () => {
    expect(negotiateLocale('ur', 'en-GB,en;q=0.9')).toBe('ur');
    expect(negotiateLocale('en', 'ur-PK')).toBe('en');
  });
  it('ignores a cookie that names no locale of ours', () => {
    expect(negotiateLocale('fr', 'ur-PK,ur;q=0.9')).toBe('ur');
  });
  it('matches Accept-Language by q-value and by base language', () => {
    expect(negotiateLocale(undefined, 'fr-FR,ur;q=0.8,en;q=0.5')).toBe('ur');
    expect(negotiateLocale(undefined, 'en;q=0.4,ur-PK;q=0.9')).toBe('ur');
    expect(negotiateLocale(undefined, 'ur;q=0,en')).toBe('en');
  });
  it('falls back to English', () => {
    expect(negotiateLocale(undefined, undefined)).toBe('en');
    expect(negotiateLocale(undefined, 'de-DE,fr;q=0.9')).toBe('en');
    expect(negotiateLocale(undefined, ';;,')).toBe('en');
  });
});
