'use client';
// Sort a statement into a status word: the statement, the key, and feedback (with its misconception) per status word.
import { useTranslations } from '#i18n/use-translations';
import teacher from '@/components/teacher/teacher.module.css';
import { fieldDomId } from '../api';
import styles from '../editor.module.css';
import { ItemText, Misconception, type FieldContext } from '../item-field';
import { StatusOptions, statusLabel as label } from '../status-options';
import { CreditField } from './parsed-field';
import { parts } from './parts';

export function ClassifyForm({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  const t = useTranslations('editor.forms');
  return (
    <>
      <ItemText ctx={ctx} path={['statement']} field="statement" label={t('statement')} value={item.statement} multiline />
      <div className={teacher.field}>
        <label htmlFor={fieldDomId(ctx.itemId, 'key')}>{t('answer')}</label>
        <select
          id={fieldDomId(ctx.itemId, 'key')}
          value={String(item.key ?? '')}
          onChange={(e) => ctx.dispatch({ type: 'item', index: ctx.index, path: ['key'], value: e.target.value })}
        >
          <StatusOptions />
        </select>
      </div>
      {parts(item.options).map((o, i) => (
        <div key={o.id} className={styles.part}>
          <ItemText
            ctx={ctx}
            path={['options', i, 'feedback']}
            field={`options.${o.id}.feedback`}
            label={t('feedbackFor', { status: label(o.id) })}
            value={o.feedback}
            multiline
          />
          {item.key === o.id ? null : <Misconception ctx={ctx} path={['options', i]} field={`options.${o.id}`} value={o.misconception} />}
          {item.key === o.id ? null : <CreditField ctx={ctx} path={['options', i, 'credit']} field={`options.${o.id}.credit`} value={o.credit} />}
        </div>
      ))}
    </>
  );
}
