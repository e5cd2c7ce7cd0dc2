'use client';
// A short written answer: the model answer, the three rubric levels (label and description each), the length limit.
import styles from '../editor.module.css';
import { ItemText, type FieldContext } from '../item-field';
import { formatValue, ParsedField, parseNumber } from './parsed-field';
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
      <ParsedField
        ctx={ctx}
        path={['maxLength']}
        field="maxLength"
        label="Longest answer allowed (characters, 50 to 4,000)"
        value={item.maxLength}
        parse={parseNumber}
        format={formatValue}
      />
    </>
  );
}
