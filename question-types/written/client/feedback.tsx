'use client';
import { useState, type FormEvent } from 'react';
import type { FeedbackProps } from '../../client-define';

type Status = 'idle' | 'saving' | 'sent' | 'error';
interface Local {
  itemId: string;
  choice: number | null;
  status: Status;
  error: string;
}

export function WrittenFeedback({ feedback, resubmit }: FeedbackProps<'written'>) {
  const rubric = [...feedback.rubric].sort((a, b) => a.level - b.level);
  const labelOf = (level: number | null) => rubric.find((r) => r.level === level)?.label ?? null;
  // kept per item: the player reuses this component when two written items follow each other
  const fresh: Local = { itemId: feedback.itemId, choice: feedback.selfRating, status: 'idle', error: '' };
  const [stored, setStored] = useState<Local>(fresh);
  const local = stored.itemId === feedback.itemId ? stored : fresh;
  const update = (patch: Partial<Local>) =>
    setStored((prev) => ({ ...(prev.itemId === fresh.itemId ? prev : fresh), ...patch }));
  const saved = labelOf(feedback.selfRating);
  // a sent rating shows as saved only once the server's feedback carries it (the send may wait for a connection)
  const waiting = local.status === 'sent' && local.choice !== feedback.selfRating;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!resubmit || local.status === 'saving') return;
    if (local.choice === null) return update({ status: 'error', error: 'Choose the level that fits your answer first.' });
    update({ status: 'saving', error: '' });
    try {
      await resubmit({ type: 'written', text: feedback.text, selfRating: local.choice });
      update({ status: 'sent' });
    } catch (err) {
      update({ status: 'error', error: err instanceof Error ? err.message : 'Your rating could not be saved. Try again.' });
    }
  }

  return (
    <>
      <h3>Your answer</h3>
      <blockquote className="statement written-text">{feedback.text}</blockquote>
      <h3>A model answer</h3>
      <blockquote className="statement written-text">{feedback.modelAnswer}</blockquote>
      <h3>The rubric</h3>
      <ul>
        {rubric.map((r) => (
          <li key={r.level}>
            <strong>
              Level {r.level}: {r.label}
            </strong>
            <br />
            {r.description}
          </li>
        ))}
      </ul>
      {resubmit ? (
        <form onSubmit={(e) => void save(e)} className="written-rate">
          <fieldset>
            <legend>How does your answer compare?</legend>
            {rubric.map((r) => (
              <label key={r.level} className="choice">
                <input
                  type="radio"
                  name={`${feedback.itemId}-rating`}
                  value={r.level}
                  checked={local.choice === r.level}
                  onChange={() => update({ choice: r.level, status: 'idle', error: '' })}
                />
                <span>
                  <strong>
                    Level {r.level}: {r.label}
                  </strong>
                  <small>{r.description}</small>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" aria-describedby={`${feedback.itemId}-rating-error`}>
              {local.status === 'saving' ? 'Saving…' : 'Save my rating'}
            </button>
          </div>
          <p role="status" className="written-saved">
            {local.status === 'saving' ? 'Saving your rating…' : saved ? `Your rating is saved: ${saved}` : ''}
          </p>
          <p id={`${feedback.itemId}-rating-error`} role="alert" className="error">
            {local.status === 'error' ? local.error : waiting ? 'Sending your rating…' : ''}
          </p>
        </form>
      ) : (
        <p>
          <strong>Self-rating:</strong> {saved ?? 'Not rated yet.'}
        </p>
      )}
    </>
  );
}
