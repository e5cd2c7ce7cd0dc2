import type { FeedbackProps } from '../../client-define';

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
              <span className="tag neutral">No answer</span>
            ) : (
              <>
                <span className={`tag ${right ? 'good' : 'bad'}`}>Your answer{right ? ': right' : ''}</span>{' '}
                {party(c.chosen)}
              </>
            )}
            {right ? null : (
              <>
                <br />
                <span className="tag good">Right answer</span> {party(c.party)}
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
