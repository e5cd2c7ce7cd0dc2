'use client';
// A text field for a value that is not text (a list of sentence ids, a number): the teacher's own text stays while
// they type (a trailing space, "0."), the parsed value goes to the state; when the state changes elsewhere (a merge
// renamed the ids) the field shows the new value.
import { useTranslations } from '#i18n/use-translations';
import { useState } from 'react';
import type { Path } from '@/lib/authoring/editor/reducer';
import { fieldDomId } from '../api';
import type { FieldContext } from '../item-field';
import { TextField } from '../text-field';

interface Props {
  ctx: FieldContext;
  path: Path;
  field: string; // the findings about this field, or any part of it ("sentences.2"), show under it
  label: string;
  hint?: string;
  value: unknown;
  parse: (text: string) => unknown;
  format: (value: unknown) => string;
}

export function ParsedField({ ctx, path, field, label, hint, value, parse, format }: Props) {
  const [text, setText] = useState(() => format(value));
  const shown = format(parse(text)) === format(value) ? text : format(value);
  const mine = ctx.findings.filter((f) => f.field === field || f.field?.startsWith(`${field}.`));
  return (
    <TextField
      id={fieldDomId(ctx.itemId, field)}
      label={label}
      hint={hint}
      value={shown}
      onChange={(v) => {
        setText(v);
        ctx.dispatch({ type: 'item', index: ctx.index, path, value: parse(v) });
      }}
      error={mine.length ? mine.map((f) => f.message).join(' ') : undefined}
    />
  );
}

/** A number, or nothing when blank (the key is then dropped); text that is no number is kept for the checks to name. */
export const parseNumber = (text: string): unknown => {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
};
export const formatValue = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The share of the point a defensible alternative earns (single choice and classify options). */
export function CreditField({ ctx, path, field, value }: { ctx: FieldContext; path: Array<string | number>; field: string; value: unknown }) {
  const t = useTranslations('editor.forms');
  return (
    <ParsedField
      ctx={ctx}
      path={path}
      field={field}
      label={t('credit')}
      value={value}
      parse={parseNumber}
      format={formatValue}
    />
  );
}
