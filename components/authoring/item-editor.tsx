'use client';
// One drafted item in plain forms: prompt, the type's own parts (options with the key and feedback for each,
// statements, targets and decoys), explanation; its findings listed first with links to the fields they are about.
import { memo } from 'react';
import { STATUSES, type Status } from '@/content/words';
import vocabulary from '@/content/vocabulary.json';
import teacher from '@/components/teacher/teacher.module.css';
import type { EditorAction } from '@/lib/authoring/editor/reducer';
import type { DraftStateItem } from '@/lib/authoring/editor/state';
import { fieldDomId, type Finding } from './api';
import styles from './editor.module.css';
import { ItemText, Misconception, type FieldContext } from './item-field';

type Part = { id: string; text?: string; feedback?: string; misconception?: string; proves?: boolean; kind?: string };
const KIND_LABEL: Record<DraftStateItem['kind'], string> = {
  classify: 'Sort the statement',
  source: 'Who is the source?',
  highlight: 'Highlight the words',
  scope: 'What the finding proves',
  compare: 'Compare the figures',
  'two-part': 'Answer and evidence',
};
const parts = (x: unknown): Part[] => (Array.isArray(x) ? (x as Part[]) : []);

function Findings({ itemId, findings }: { itemId: string; findings: Finding[] }) {
  if (findings.length === 0) return <p className={styles.ok}>No findings.</p>;
  return (
    <ul className={styles.findings} aria-label="Findings for this item">
      {findings.map((f, i) => (
        <li key={i}>
          {f.field ? <a href={`#${fieldDomId(itemId, f.field.replace(/\.misconception$/, ''))}`}>{f.field}</a> : 'Item'}: {f.message}
        </li>
      ))}
    </ul>
  );
}

function Choices({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  return (
    <fieldset className={styles.part}>
      <legend>Options (choose the answer)</legend>
      {parts(item.options).map((o, i) => (
        <div key={o.id} className={styles.part}>
          <label className={teacher.choice}>
            <input
              type="radio"
              name={`key-${ctx.itemId}`}
              checked={item.key === o.id}
              onChange={() => ctx.dispatch({ type: 'item', index: ctx.index, path: ['key'], value: o.id })}
            />
            Option {o.id.toUpperCase()} is the answer
          </label>
          <ItemText
            ctx={ctx}
            path={['options', i, 'text']}
            field={`options.${o.id}.text`}
            label={`Option ${o.id.toUpperCase()}`}
            value={o.text}
          />
          <ItemText
            ctx={ctx}
            path={['options', i, 'feedback']}
            field={`options.${o.id}.feedback`}
            label={`Feedback for option ${o.id.toUpperCase()}`}
            value={o.feedback}
            multiline
          />
          {item.key === o.id ? null : <Misconception ctx={ctx} path={['options', i]} field={`options.${o.id}`} value={o.misconception} />}
        </div>
      ))}
    </fieldset>
  );
}

function Classify({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  const label = (s: string) => vocabulary.statuses[s as Status]?.label ?? s;
  return (
    <>
      <ItemText ctx={ctx} path={['statement']} field="statement" label="Statement" value={item.statement} multiline />
      <div className={teacher.field}>
        <label htmlFor={fieldDomId(ctx.itemId, 'key')}>Answer</label>
        <select
          id={fieldDomId(ctx.itemId, 'key')}
          value={String(item.key ?? '')}
          onChange={(e) => ctx.dispatch({ type: 'item', index: ctx.index, path: ['key'], value: e.target.value })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
      </div>
      {parts(item.options).map((o, i) => (
        <div key={o.id} className={styles.part}>
          <ItemText
            ctx={ctx}
            path={['options', i, 'feedback']}
            field={`options.${o.id}.feedback`}
            label={`Feedback for “${label(o.id)}”`}
            value={o.feedback}
            multiline
          />
          {item.key === o.id ? null : <Misconception ctx={ctx} path={['options', i]} field={`options.${o.id}`} value={o.misconception} />}
        </div>
      ))}
    </>
  );
}

function Highlight({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  return (
    <>
      <p>
        <strong>Passage:</strong> {String(item.passage ?? '')}
      </p>
      {(['targets', 'decoys'] as const).map((list) =>
        parts(item[list]).map((t, i) => (
          <div key={`${list}-${t.id}`} className={styles.part}>
            <ItemText
              ctx={ctx}
              path={[list, i, 'text']}
              field={`${list}.${t.id}.text`}
              label={list === 'targets' ? `Words to find ${i + 1} (${t.kind})` : `Tempting words ${i + 1}`}
              value={t.text}
            />
            <ItemText
              ctx={ctx}
              path={[list, i, 'feedback']}
              field={`${list}.${t.id}.feedback`}
              label="Feedback"
              value={t.feedback}
              multiline
            />
            {list === 'decoys' ? <Misconception ctx={ctx} path={[list, i]} field={`${list}.${t.id}`} value={t.misconception} /> : null}
          </div>
        )),
      )}
      <ItemText
        ctx={ctx}
        path={['otherFeedback']}
        field="otherFeedback"
        label="Feedback for any other word"
        value={item.otherFeedback}
        multiline
      />
    </>
  );
}

function Scope({ ctx, item }: { ctx: FieldContext; item: Record<string, unknown> }) {
  return (
    <>
      <ItemText ctx={ctx} path={['finding']} field="finding" label="Finding" value={item.finding} multiline />
      {parts(item.statements).map((s, i) => (
        <div key={s.id} className={styles.part}>
          <ItemText
            ctx={ctx}
            path={['statements', i, 'text']}
            field={`statements.${s.id}.text`}
            label={`Statement ${i + 1}`}
            value={s.text}
            multiline
          />
          <label className={teacher.choice}>
            <input
              type="checkbox"
              checked={s.proves === true}
              onChange={(e) => ctx.dispatch({ type: 'item', index: ctx.index, path: ['statements', i, 'proves'], value: e.target.checked })}
            />
            The finding proves this
          </label>
          <ItemText
            ctx={ctx}
            path={['statements', i, 'feedback']}
            field={`statements.${s.id}.feedback`}
            label="Feedback"
            value={s.feedback}
            multiline
          />
          <Misconception ctx={ctx} path={['statements', i]} field={`statements.${s.id}`} value={s.misconception} />
        </div>
      ))}
    </>
  );
}

interface Props {
  index: number;
  draft: DraftStateItem;
  findings: Finding[];
  dispatch: (a: EditorAction) => void;
}

export const ItemEditor = memo(function ItemEditor({ index, draft, findings, dispatch }: Props) {
  const item = draft.item;
  const itemId = typeof item.id === 'string' ? item.id : `item-${index}`;
  const ctx: FieldContext = { index, itemId, findings, dispatch };
  const type = item.type;
  return (
    <fieldset className={styles.item} data-item={itemId} aria-describedby={undefined}>
      <legend>
        Item {index + 1}: {KIND_LABEL[draft.kind]}
      </legend>
      <Findings itemId={itemId} findings={findings} />
      <ItemText ctx={ctx} path={['prompt']} field="prompt" label="Prompt" value={item.prompt} multiline />
      {type === 'single' ? <Choices ctx={ctx} item={item} /> : null}
      {type === 'classify' ? <Classify ctx={ctx} item={item} /> : null}
      {type === 'highlight' ? <Highlight ctx={ctx} item={item} /> : null}
      {type === 'scope' ? <Scope ctx={ctx} item={item} /> : null}
      <ItemText
        ctx={ctx}
        path={['explanation']}
        field="explanation"
        label="Explanation (shown after answering)"
        value={item.explanation}
        multiline
      />
      <button type="button" className={styles.secondary} onClick={() => dispatch({ type: 'removeItem', index })}>
        Remove item {index + 1}
      </button>
    </fieldset>
  );
});
