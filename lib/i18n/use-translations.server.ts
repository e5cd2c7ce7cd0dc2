// Server components use next-intl's own hook (see use-translations.client.ts and package.json "imports").
export { useTranslations } from 'next-intl';
