'use client';
// A short written answer: the model answer, the three rubric levels (label and description each), the length limit.
import { useTranslations } from '#i18n/use-translations';
import styles from '../editor.module.css';
import { ItemText, type FieldContext } from '../item-field';
import { formatValue, ParsedField, parseNumber } from './parsed-field';
import { parts } from './parts';

export function WrittenForm({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  const t = useTranslations('editor.forms');
  return (
    <>
      <ItemText ctx={ctx} path={['modelAnswer']} field="modelAnswer" label={t('modelAnswer')} value={item.modelAnswer} multiline />
      {parts(item.rubric).map((r, i) => (
        <fieldset key={i} className={styles.part}>
          <legend>{t('rubricLevel', { level: i })}</legend>
          <ItemText ctx={ctx} path={['rubric', i, 'label']} field={`rubric.${i}.label`} label={t('levelName', { level: i })} value={r.label} />
          <ItemText ctx={ctx} path={['rubric', i, 'description']} field={`rubric.${i}`} label={t('levelDescription', { level: i })} value={r.description} multiline />
        </fieldset>
      ))}
      <ParsedField
        ctx={ctx}
        path={['maxLength']}
        field="maxLength"
        label={t('maxLength', { min: 50, max: 4000 })}
        value={item.maxLength}
        parse={parseNumber}
        format={formatValue}
      />
    </>
  );
}
