import type { FeedbackProps } from '../../client-define';

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
                <span className="tag neutral">No answer</span>
              ) : (
                <>
                  <span className={`tag ${right ? 'good' : 'bad'}`}>Your answer{right ? ': right' : ''}</span>{' '}
                  {judgement(s.chosen)}
                </>
              )}
              {right ? null : (
                <>
                  <br />
                  <span className="tag good">Right answer</span> {judgement(s.proves)}
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
