'use client';
// Highlight the words: the passage, the words to find (attribution or judgement) and the tempting decoys, each with
// feedback, and the feedback for any other word.
import { useTranslations } from '#i18n/use-translations';
import teacher from '@/components/teacher/teacher.module.css';
import { fieldDomId } from '../api';
import styles from '../editor.module.css';
import { ItemText, Misconception, type FieldContext } from '../item-field';
import { parts } from './parts';

export function HighlightForm({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  const t = useTranslations('editor.forms');
  return (
    <>
      <ItemText ctx={ctx} path={['passage']} field="passage" label={t('passage')} value={item.passage} multiline />
      {(['targets', 'decoys'] as const).map((list) =>
        parts(item[list]).map((w, i) => (
          <div key={`${list}-${w.id}`} className={styles.part}>
            <ItemText
              ctx={ctx}
              path={[list, i, 'text']}
              field={`${list}.${w.id}.text`}
              label={t(list === 'targets' ? 'target' : 'decoy', { number: i + 1 })}
              value={w.text}
            />
            {list === 'targets' ? (
              <div className={teacher.field}>
                <label htmlFor={fieldDomId(ctx.itemId, `targets.${w.id}.kind`)}>{t('targetKind')}</label>
                <select
                  id={fieldDomId(ctx.itemId, `targets.${w.id}.kind`)}
                  value={w.kind ?? 'attribution'}
                  onChange={(e) => ctx.dispatch({ type: 'item', index: ctx.index, path: [list, i, 'kind'], value: e.target.value })}
                >
                  <option value="attribution">{t('attribution')}</option>
                  <option value="judgement">{t('judgement')}</option>
                </select>
              </div>
            ) : null}
            <ItemText ctx={ctx} path={[list, i, 'feedback']} field={`${list}.${w.id}.feedback`} label={t('feedback')} value={w.feedback} multiline />
            {list === 'decoys' ? <Misconception ctx={ctx} path={[list, i]} field={`${list}.${w.id}`} value={w.misconception} /> : null}
          </div>
        )),
      )}
      <ItemText ctx={ctx} path={['otherFeedback']} field="otherFeedback" label={t('otherFeedback')} value={item.otherFeedback} multiline />
    </>
  );
}
