'use client';
// The article sentences an item cites, typed as their ids ("p1-s1 p7-s1", as each sentence's heading shows).
import { useTranslations } from '#i18n/use-translations';
import type { FieldContext } from '../item-field';
import { ParsedField } from './parsed-field';
import { ids } from './parts';

export const sentenceIdsOf = (text: string) => [...new Set(text.split(/[\s,]+/).filter(Boolean))];

export function SentencesField({ ctx, value }: { ctx: FieldContext; value: unknown }) {
  const t = useTranslations('editor.items');
  return (
    <ParsedField
      ctx={ctx}
      path={['sentences']}
      field="sentences"
      label={t('sentences')}
      value={value}
      parse={sentenceIdsOf}
      format={(v) => ids(v).join(' ')}
    />
  );
}
