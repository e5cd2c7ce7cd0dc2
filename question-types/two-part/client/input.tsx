'use client';
import { useTranslations } from '#i18n/use-translations';
import { seededShuffle } from '@/lib/quiz/shuffle';
import type { ItemInputProps } from '../../client-define';
import { CONTENT_LANG, asContent } from '../../shared/client/content-lang';

type Options = Array<{ id: string; text: string }>;

// Part A (the answer) and part B (the reason), each a group of radios; one draft holds both choices.
export function TwoPartChoice({ item, draft, setDraft, locked, seed, labelId }: ItemInputProps<'two-part'>) {
  const t = useTranslations('items.player.twoPart');
  const order = (options: Options, part: string) => (item.shuffle ? seededShuffle(options, `${seed}:${item.id}:${part}`) : options);
  const answer = typeof draft?.answer === 'string' ? draft.answer : undefined;
  const reason = typeof draft?.reason === 'string' ? draft.reason : undefined;
  const set = (next: { answer?: string | undefined; reason?: string | undefined }) =>
    setDraft({ type: 'two-part', answer, reason, ...next });
  const group = (part: 'a' | 'b', options: Options, chosen: string | undefined, pick: (id: string) => void) =>
    options.map((o) => (
      <label key={o.id} className="choice">
        <input type="radio" name={`${item.id}-${part}`} value={o.id} checked={chosen === o.id} onChange={() => pick(o.id)} />
        <span {...CONTENT_LANG}>{o.text}</span>
      </label>
    ));
  return (
    <>
      <fieldset aria-labelledby={labelId} disabled={locked}>
        <legend className="visually-hidden">{t('partA')}</legend>
        {group('a', order(item.partA.options, 'a'), answer, (id) => set({ answer: id }))}
      </fieldset>
      <fieldset aria-labelledby={`${labelId}-b`} disabled={locked}>
        <legend id={`${labelId}-b`}>
          {t.rich('partB', { prompt: item.partB.prompt, c: asContent })}
        </legend>
        {group('b', order(item.partB.options, 'b'), reason, (id) => set({ reason: id }))}
      </fieldset>
    </>
  );
}
