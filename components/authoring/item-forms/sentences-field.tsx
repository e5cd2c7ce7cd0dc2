'use client';
// The article sentences an item cites, typed as their ids ("p1-s1 p7-s1", as each sentence's heading shows).
// The text is the teacher's own while typing (a trailing space or a half-typed id stays); the ids go to the state.
import { useState } from 'react';
import { fieldDomId } from '../api';
import type { FieldContext } from '../item-field';
import { TextField } from '../text-field';
import { ids } from './parts';

export const sentenceIdsOf = (text: string) => [...new Set(text.split(/[\s,]+/).filter(Boolean))];

export function SentencesField({ ctx, value }: { ctx: FieldContext; value: unknown }) {
  const current = ids(value);
  const [text, setText] = useState(current.join(' '));
  // the state changed elsewhere (a merge or split renamed the ids): show it
  const shown = sentenceIdsOf(text).join(' ') === current.join(' ') ? text : current.join(' ');
  const mine = ctx.findings.filter((f) => f.field === 'sentences' || f.field?.startsWith('sentences.'));
  return (
    <TextField
      id={fieldDomId(ctx.itemId, 'sentences')}
      label="Article sentences it is about (ids, separated by spaces)"
      value={shown}
      onChange={(v) => {
        setText(v);
        ctx.dispatch({ type: 'item', index: ctx.index, path: ['sentences'], value: sentenceIdsOf(v) });
      }}
      error={mine.length ? mine.map((f) => f.message).join(' ') : undefined}
    />
  );
}
