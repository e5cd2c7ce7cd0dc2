'use client';
// What a finding proves: the finding, and per statement whether it proves it, with feedback and misconception.
import { useTranslations } from '#i18n/use-translations';
import teacher from '@/components/teacher/teacher.module.css';
import styles from '../editor.module.css';
import { ItemText, Misconception, type FieldContext } from '../item-field';
import { parts } from './parts';

export function ScopeForm({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  const t = useTranslations('editor.forms');
  return (
    <>
      <ItemText ctx={ctx} path={['finding']} field="finding" label={t('finding')} value={item.finding} multiline />
      {parts(item.statements).map((s, i) => (
        <div key={s.id} className={styles.part}>
          <ItemText ctx={ctx} path={['statements', i, 'text']} field={`statements.${s.id}.text`} label={t('scopeStatement', { number: i + 1 })} value={s.text} multiline />
          <label className={teacher.choice}>
            <input
              type="checkbox"
              checked={s.proves === true}
              onChange={(e) => ctx.dispatch({ type: 'item', index: ctx.index, path: ['statements', i, 'proves'], value: e.target.checked })}
            />
            {t('proves')}
          </label>
          <ItemText ctx={ctx} path={['statements', i, 'feedback']} field={`statements.${s.id}.feedback`} label={t('feedback')} value={s.feedback} multiline />
          <Misconception ctx={ctx} path={['statements', i]} field={`statements.${s.id}`} value={s.misconception} />
        </div>
      ))}
    </>
  );
}
