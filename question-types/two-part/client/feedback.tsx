import { formatItemPoints } from '@/lib/quiz/points';
import type { FeedbackProps } from '../../client-define';
import { RightAnswerTag, YourAnswerTag } from '../../shared/client/answer-tags';

// Each part: the chosen and right options with their feedback, and the points the part earned; the other options
// one tap away.
export function TwoPartFeedback({ item, feedback }: FeedbackProps<'two-part'>) {
  const part = (name: string, options: Array<{ id: string; text: string }>, list: typeof feedback.partA, points: number) => {
    const text = (id: string) => options.find((o) => o.id === id)?.text ?? id;
    const li = (o: (typeof list)[number]) => (
      <li key={o.id}>
        <strong>{text(o.id)}</strong> {o.chosen ? <YourAnswerTag verdict={o.isKey ? 'right' : 'wrong'} /> : null}{' '}
        {o.isKey && !o.chosen ? <RightAnswerTag /> : null}
        <br />
        {o.feedback}
      </li>
    );
    const rest = list.filter((o) => !o.chosen && !o.isKey);
    return (
      <section>
        <h3>
          {name}: {formatItemPoints(points)} of ½ point
        </h3>
        <ul>{list.filter((o) => o.chosen || o.isKey).map(li)}</ul>
        {rest.length > 0 ? (
          <details>
            <summary>The other answers in {name.toLowerCase()}</summary>
            <ul>{rest.map(li)}</ul>
          </details>
        ) : null}
      </section>
    );
  };
  return (
    <>
      {part('Part A', item.partA.options, feedback.partA, feedback.points.a)}
      {part('Part B', item.partB.options, feedback.partB, feedback.points.b)}
    </>
  );
}
