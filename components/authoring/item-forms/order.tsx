'use client';
// Order the steps: each step's text and feedback, and the right order (the key) changed with move buttons, so it
// works by keyboard and is read out as a list.
import { useTranslations } from '#i18n/use-translations';
import { fieldDomId } from '../api';
import styles from '../editor.module.css';
import { ItemText, type FieldContext } from '../item-field';
import { CONTENT } from '../text-field';
import { ids, parts } from './parts';

export function OrderForm({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  const t = useTranslations('editor.forms');
  const steps = parts(item.steps);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const key = ids(item.key);
  return (
    <>
      {steps.map((s, i) => (
        <div key={s.id} className={styles.part}>
          <ItemText ctx={ctx} path={['steps', i, 'text']} field={`steps.${s.id}.text`} label={t('step', { id: s.id })} value={s.text} multiline />
          <ItemText ctx={ctx} path={['steps', i, 'feedback']} field={`steps.${s.id}.feedback`} label={t('stepFeedback', { id: s.id })} value={s.feedback} multiline />
        </div>
      ))}
      <fieldset className={styles.part} id={fieldDomId(ctx.itemId, 'key')} tabIndex={-1}>
        <legend>{t('order')}</legend>
        <ol className={styles.order}>
          {key.map((id, i) => {
            const label = byId.get(id)?.text || id;
            return (
              <li key={id}>
                <span {...CONTENT}>{label}</span>
                <span className={styles.moves}>
                  <button
                    type="button"
                    className={styles.secondary}
                    disabled={i === 0}
                    onClick={() => ctx.dispatch({ type: 'moveKey', index: ctx.index, id, by: -1 })}
                  >
                    {t('moveUp')}<span className="visually-hidden">: {label}</span>
                  </button>
                  <button
                    type="button"
                    className={styles.secondary}
                    disabled={i === key.length - 1}
                    onClick={() => ctx.dispatch({ type: 'moveKey', index: ctx.index, id, by: 1 })}
                  >
                    {t('moveDown')}<span className="visually-hidden">: {label}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      </fieldset>
    </>
  );
}
