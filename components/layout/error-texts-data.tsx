import { getTranslations } from 'next-intl/server';
import { ERROR_TEXT_KEYS, ERROR_TEXTS_ID } from './error-texts-id';

/** The error boundaries' words in this reader's language, for components/layout/error-texts.ts to read. */
export async function ErrorTextsData() {
  const t = await getTranslations('errorPage');
  const data = Object.fromEntries(ERROR_TEXT_KEYS.map((k) => [`data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, t(k)]));
  return <template id={ERROR_TEXTS_ID} {...data} />;
}
