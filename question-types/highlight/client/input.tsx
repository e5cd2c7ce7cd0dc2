'use client';
import { Fragment, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslations } from '#i18n/use-translations';
import type { ItemInputProps } from '../../client-define';
import { CONTENT_LANG } from '../../shared/client/content-lang';
import { chosenWords, moveTo, tabStop, toggled } from './roving';

// The passage is read once as a sentence (a paragraph a screen reader reads in its flow, and the toolbar's
// description when focus enters it), then worked word by word in one toolbar of toggle buttons: Tab enters it once,
// the arrow keys move, Space or Enter toggles, each button named by its word with its pressed state.
export function Highlight({ item, draft, setDraft, locked, labelId }: ItemInputProps<'highlight'>) {
  const t = useTranslations('items.player.highlight');
  const count = item.words.length;
  const chosen = chosenWords(draft?.words, count);
  // the word last focused, kept per item because the player reuses this component
  const [focused, setFocused] = useState<{ itemId: string; index: number } | null>(null);
  const active = tabStop(focused?.itemId === item.id ? focused.index : null, chosen, count);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const hintId = `${item.id}-hl-help`;
  const keysId = `${item.id}-hl-keys`;
  const textId = `${item.id}-hl-text`;

  const toggle = (index: number) => {
    if (!locked) setDraft({ type: 'highlight', words: toggled(chosen, index) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const to = moveTo(event.key, index, count, CONTENT_LANG.dir);
    if (to === null) return;
    event.preventDefault();
    setFocused({ itemId: item.id, index: to });
    buttons.current[to]?.focus();
  };

  return (
    <div className="hl">
      <p id={hintId} className="muted small">
        {t('hint')} {t('rule')}
      </p>
      <p id={keysId} className="muted small">
        {t('keys')}
      </p>
      <p id={textId} className="visually-hidden" {...CONTENT_LANG}>
        {item.words.join(' ')}
      </p>
      <div role="toolbar" aria-labelledby={labelId} aria-describedby={`${textId} ${keysId}`} className="hl-passage" {...CONTENT_LANG}>
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
              onFocus={() => setFocused({ itemId: item.id, index: i })}
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
          {t('count', { n: chosen.length })}
        </p>
        {locked ? null : (
          <button type="button" className="secondary" onClick={() => setDraft({ type: 'highlight', words: [] })}>
            {t('clear')}
          </button>
        )}
      </div>
    </div>
  );
}
