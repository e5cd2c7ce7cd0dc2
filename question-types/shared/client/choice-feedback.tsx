import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { formatItemPoints } from '@/lib/quiz/points';
import type { ChoiceFeedback as OptionFeedback } from '../feedback';
import { RightAnswerTag, YourAnswerTag } from './answer-tags';

function Tags({ isKey, chosen, credit }: { isKey: boolean; chosen: boolean; credit?: number }) {
  return (
    <>
      {chosen ? <YourAnswerTag verdict={isKey ? 'right' : credit ? 'part' : 'wrong'} /> : null}{' '}
      {isKey && !chosen ? <RightAnswerTag /> : null}
      {credit ? <span className="tag part">Also fair: {formatItemPoints(credit)} point</span> : null}
    </>
  );
}

// Any type whose feedback is a list of options (single, multiple, classify): every option with its feedback. Typed
// by shape, not by type name, so a new choice-like type uses it as it is. An item without options of its own is
// answered with the status words (classify), which are labelled from the vocabulary.
export function ChoiceFeedback({
  item,
  feedback,
}: {
  item: { type: string; options?: Array<{ id: string; text: string }> };
  feedback: { options: Array<OptionFeedback & { id: string }> };
}) {
  const label = (id: string) =>
    item.options ? (item.options.find((o) => o.id === id)?.text ?? id) : (STATUS_LABELS[id as keyof typeof STATUS_LABELS]?.label ?? id);
  // the chosen and right options open the feedback; why the others are not right is one tap away
  const first = feedback.options.filter((o) => o.chosen || o.isKey);
  const rest = feedback.options.filter((o) => !o.chosen && !o.isKey);
  const list = (options: typeof first) => (
    <ul>
      {options.map((o) => (
        <li key={o.id}>
          <strong>{label(o.id)}</strong> <Tags isKey={o.isKey} chosen={o.chosen} credit={o.credit} />
          <br />
          {o.feedback}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {list(first)}
      {rest.length > 0 ? (
        <details>
          <summary>The other answers</summary>
          {list(rest)}
        </details>
      ) : null}
    </>
  );
}
