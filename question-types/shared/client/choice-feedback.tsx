import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { formatItemPoints } from '@/lib/quiz/points';
import type { FeedbackOf, PublicItemOf } from '../../types';
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

// single, multiple and classify: every option (status word) with its feedback
export function ChoiceFeedback({
  item,
  feedback,
}: {
  item: PublicItemOf<'single' | 'multiple' | 'classify'>;
  feedback: FeedbackOf<'single' | 'multiple' | 'classify'>;
}) {
  const label = (id: string) =>
    item.type === 'classify'
      ? (STATUS_LABELS[id as keyof typeof STATUS_LABELS]?.label ?? id)
      : (item.options.find((o) => o.id === id)?.text ?? id);
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
