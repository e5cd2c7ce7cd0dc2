'use client';
import { useTranslations } from '#i18n/use-translations';
import { seededShuffle } from '@/lib/quiz/shuffle';
import type { ItemInputProps } from '../../client-define';
import { CONTENT_LANG } from '../../shared/client/content-lang';

export function SingleChoice({ item, draft, setDraft, locked, seed, labelId }: ItemInputProps<'single'>) {
  const options = item.shuffle ? seededShuffle(item.options, `${seed}:${item.id}`) : item.options;
  const t = useTranslations('items.player.single');
  const chosen = typeof draft?.choice === 'string' ? draft.choice : undefined;
  return (
    <fieldset aria-labelledby={labelId} disabled={locked}>
      <legend className="visually-hidden">{t('legend')}</legend>
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input
            type="radio"
            name={`${item.id}-choice`}
            value={o.id}
            checked={chosen === o.id}
            onChange={() => setDraft({ type: 'single', choice: o.id })}
          />
          <span {...CONTENT_LANG}>{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
