'use client';
// One item in plain forms: prompt, the sentences it cites, its type's own parts (item-forms/), explanation; its
// findings listed first with links to the fields they are about. Every type the shipped quizzes use has a form, so a
// duplicated lesson is editable in full; an item's stimulus and outside sources are kept as they are.
import { useTranslations } from '#i18n/use-translations';
import { memo } from 'react';
import type { EditorAction } from '@/lib/authoring/editor/reducer';
import type { DraftStateItem } from '@/lib/authoring/editor/state';
import { fieldDomId, type Finding } from './api';
import styles from './editor.module.css';
import { ItemText, type FieldContext } from './item-field';
import { FORMS } from './item-forms/forms';
import { SentencesField } from './item-forms/sentences-field';

// a finding about a whole part (its misconception tag) or one cited sentence links to the part's or the list's field
const linkField = (field: string) => field.replace(/\.misconception$/, '').replace(/^sentences\.\d+$/, 'sentences');

function Findings({ itemId, findings }: { itemId: string; findings: Finding[] }) {
  const t = useTranslations('editor.items');
  if (findings.length === 0) return <p className={styles.ok}>{t('none')}</p>;
  return (
    <ul className={styles.findings} aria-label={t('forItem')}>
      {findings.map((f, i) => (
        <li key={i}>
          {/* the field's path in the item ("options.b.feedback") is a name, read left to right */}
          {f.field ? (
            <a href={`#${fieldDomId(itemId, linkField(f.field))}`} dir="ltr">
              {f.field}
            </a>
          ) : (
            t('item')
          )}
          : {f.message}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  index: number;
  draft: DraftStateItem;
  findings: Finding[];
  dispatch: (a: EditorAction) => void;
}

export const ItemEditor = memo(function ItemEditor({ index, draft, findings, dispatch }: Props) {
  const t = useTranslations('editor.items');
  const item = draft.item;
  const itemId = typeof item.id === 'string' ? item.id : `item-${index}`;
  const ctx: FieldContext = { index, itemId, findings, dispatch };
  const TypeForm = FORMS[String(item.type)];
  return (
    <fieldset className={styles.item} data-item={itemId} aria-describedby={undefined}>
      <legend>
        {t('legend', { number: index + 1, kind: t(`kind.${draft.kind}`) })}
      </legend>
      <Findings itemId={itemId} findings={findings} />
      <ItemText ctx={ctx} path={['prompt']} field="prompt" label={t('prompt')} value={item.prompt} multiline />
      <SentencesField ctx={ctx} value={item.sentences} />
      {TypeForm ? <TypeForm ctx={ctx} item={item} /> : null}
      <ItemText ctx={ctx} path={['explanation']} field="explanation" label={t('explanation')} value={item.explanation} multiline />
      <button type="button" className={styles.secondary} onClick={() => dispatch({ type: 'removeItem', index })}>
        {t('remove', { number: index + 1 })}
      </button>
    </fieldset>
  );
});
