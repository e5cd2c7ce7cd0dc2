import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/**
 * The locale to serve: the reader's own choice (the cookie) first, then the best match in Accept-Language by its
 * q-values ("ur-PK" matches "ur"), else English.
 */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((w) => w.base && w.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const w of wanted) if (isLocale(w.base)) return w.base;
  return DEFAULT_LOCALE;
}
