import { useTranslations } from '#i18n/use-translations';
import type { Stimulus } from '@/content/schema';
import { formatSources } from '@/components/glossary/format-sources';
import { en } from './rich-tags';

export function Stimuli({ stimulus }: { stimulus: Stimulus[] }) {
  const t = useTranslations('quiz.stimulus');
  return (
    <>
      {stimulus.map((s, i) => (
        <aside key={i} className="stimulus" aria-label={`${t(s.kind)}: ${s.title}`}>
          <p className="label">{t(s.kind)}</p>
          <div lang="en" dir="ltr">
            <h2 className="small" style={{ margin: '0.25rem 0' }}>
              {s.title}
            </h2>
            {s.body.split(/\n{2,}/).map((para, j) => (
              <p key={j}>{para}</p>
            ))}
          </div>
          {s.sources?.length ? <p className="small muted">{t.rich('source', { list: formatSources(s.sources ?? []), en })}</p> : null}
        </aside>
      ))}
    </>
  );
}
