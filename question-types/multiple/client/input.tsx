'use client';
import { useTranslations } from '#i18n/use-translations';
import { seededShuffle } from '@/lib/quiz/shuffle';
import type { ItemInputProps } from '../../client-define';
import { CONTENT_LANG } from '../../shared/client/content-lang';

export function MultipleChoice({ item, draft, setDraft, locked, seed, labelId }: ItemInputProps<'multiple'>) {
  const options = item.shuffle ? seededShuffle(item.options, `${seed}:${item.id}`) : item.options;
  const t = useTranslations('items.player.multiple');
  const chosen = Array.isArray(draft?.choices) ? (draft.choices as string[]) : [];
  const toggle = (id: string) =>
    setDraft({ type: 'multiple', choices: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id] });
  return (
    <fieldset aria-labelledby={labelId} aria-describedby={`${item.id}-rule`} disabled={locked}>
      <legend className="visually-hidden">{t('legend')}</legend>
      <p id={`${item.id}-rule`} className="muted small">
        {t('rule')}
      </p>
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input type="checkbox" value={o.id} checked={chosen.includes(o.id)} onChange={() => toggle(o.id)} />
          <span {...CONTENT_LANG}>{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
