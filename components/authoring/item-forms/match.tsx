'use client';
// Match claims to parties: the parties' names, and per claim its text, the party that made it (the key), feedback
// and misconception.
import { useTranslations } from '#i18n/use-translations';
import teacher from '@/components/teacher/teacher.module.css';
import { fieldDomId } from '../api';
import styles from '../editor.module.css';
import { ItemText, Misconception, type FieldContext } from '../item-field';
import { parts } from './parts';

export function MatchForm({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  const t = useTranslations('editor.forms');
  const parties = parts(item.parties);
  return (
    <>
      <fieldset className={styles.part}>
        <legend>{t('parties')}</legend>
        {parties.map((p, i) => (
          <ItemText key={p.id} ctx={ctx} path={['parties', i, 'name']} field={`parties.${p.id}`} label={t('party', { number: i + 1 })} value={p.name} />
        ))}
      </fieldset>
      {parts(item.claims).map((c, i) => (
        <div key={c.id} className={styles.part}>
          <ItemText ctx={ctx} path={['claims', i, 'text']} field={`claims.${c.id}.text`} label={t('claim', { number: i + 1 })} value={c.text} multiline />
          <div className={teacher.field}>
            <label htmlFor={fieldDomId(ctx.itemId, `claims.${c.id}.party`)}>{t('claimParty', { number: i + 1 })}</label>
            <select
              id={fieldDomId(ctx.itemId, `claims.${c.id}.party`)}
              value={c.party ?? ''}
              onChange={(e) => ctx.dispatch({ type: 'item', index: ctx.index, path: ['claims', i, 'party'], value: e.target.value })}
            >
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name || p.id}
                </option>
              ))}
            </select>
          </div>
          <ItemText ctx={ctx} path={['claims', i, 'feedback']} field={`claims.${c.id}.feedback`} label={t('claimFeedback', { number: i + 1 })} value={c.feedback} multiline />
          <Misconception ctx={ctx} path={['claims', i]} field={`claims.${c.id}`} value={c.misconception} />
        </div>
      ))}
    </>
  );
}
