import type { FeedbackProps } from '../../client-define';
import { NoAnswerTag, RightAnswerTag, Tagged, YourAnswerTag } from '../../shared/client/answer-tags';
import { CONTENT_LANG } from '../../shared/client/content-lang';

export function MatchFeedback({ item, feedback }: FeedbackProps<'match'>) {
  // an id the item does not know (a stale copy) shows as nothing rather than as an internal id
  const party = (id: string) => item.parties.find((p) => p.id === id)?.name ?? '';
  const claim = (id: string) => item.claims.find((c) => c.id === id)?.text ?? '';
  return (
    <ul>
      {feedback.claims.map((c) => {
        const right = c.chosen === c.party;
        return (
          <li key={c.id}>
            <strong {...CONTENT_LANG}>{claim(c.id)}</strong>
            <br />
            {c.chosen === null ? (
              <NoAnswerTag />
            ) : (
              <Tagged
                parts={[
                  <YourAnswerTag key="tag" verdict={right ? 'right' : 'wrong'} />,
                  <span key="party" {...CONTENT_LANG}>
                    {party(c.chosen)}
                  </span>,
                ]}
              />
            )}
            {right ? null : (
              <>
                <br />
                <Tagged
                  parts={[
                    <RightAnswerTag key="tag" />,
                    <span key="party" {...CONTENT_LANG}>
                      {party(c.party)}
                    </span>,
                  ]}
                />
              </>
            )}
            <br />
            <span {...CONTENT_LANG}>{c.feedback}</span>
          </li>
        );
      })}
    </ul>
  );
}
