import { useTranslations } from '#i18n/use-translations';
import type { Quiz, Status } from '@/content/schema';
import { formatSources } from '@/components/glossary/format-sources';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { en } from '@/components/quiz/rich-tags';

export function ClaimMap({ map, chosen }: { map: Quiz['claimMap']; chosen: Record<string, Status | undefined> }) {
  const t = useTranslations('results.claimMap');
  if (map.length === 0) return null;

  return (
    <section aria-labelledby="claim-map-heading">
      <h2 id="claim-map-heading">{t('title')}</h2>
      <p className="muted small">{t('intro')}</p>
      {map.map((party) => (
        <div key={party.party} className="card">
          <h3 lang="en" dir="ltr">{party.party}</h3>
          <ul>
            {party.claims.map((claim, i) => {
              const mine = claim.item ? chosen[claim.item] : undefined;
              return (
                <li key={i}>
                  <strong lang="en" dir="ltr">{claim.text}</strong>
                  <br />
                  {t.rich('status', { status: STATUS_LABELS[claim.status].label, en })}
                  {mine ? (
                    <>
                      {' · '}
                      {t.rich('youSaid', { status: STATUS_LABELS[mine].label, en })}{' '}
                      <span className={`tag ${mine === claim.status ? 'good' : 'bad'}`}>
                        {mine === claim.status ? t('matches') : t('differs')}
                      </span>
                    </>
                  ) : null}
                  <br />
                  <span className="small">{t.rich('settle', { how: claim.settle, en })}</span>
                  {claim.sources?.length ? (
                    <>
                      <br />
                      <span className="small muted">{t.rich('source', { list: formatSources(claim.sources ?? []), en })}</span>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
