// "Words to know": glossary terms as disclosures a tap or Enter opens (a native <details>, so keyboards and screen
// readers get it for free; no hover-only tooltip). Takes the terms ready-made: the glossary data stays on the server
// (components/glossary/item-glossary.ts), out of the question page's JS.
import type { GlossaryTerm } from '@/content/glossary';

/** What a screen shows of a term: no id or match words (an id in the page could equal an item's part id). */
export type GlossaryEntry = Pick<GlossaryTerm, 'term' | 'definition' | 'sources'>;
import { useTranslations } from '#i18n/use-translations';
import { formatSources } from './format-sources';
import { en } from '@/components/quiz/rich-tags';

export function GlossaryList({ terms, id }: { terms: readonly GlossaryEntry[]; id: string }) {
  const t = useTranslations('glossary');
  if (terms.length === 0) return null;
  return (
    <aside className="glossary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="small">
        {t('title')}
      </h2>
      {terms.map((term) => (
        <details key={term.term}>
          <summary lang="en" dir="ltr">{term.term}</summary>
          <p lang="en" dir="ltr">{term.definition}</p>
          {term.sources?.length ? <p className="small muted">{t.rich('source', { list: formatSources(term.sources ?? []), en })}</p> : null}
        </details>
      ))}
    </aside>
  );
}
