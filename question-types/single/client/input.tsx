'use client';
import { seededShuffle } from '@/lib/quiz/shuffle';
import type { ItemInputProps } from '../../client-define';

export function SingleChoice({ item, draft, setDraft, locked, seed, labelId }: ItemInputProps<'single'>) {
  const options = item.shuffle ? seededShuffle(item.options, `${seed}:${item.id}`) : item.options;
  const chosen = typeof draft?.choice === 'string' ? draft.choice : undefined;
  return (
    <fieldset aria-labelledby={labelId} disabled={locked}>
      <legend className="visually-hidden">Choose one answer</legend>
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input
            type="radio"
            name={`${item.id}-choice`}
            value={o.id}
            checked={chosen === o.id}
            onChange={() => setDraft({ type: 'single', choice: o.id })}
          />
          <span>{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
