'use client';
// One field of an item, bound to its path in the item; the findings about that field show under it as its error,
// and the field's id is the one the findings list links to.
import { useTranslations } from '#i18n/use-translations';
import { useCallback, useId } from 'react';
import { MISCONCEPTIONS } from '@/content/misconceptions';
import misconceptions from '@/content/vocabulary/misconceptions.json';
import teacher from '@/components/teacher/teacher.module.css';
import type { EditorAction, Path } from '@/lib/authoring/editor/reducer';
import { fieldDomId, type Finding } from './api';
import { TextField } from './text-field';

export interface FieldContext {
  index: number;
  itemId: string;
  findings: Finding[];
  dispatch: (a: EditorAction) => void;
}

const errorOf = (ctx: FieldContext, field: string) => {
  const mine = ctx.findings.filter((f) => f.field === field);
  return mine.length ? mine.map((f) => f.message).join(' ') : undefined;
};

export function ItemText({
  ctx,
  path,
  field,
  label,
  value,
  multiline,
}: {
  ctx: FieldContext;
  path: Path;
  field: string;
  label: string;
  value: unknown;
  multiline?: boolean;
}) {
  const { dispatch, index } = ctx;
  const key = path.join('.');
  const onChange = useCallback(
    (v: string) => dispatch({ type: 'item', index, path: key.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), value: v }),
    [dispatch, index, key],
  );
  return (
    <TextField
      id={fieldDomId(ctx.itemId, field)}
      label={label}
      value={typeof value === 'string' ? value : ''}
      onChange={onChange}
      multiline={multiline}
      error={errorOf(ctx, field)}
      rows={2}
      content
    />
  );
}

/** The misconception a wrong answer targets; the findings about the whole part (a tag its words do not show) go here. */
export function Misconception({ ctx, path, field, value }: { ctx: FieldContext; path: Path; field: string; value: unknown }) {
  const t = useTranslations('editor.items');
  const id = useId();
  const error = errorOf(ctx, field);
  return (
    <div className={teacher.field}>
      <label htmlFor={fieldDomId(ctx.itemId, field)}>{t('misconception')}</label>
      <select
        id={fieldDomId(ctx.itemId, field)}
        value={typeof value === 'string' ? value : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-e` : undefined}
        onChange={(e) =>
          ctx.dispatch({ type: 'item', index: ctx.index, path: [...path, 'misconception'], value: e.target.value || undefined })
        }
      >
        <option value="">{t('noMisconception')}</option>
        {MISCONCEPTIONS.map((m) => (
          <option key={m} value={m}>
            {misconceptions[m].label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-e`} className={teacher.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
