import type { FeedbackProps } from '../../client-define';
import { NoAnswerTag, RightAnswerTag, YourAnswerTag } from '../../shared/client/answer-tags';

const judgement = (proves: boolean) => (proves ? 'Proves this' : 'Does not prove this');

export function ScopeFeedback({ item, feedback }: FeedbackProps<'scope'>) {
  const text = (id: string) => item.statements.find((s) => s.id === id)?.text ?? id;
  return (
    <ul>
        {feedback.statements.map((s) => {
          const right = s.chosen === s.proves;
          return (
            <li key={s.id}>
              <strong>{text(s.id)}</strong>
              <br />
              {s.chosen === null ? (
                <NoAnswerTag />
              ) : (
                <>
                  <YourAnswerTag verdict={right ? 'right' : 'wrong'} />{' '}
                  {judgement(s.chosen)}
                </>
              )}
              {right ? null : (
                <>
                  <br />
                  <RightAnswerTag /> {judgement(s.proves)}
                </>
              )}
              <br />
              {s.feedback}
            </li>
          );
        })}
    </ul>
  );
}
