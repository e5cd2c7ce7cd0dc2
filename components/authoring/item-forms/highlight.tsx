'use client';
// Highlight the words: the passage, the words to find (attribution or judgement) and the tempting decoys, each with
// feedback, and the feedback for any other word.
import teacher from '@/components/teacher/teacher.module.css';
import { fieldDomId } from '../api';
import styles from '../editor.module.css';
import { ItemText, Misconception, type FieldContext } from '../item-field';
import { parts } from './parts';

export function HighlightForm({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  return (
    <>
      <ItemText ctx={ctx} path={['passage']} field="passage" label="Passage" value={item.passage} multiline />
      {(['targets', 'decoys'] as const).map((list) =>
        parts(item[list]).map((t, i) => (
          <div key={`${list}-${t.id}`} className={styles.part}>
            <ItemText
              ctx={ctx}
              path={[list, i, 'text']}
              field={`${list}.${t.id}.text`}
              label={list === 'targets' ? `Words to find ${i + 1}` : `Tempting words ${i + 1}`}
              value={t.text}
            />
            {list === 'targets' ? (
              <div className={teacher.field}>
                <label htmlFor={fieldDomId(ctx.itemId, `targets.${t.id}.kind`)}>What these words do</label>
                <select
                  id={fieldDomId(ctx.itemId, `targets.${t.id}.kind`)}
                  value={t.kind ?? 'attribution'}
                  onChange={(e) => ctx.dispatch({ type: 'item', index: ctx.index, path: [list, i, 'kind'], value: e.target.value })}
                >
                  <option value="attribution">Attribute (say who says it)</option>
                  <option value="judgement">Judge (a loaded word)</option>
                </select>
              </div>
            ) : null}
            <ItemText ctx={ctx} path={[list, i, 'feedback']} field={`${list}.${t.id}.feedback`} label="Feedback" value={t.feedback} multiline />
            {list === 'decoys' ? <Misconception ctx={ctx} path={[list, i]} field={`${list}.${t.id}`} value={t.misconception} /> : null}
          </div>
        )),
      )}
      <ItemText ctx={ctx} path={['otherFeedback']} field="otherFeedback" label="Feedback for any other word" value={item.otherFeedback} multiline />
    </>
  );
}
