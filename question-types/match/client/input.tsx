'use client';
import { useTranslations } from '#i18n/use-translations';
import { seededShuffle } from '@/lib/quiz/shuffle';
import type { ItemInputProps } from '../../client-define';
import { CONTENT_LANG } from '../../shared/client/content-lang';

// Only pairs for known claims and known parties survive from the stored draft.
function knownPairs(pairs: unknown, claimIds: string[], partyIds: string[]): Record<string, string> {
  if (typeof pairs !== 'object' || pairs === null || Array.isArray(pairs)) return {};
  const out: Record<string, string> = {};
  for (const id of claimIds) {
    const party: unknown = (pairs as Record<string, unknown>)[id];
    if (typeof party === 'string' && partyIds.includes(party)) out[id] = party;
  }
  return out;
}

export function Match({ item, draft, setDraft, locked, seed, labelId }: ItemInputProps<'match'>) {
  const t = useTranslations('items.player.match');
  const claims = item.shuffle ? seededShuffle(item.claims, `${seed}:${item.id}`) : item.claims;
  const parties = item.shuffle ? seededShuffle(item.parties, `${seed}:${item.id}`) : item.parties;
  const pairs = knownPairs(
    draft?.pairs,
    item.claims.map((c) => c.id),
    item.parties.map((p) => p.id),
  );
  const choose = (claimId: string, partyId: string) => {
    const next = { ...pairs };
    if (partyId) next[claimId] = partyId;
    else delete next[claimId];
    setDraft({ type: 'match', pairs: next });
  };
  return (
    <fieldset aria-labelledby={labelId} disabled={locked} className="match">
      <legend className="visually-hidden">{t('legend')}</legend>
      <ol className="match-list">
        {claims.map((c) => {
          const id = `${item.id}-match-${c.id}`;
          return (
            <li key={c.id} className="match-row">
              <label htmlFor={id} className="match-claim" {...CONTENT_LANG}>
                {c.text}
              </label>
              <select id={id} value={pairs[c.id] ?? ''} onChange={(e) => choose(c.id, e.target.value)}>
                <option value="">{t('choose')}</option>
                {parties.map((p) => (
                  <option key={p.id} value={p.id} {...CONTENT_LANG}>
                    {p.name}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
