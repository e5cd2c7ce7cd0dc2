import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/app/locale-actions';
import { LOCALE_NAMES, LOCALES, dirOf } from '@/lib/i18n/locales';
import styles from './locale-switcher.module.css';

/** One small form per language: a button named in that language, so a reader finds their own without reading ours. */
export async function LocaleSwitcher() {
  const [current, t] = await Promise.all([getLocale(), getTranslations('common.language')]);
  return (
    <nav aria-label={t('label')} className={styles.switcher}>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale} dir={dirOf(locale)}>
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <form action={setLocale}>
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" lang={locale} dir={dirOf(locale)} title={t('switchTo', { language: LOCALE_NAMES[locale] })}>
                  {LOCALE_NAMES[locale]}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
