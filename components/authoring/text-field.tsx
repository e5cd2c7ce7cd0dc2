'use client';
// A labelled text input or textarea for the editor, with its error or findings linked by aria-describedby.
import { memo, useId } from 'react';
import styles from './editor.module.css';
import teacher from '@/components/teacher/teacher.module.css';

interface Props {
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  error?: string | undefined;
  hint?: string;
  maxLength?: number;
  required?: boolean;
  name?: string;
  rows?: number;
  content?: boolean; // quiz content (the article, an item's text): in its own language, not the page's
}

// Content files name no language, so their text is English (content/schema.ts): marked as such, so an Urdu page
// reads it, and lays it out, as English.
export const CONTENT = { lang: 'en', dir: 'ltr' } as const;

export const TextField = memo(function TextField({
  id,
  label,
  value,
  onChange,
  multiline,
  error,
  hint,
  maxLength,
  required,
  name,
  rows,
  content,
}: Props) {
  const auto = useId();
  const fieldId = id ?? auto;
  const describedBy = [hint ? `${fieldId}-hint` : '', error ? `${fieldId}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: fieldId,
    name,
    value,
    maxLength,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    ...(content && CONTENT),
  } as const;
  return (
    <div className={teacher.field}>
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p id={`${fieldId}-hint`} className={teacher.hint}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows ?? 3} className={styles.textarea} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" className={styles.input} onChange={(e) => onChange(e.target.value)} />
      )}
      {error ? (
        <p id={`${fieldId}-error`} className={teacher.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
});
