import type { QuizSummary } from '@/lib/quiz/summary';
import type { PublicItem } from '@/lib/quiz/public';
import { CONFIDENCE_LABELS, MISCONCEPTION_LABELS, STATUS_LABELS } from '@/lib/quiz/vocabulary';

const article = (label: string) => (/^[AEIOU]/i.test(label) ? 'an' : 'a');

function ItemLinks({ ids, prompts }: { ids: string[]; prompts: Map<string, PublicItem> }) {
  return (
    <ul className="small">
      {ids.map((id) => (
        <li key={id}>
          <a href={`#review-${id}`}>{prompts.get(id)?.prompt ?? id}</a>
        </li>
      ))}
    </ul>
  );
}

export function SummaryView({ summary, items }: { summary: QuizSummary; items: Map<string, PublicItem> }) {
  return (
    <>
      <h2>What you misjudged</h2>
      {summary.misjudged.length === 0 ? (
        <p>You classified every statement you answered the way a careful fact-checker would.</p>
      ) : (
        <ul>
          {summary.misjudged.map((m) => {
            const expected = STATUS_LABELS[m.expected].label.toLowerCase();
            const chosen = STATUS_LABELS[m.chosen].label.toLowerCase();
            return (
              <li key={`${m.expected}-${m.chosen}`}>
                <strong>
                  {article(expected).replace(/^a/, 'A')} {expected} taken as {article(chosen)} {chosen}
                </strong>{' '}
                ({m.items.length} {m.items.length === 1 ? 'time' : 'times'})
                <ItemLinks ids={m.items} prompts={items} />
              </li>
            );
          })}
        </ul>
      )}
      <h2>Traps that caught you</h2>
      {summary.misconceptions.length === 0 ? (
        <p>None of the common traps caught you in the questions you answered.</p>
      ) : (
        <ul>
          {summary.misconceptions.map((m) => (
            <li key={m.id}>
              <strong>{MISCONCEPTION_LABELS[m.id].label}</strong> ({m.items.length}{' '}
              {m.items.length === 1 ? 'question' : 'questions'})
              <br />
              {MISCONCEPTION_LABELS[m.id].explain}
              <ItemLinks ids={m.items} prompts={items} />
            </li>
          ))}
        </ul>
      )}
      {summary.calibration.length > 0 ? (
        <>
          <h2>How well your confidence matched</h2>
          <ul>
            {summary.calibration.map((c) => (
              <li key={c.confidence}>
                When you said <strong>{CONFIDENCE_LABELS[c.confidence].toLowerCase()}</strong>, you were fully right{' '}
                {c.correct} of {c.answered} times ({Math.round((100 * c.correct) / c.answered)}%).
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
