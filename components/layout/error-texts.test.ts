// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadSourceMessagesSync } from '@/lib/i18n/load-messages';
import { LOCALES } from '@/lib/i18n/locales';
import { readErrorTexts } from './error-texts';
import { ERROR_TEXTS_ID } from './error-texts-id';

describe('error page texts', () => {
  it('are read from what the root layout wrote, in the page language', () => {
    document.documentElement.lang = 'ur';
    document.body.innerHTML = `<template id="${ERROR_TEXTS_ID}" data-title="کچھ غلط ہو گیا" data-try-again="دوبارہ کوشش کریں"></template>`;
    const shown = readErrorTexts(document);
    expect(shown).toMatchObject({ locale: 'ur', dir: 'rtl' });
    expect(shown.t.title).toBe('کچھ غلط ہو گیا');
    expect(shown.t.tryAgain).toBe('دوبارہ کوشش کریں');
    // a word the document lacks falls back to English
    expect(shown.t.home).toBe('Go to the start page');
  });

  it('are English when the document holds none', () => {
    document.documentElement.lang = 'ur';
    document.body.innerHTML = '';
    expect(readErrorTexts(document)).toMatchObject({ locale: 'en', dir: 'ltr', t: { title: 'Something went wrong' } });
  });

  it('are plain strings in every locale, shown without the ICU formatter', () => {
    for (const locale of LOCALES) {
      for (const text of Object.values(loadSourceMessagesSync(locale).errorPage as Record<string, string>)) expect(text).not.toMatch(/[{}<#]/);
    }
  });
});
