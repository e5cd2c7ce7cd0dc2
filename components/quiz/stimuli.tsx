import type { Stimulus } from '@/content/schema';
import { formatSources } from '@/components/glossary/format-sources';

const LABELS: Record<Stimulus['kind'], string> = {
  'image-description': 'Illustration for practice: a described image, not a real photo',
  simulation: 'Practice simulation: not real search results',
  'outside-fact': 'Outside fact, from other reporting',
  quote: 'Quote',
};

export function Stimuli({ stimulus }: { stimulus: Stimulus[] }) {
  return (
    <>
      {stimulus.map((s, i) => (
        <aside key={i} className="stimulus" aria-label={`${LABELS[s.kind]}: ${s.title}`}>
          <p className="label">{LABELS[s.kind]}</p>
          <h2 className="small" style={{ margin: '0.25rem 0' }}>
            {s.title}
          </h2>
          {s.body.split(/\n{2,}/).map((para, j) => (
            <p key={j}>{para}</p>
          ))}
          {s.sources?.length ? (
            <p className="small muted">
              Source: {formatSources(s.sources)}
            </p>
          ) : null}
        </aside>
      ))}
    </>
  );
}
