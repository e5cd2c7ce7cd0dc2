import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import type { FeedbackOf, PublicItemOf } from '../../types';

function Tags({ isKey, chosen }: { isKey: boolean; chosen: boolean }) {
  return (
    <>
      {chosen ? <span className={`tag ${isKey ? 'good' : 'bad'}`}>Your answer</span> : null}{' '}
      {isKey ? <span className="tag good">Right answer</span> : null}
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
  // chosen and right options first: that is what the student wants to read
  const options = [...feedback.options].sort((a, b) => Number(b.chosen || b.isKey) - Number(a.chosen || a.isKey));
  return (
    <ul>
      {options.map((o) => (
        <li key={o.id}>
          <strong>{label(o.id)}</strong> <Tags isKey={o.isKey} chosen={o.chosen} />
          <br />
          {o.feedback}
        </li>
      ))}
    </ul>
  );
}
