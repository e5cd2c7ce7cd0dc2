'use client';
import { Fragment, useRef, useState, type KeyboardEvent } from 'react';
import { HIGHLIGHT_RULE } from '../public';
import type { ItemInputProps } from '../../client-define';

// The draft's word indexes, cleaned: whole numbers inside the passage, no repeats, in passage order.
function chosenWords(words: unknown, count: number): number[] {
  if (!Array.isArray(words)) return [];
  const valid = words.filter((w): w is number => Number.isInteger(w) && w >= 0 && w < count);
  return [...new Set(valid)].sort((a, b) => a - b);
}

function countText(n: number): string {
  return n === 0 ? 'No words selected' : n === 1 ? '1 word selected' : `${n} words selected`;
}

export function Highlight({ item, draft, setDraft, locked, labelId }: ItemInputProps<'highlight'>) {
  const count = item.words.length;
  const chosen = chosenWords(draft?.words, count);
  // the one word in the tab order (roving tabindex); kept per item because the player reuses this component
  const [roving, setRoving] = useState({ itemId: item.id, index: chosen[0] ?? 0 });
  const active = roving.itemId === item.id && roving.index < count ? roving.index : (chosen[0] ?? 0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const helpId = `${item.id}-hl-help`;

  const focusWord = (index: number) => {
    const to = Math.max(0, Math.min(count - 1, index));
    setRoving({ itemId: item.id, index: to });
    buttons.current[to]?.focus();
  };
  const toggle = (index: number) => {
    if (locked) return;
    const words = chosen.includes(index) ? chosen.filter((w) => w !== index) : [...chosen, index].sort((a, b) => a - b);
    setDraft({ type: 'highlight', words });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: count - 1 };
    const to = moves[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    focusWord(to);
  };

  return (
    <div className="hl">
      <p id={helpId} className="muted small">
        Select every word of each phrase you find: tap or click a word to select it, and again to unselect it. With a
        keyboard, Tab into the passage, move with the Left and Right arrow keys (Home and End jump to the first and last
        word), and press Space or Enter to select. {HIGHLIGHT_RULE}
      </p>
      <div role="group" aria-labelledby={labelId} aria-describedby={helpId} className="hl-passage">
        {item.words.map((word, i) => (
          <Fragment key={i}>
            {i > 0 ? ' ' : null}
            <button
              type="button"
              className="hl-word"
              ref={(el) => {
                buttons.current[i] = el;
              }}
              aria-pressed={chosen.includes(i)}
              aria-disabled={locked || undefined}
              tabIndex={i === active ? 0 : -1}
              onFocus={() => setRoving({ itemId: item.id, index: i })}
              onClick={() => toggle(i)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {word}
            </button>
          </Fragment>
        ))}
      </div>
      <div className="hl-tools">
        <p aria-live="polite" className="hl-count">
          {countText(chosen.length)}
        </p>
        {locked ? null : (
          <button type="button" className="secondary" onClick={() => setDraft({ type: 'highlight', words: [] })}>
            Clear selection
          </button>
        )}
      </div>
    </div>
  );
}
