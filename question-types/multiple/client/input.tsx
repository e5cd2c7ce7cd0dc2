'use client';
import { PARTIAL_CREDIT_RULE } from '../public';
import { seededShuffle } from '@/lib/quiz/shuffle';
import type { ItemInputProps } from '../../client-define';

export function MultipleChoice({ item, draft, setDraft, locked, seed, labelId }: ItemInputProps<'multiple'>) {
  const options = item.shuffle ? seededShuffle(item.options, `${seed}:${item.id}`) : item.options;
  const chosen = Array.isArray(draft?.choices) ? (draft.choices as string[]) : [];
  const toggle = (id: string) =>
    setDraft({ type: 'multiple', choices: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id] });
  return (
    <fieldset aria-labelledby={labelId} aria-describedby={`${item.id}-rule`} disabled={locked}>
      <legend className="visually-hidden">Select all that apply</legend>
      <p id={`${item.id}-rule`} className="muted small">
        Select all that apply. {PARTIAL_CREDIT_RULE}
      </p>
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input type="checkbox" value={o.id} checked={chosen.includes(o.id)} onChange={() => toggle(o.id)} />
          <span>{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
