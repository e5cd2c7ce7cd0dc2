// "Words to know": each glossary term found in the texts on this screen, as a disclosure a tap or Enter opens
// (a native <details>, so keyboards and screen readers get it for free; no hover-only tooltip).
import { termsIn } from '@/content/glossary';
import { formatSources } from './format-sources';

export function Glossary({ texts, id }: { texts: readonly string[]; id: string }) {
  const terms = termsIn(texts);
  if (terms.length === 0) return null;
  return (
    <aside className="glossary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="small">
        Words to know
      </h2>
      {terms.map((t) => (
        <details key={t.id}>
          <summary>{t.term}</summary>
          <p>{t.definition}</p>
          {t.sources?.length ? <p className="small muted">Source: {formatSources(t.sources)}</p> : null}
        </details>
      ))}
    </aside>
  );
}
