import { describe, expect, it } from 'vitest';
import { ERROR_TEXTS, browserLocale } from './error-texts';

describe('error page texts', () => {
  it('follow the reader: the cookie first, then the browser languages, else English', () => {
    expect(browserLocale('a=1; cc_locale=ur', ['en-GB'])).toBe('ur');
    expect(browserLocale('cc_locale=en', ['ur'])).toBe('en');
    expect(browserLocale('', ['fr', 'ur-PK'])).toBe('ur');
    expect(browserLocale('cc_locale=xx', ['fr'])).toBe('en');
  });

  it('are plain strings, shown without the ICU formatter', () => {
    for (const texts of Object.values(ERROR_TEXTS)) {
      for (const text of Object.values(texts)) expect(text).not.toMatch(/[{}<#]/);
    }
  });
});
