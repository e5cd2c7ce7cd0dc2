'use client';
// A short written answer: the model answer and the three rubric levels (label and description each).
import styles from '../editor.module.css';
import { ItemText, type FieldContext } from '../item-field';
import { parts } from './parts';

export function WrittenForm({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  return (
    <>
      <ItemText ctx={ctx} path={['modelAnswer']} field="modelAnswer" label="Model answer" value={item.modelAnswer} multiline />
      {parts(item.rubric).map((r, i) => (
        <fieldset key={i} className={styles.part}>
          <legend>Rubric level {i}</legend>
          <ItemText ctx={ctx} path={['rubric', i, 'label']} field={`rubric.${i}.label`} label={`Level ${i} name`} value={r.label} />
          <ItemText ctx={ctx} path={['rubric', i, 'description']} field={`rubric.${i}`} label={`Level ${i} description`} value={r.description} multiline />
        </fieldset>
      ))}
    </>
  );
}
