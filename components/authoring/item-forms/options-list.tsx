'use client';
// The one options form of single choice, select-all (several keys) and each part of a two-part item: per option its
// text, whether it is the key, its feedback and, for a wrong one, the misconception it targets.
import { useTranslations } from '#i18n/use-translations';
import teacher from '@/components/teacher/teacher.module.css';
import type { Path } from '@/lib/authoring/editor/reducer';
import { fieldDomId } from '../api';
import styles from '../editor.module.css';
import { ItemText, Misconception, type FieldContext } from '../item-field';
import { CreditField } from './parsed-field';
import { ids, letter, parts } from './parts';

interface Props {
  ctx: FieldContext;
  base: Path; // where the options and key live in the item: [] or ['partA']
  options: unknown;
  keyValue: unknown;
  several?: boolean; // select-all: the key is a list
  credit?: boolean; // single choice: a wrong option may earn partial credit
  legend: string;
}

export function OptionsList({ ctx, base, options, keyValue, several, credit, legend }: Props) {
  const t = useTranslations('editor.forms');
  const keys = several ? ids(keyValue) : [String(keyValue ?? '')];
  const prefix = base.map(String).join('.');
  const field = (rest: string) => (prefix ? `${prefix}.${rest}` : rest);
  return (
    <fieldset className={styles.part} id={fieldDomId(ctx.itemId, field('key'))} tabIndex={-1}>
      <legend>{legend}</legend>
      {parts(options).map((o, i) => {
        const isKey = keys.includes(o.id);
        return (
          <div key={o.id} className={styles.part}>
            <label className={teacher.choice}>
              <input
                type={several ? 'checkbox' : 'radio'}
                name={`key-${ctx.itemId}-${prefix}`}
                checked={isKey}
                onChange={(e) =>
                  several
                    ? ctx.dispatch({ type: 'toggleKey', index: ctx.index, id: o.id, on: e.target.checked })
                    : ctx.dispatch({ type: 'item', index: ctx.index, path: [...base, 'key'], value: o.id })
                }
              />
              {t(several ? 'isRightAnswer' : 'isAnswer', { letter: letter(o.id) })}
            </label>
            <ItemText ctx={ctx} path={[...base, 'options', i, 'text']} field={field(`options.${o.id}.text`)} label={t('option', { letter: letter(o.id) })} value={o.text} />
            <ItemText
              ctx={ctx}
              path={[...base, 'options', i, 'feedback']}
              field={field(`options.${o.id}.feedback`)}
              label={t('optionFeedback', { letter: letter(o.id) })}
              value={o.feedback}
              multiline
            />
            {isKey ? null : <Misconception ctx={ctx} path={[...base, 'options', i]} field={field(`options.${o.id}`)} value={o.misconception} />}
            {credit && !isKey ? <CreditField ctx={ctx} path={[...base, 'options', i, 'credit']} field={field(`options.${o.id}.credit`)} value={o.credit} /> : null}
          </div>
        );
      })}
    </fieldset>
  );
}
