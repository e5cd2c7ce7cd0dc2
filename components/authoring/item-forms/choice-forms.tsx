'use client';
// Single choice, select-all and two-part items: all built on the one options list.
import { useTranslations } from '#i18n/use-translations';
import { ItemText, type FieldContext } from '../item-field';
import { OptionsList } from './options-list';

type Item = Record<string, unknown>;
const part = (x: unknown) => (x && typeof x === 'object' ? (x as Item) : {});

export function SingleForm({ ctx, item }: { ctx: FieldContext; item: Item }) {
  const t = useTranslations('editor.forms');
  return <OptionsList ctx={ctx} base={[]} options={item.options} keyValue={item.key} credit legend={t('singleLegend')} />;
}

export function MultipleForm({ ctx, item }: { ctx: FieldContext; item: Item }) {
  const t = useTranslations('editor.forms');
  return <OptionsList ctx={ctx} base={[]} options={item.options} keyValue={item.key} several legend={t('multipleLegend')} />;
}

export function TwoPartForm({ ctx, item }: { ctx: FieldContext; item: Item }) {
  const t = useTranslations('editor.forms');
  const a = part(item.partA);
  const b = part(item.partB);
  return (
    <>
      <OptionsList ctx={ctx} base={['partA']} options={a.options} keyValue={a.key} legend={t('partALegend')} />
      <ItemText ctx={ctx} path={['partB', 'prompt']} field="partB.prompt" label={t('partBPrompt')} value={b.prompt} multiline />
      <OptionsList ctx={ctx} base={['partB']} options={b.options} keyValue={b.key} legend={t('partBLegend')} />
    </>
  );
}
