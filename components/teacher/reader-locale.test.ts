import { describe, expect, it } from 'vitest';
import { readerLocale } from './reader-locale';

describe('readerLocale', () => {
  it('takes the reader’s own variant of the page’s language', () => {
    expect(readerLocale('en', ['en-GB', 'de'])).toBe('en-GB');
    expect(readerLocale('en', ['de-DE', 'en-US'])).toBe('en-US');
    expect(readerLocale('ur', ['ur-PK'])).toBe('ur-PK');
  });
  it('keeps the reader’s own locale on the English page, which stands in for languages the UI does not speak', () => {
    expect(readerLocale('en', ['de-DE'])).toBe('de-DE');
  });
  it('writes an Urdu page’s dates in Urdu whatever the browser says', () => {
    expect(readerLocale('ur', ['en-US'])).toBe('ur');
    expect(readerLocale('ur', [])).toBe('ur');
  });
});
