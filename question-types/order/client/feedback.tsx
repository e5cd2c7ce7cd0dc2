import type { FeedbackProps } from '../../client-define';

const ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
/** 1 → "1st", 2 → "2nd", 11 → "11th". */
export function ordinal(n: number): string {
  return `${n}${SUFFIX[ORDINAL.select(n)] ?? 'th'}`;
}

/** Where the student put a step against where it goes, in words (never by colour or mark alone). */
export function placeNote(yours: number, right: number): string {
  if (yours < 1) return `You did not place it; it goes ${ordinal(right)}.`;
  return yours === right ? `You put it ${ordinal(yours)}: the right place.` : `You put it ${ordinal(yours)}; it goes ${ordinal(right)}.`;
}

export function OrderFeedback({ item, feedback }: FeedbackProps<'order'>) {
  const text = (id: string) => item.steps.find((s) => s.id === id)?.text ?? id;
  const note = (id: string) => feedback.steps.find((s) => s.id === id)?.feedback ?? '';
  return (
    <>
      <h3>The right order</h3>
      <ol className="order-review">
        {feedback.key.map((id, i) => {
          const at = feedback.order.indexOf(id) + 1;
          const right = at === i + 1;
          return (
            <li key={id}>
              <strong>{text(id)}</strong>{' '}
              <span className={`tag ${right ? 'good' : 'neutral'}`}>
                <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                {placeNote(at, i + 1)}
              </span>
              <br />
              {note(id)}
            </li>
          );
        })}
      </ol>
    </>
  );
}
