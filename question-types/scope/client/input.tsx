'use client';
import { useTranslations } from '#i18n/use-translations';
import { seededShuffle } from '@/lib/quiz/shuffle';
import type { ItemInputProps } from '../../client-define';
import { CONTENT_LANG } from '../../shared/client/content-lang';

// Only true/false judgements for known statements survive from the stored draft.
function knownJudgements(judgements: unknown, ids: string[]): Record<string, boolean> {
  if (typeof judgements !== 'object' || judgements === null || Array.isArray(judgements)) return {};
  const out: Record<string, boolean> = {};
  for (const id of ids) {
    const value: unknown = (judgements as Record<string, unknown>)[id];
    if (typeof value === 'boolean') out[id] = value;
  }
  return out;
}

const CHOICES = [
  { value: true, label: 'proves' },
  { value: false, label: 'notProves' },
] as const;

export function Scope({ item, draft, setDraft, locked, seed, labelId }: ItemInputProps<'scope'>) {
  const t = useTranslations('items.player.scope');
  const statements = item.shuffle ? seededShuffle(item.statements, `${seed}:${item.id}`) : item.statements;
  const judgements = knownJudgements(
    draft?.judgements,
    item.statements.map((s) => s.id),
  );
  return (
    <div role="group" aria-labelledby={labelId} className="scope">
      <p className="scope-finding-label">{t('finding')}</p>
      <blockquote className="statement" {...CONTENT_LANG}>
        {item.finding}
      </blockquote>
      <p className="muted small">{t('hint')}</p>
      {statements.map((s) => (
        <fieldset key={s.id} className="scope-statement" disabled={locked}>
          <legend {...CONTENT_LANG}>{s.text}</legend>
          <div className="inline-choices">
            {CHOICES.map((c) => (
              <label key={c.label} className="choice">
                <input
                  type="radio"
                  name={`${item.id}-${s.id}`}
                  value={String(c.value)}
                  checked={judgements[s.id] === c.value}
                  onChange={() => setDraft({ type: 'scope', judgements: { ...judgements, [s.id]: c.value } })}
                />
                <span>{t(c.label)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
