import type { FeedbackProps } from '../../client-define';
import { NoAnswerTag, RightAnswerTag, YourAnswerTag } from '../../shared/client/answer-tags';

export function MatchFeedback({ item, feedback }: FeedbackProps<'match'>) {
  const party = (id: string) => item.parties.find((p) => p.id === id)?.name ?? id;
  const claim = (id: string) => item.claims.find((c) => c.id === id)?.text ?? id;
  return (
    <ul>
      {feedback.claims.map((c) => {
        const right = c.chosen === c.party;
        return (
          <li key={c.id}>
            <strong>{claim(c.id)}</strong>
            <br />
            {c.chosen === null ? (
              <NoAnswerTag />
            ) : (
              <>
                <YourAnswerTag verdict={right ? 'right' : 'wrong'} />{' '}
                {party(c.chosen)}
              </>
            )}
            {right ? null : (
              <>
                <br />
                <RightAnswerTag /> {party(c.party)}
              </>
            )}
            <br />
            {c.feedback}
          </li>
        );
      })}
    </ul>
  );
}
