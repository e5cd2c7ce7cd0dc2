'use client';
import type { ItemInputProps } from '../../client-define';

// Announced only when a threshold is crossed, not on every key press.
function limitWarning(remaining: number, max: number): string {
  if (remaining <= 0) return `You have reached the limit of ${max} characters.`;
  if (remaining <= 50) return 'Fewer than 50 characters left.';
  if (remaining <= 100) return 'Fewer than 100 characters left.';
  return '';
}

export function Written({ item, draft, setDraft, locked, labelId }: ItemInputProps<'written'>) {
  const text = typeof draft?.text === 'string' ? draft.text : '';
  const id = `${item.id}-written`;
  const remaining = item.maxLength - text.length;
  const labels = [...item.rubric].sort((a, b) => a.level - b.level).map((r) => r.label);
  return (
    <div role="group" aria-labelledby={labelId} className="written">
      <label htmlFor={id} className="written-label">
        Your answer (two sentences)
      </label>
      <p id={`${id}-rubric`} className="muted small">
        You will rate your answer against: {labels.join('; ')}.
      </p>
      <textarea
        id={id}
        className="written-input"
        value={text}
        rows={5}
        maxLength={item.maxLength}
        readOnly={locked}
        aria-describedby={`${id}-count ${id}-rubric`}
        onChange={(e) => setDraft({ type: 'written', text: e.target.value })}
      />
      <p id={`${id}-count`} className="written-count muted small">
        {text.length} of {item.maxLength} characters
      </p>
      <p aria-live="polite" className="visually-hidden">
        {locked ? '' : limitWarning(remaining, item.maxLength)}
      </p>
    </div>
  );
}
