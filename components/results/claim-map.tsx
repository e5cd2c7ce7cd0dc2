import type { Quiz, Status } from '@/content/schema';
import { formatSources } from '@/components/glossary/format-sources';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';

export function ClaimMap({ map, chosen }: { map: Quiz['claimMap']; chosen: Record<string, Status | undefined> }) {
  if (map.length === 0) return null;
  return (
    <section aria-labelledby="claim-map-heading">
      <h2 id="claim-map-heading">Who claims what</h2>
      <p className="muted small">
        Each party in the article, what it claims, the status a careful fact-checker gives it, and what would settle it.
        Where you classified the same claim, your answer is beside it.
      </p>
      {map.map((party) => (
        <div key={party.party} className="card">
          <h3>{party.party}</h3>
          <ul>
            {party.claims.map((claim, i) => {
              const mine = claim.item ? chosen[claim.item] : undefined;
              return (
                <li key={i}>
                  <strong>{claim.text}</strong>
                  <br />
                  Status: {STATUS_LABELS[claim.status].label}
                  {mine ? (
                    <>
                      {' '}
                      · You said: {STATUS_LABELS[mine].label}{' '}
                      <span className={`tag ${mine === claim.status ? 'good' : 'bad'}`}>
                        {mine === claim.status ? 'matches' : 'differs'}
                      </span>
                    </>
                  ) : null}
                  <br />
                  <span className="small">What would settle it: {claim.settle}</span>
                  {claim.sources?.length ? (
                    <>
                      <br />
                      <span className="small muted">Source: {formatSources(claim.sources)}</span>
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
