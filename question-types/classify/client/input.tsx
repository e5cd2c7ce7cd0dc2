'use client';
import { STATUSES } from '@/content/words';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import type { ItemInputProps } from '../../client-define';

export function Classify({ item, draft, setDraft, locked, labelId }: ItemInputProps<'classify'>) {
  const chosen = typeof draft?.status === 'string' ? draft.status : undefined;
  return (
    <>
      <blockquote className="statement">{item.statement}</blockquote>
      <fieldset aria-labelledby={labelId} disabled={locked}>
        <legend className="visually-hidden">Choose the status of this statement</legend>
        {STATUSES.map((status) => (
          <label key={status} className="choice">
            <input
              type="radio"
              name={`${item.id}-status`}
              value={status}
              checked={chosen === status}
              onChange={() => setDraft({ type: 'classify', status })}
            />
            <span>
              <strong>{STATUS_LABELS[status].label}</strong>
              <small>{STATUS_LABELS[status].definition}</small>
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
