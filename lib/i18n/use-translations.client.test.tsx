import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { loadMessagesSync } from './load-messages';
import compile from 'icu-minify/compile';
import { createClientTranslator } from './use-translations.client';

const intl = (messages: Record<string, unknown>, locale = 'en') => ({ locale, messages });
const c = (s: string) => JSON.parse(JSON.stringify(compile(s))) as unknown;

describe('the client translator', () => {
  it('formats plain, argument, plural and ordinal messages as next-intl does', () => {
    const t = createClientTranslator(intl({ ns: { a: c('Hello'), b: c('Hi {name}'), n: c('{n, plural, one {# answer} other {# answers}}') } }), 'ns');
    expect(t('a')).toBe('Hello');
    expect(t('b', { name: 'Mina' })).toBe('Hi Mina');
    expect(t('n', { n: 1 })).toBe('1 answer');
    expect(t('n', { n: 3 })).toBe('3 answers');
  });

  it('uses the locale’s plural rules and digits', () => {
    const t = createClientTranslator(intl({ n: c('{n, plural, one {# جواب} other {# جوابات}}') }, 'ur'));
    expect(t('n', { n: 1 })).toBe('1 جواب');
    expect(t('n', { n: 2 })).toBe('2 جوابات');
  });

  it('renders rich text with tag functions, and says whether a key exists', () => {
    const t = createClientTranslator(intl({ r: c('You are <b>{name}</b>.') }));
    expect(renderToStaticMarkup(<p>{t.rich('r', { name: 'Omar', b: (chunks) => <strong>{chunks}</strong> })}</p>)).toBe('<p>You are <strong>Omar</strong>.</p>');
    expect(t.has('r')).toBe(true);
    expect(t.has('nope')).toBe(false);
  });

  it('shows the key of a missing message and says so', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(createClientTranslator(intl({}), 'quiz')('gone')).toBe('quiz.gone');
    expect(error).toHaveBeenCalledWith('[i18n] missing message: quiz.gone');
    error.mockRestore();
  });

  it('formats every shipped message of both locales without throwing', () => {
    for (const locale of ['en', 'ur'] as const) {
      const t = createClientTranslator(intl(loadMessagesSync(locale), locale), 'common');
      expect(t('appName')).toBe('Claimcheck');
    }
  });
});
