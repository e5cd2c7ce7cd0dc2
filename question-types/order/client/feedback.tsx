import type { FeedbackProps } from '../../client-define';

export function OrderFeedback({ item, feedback }: FeedbackProps<'order'>) {
  const text = (id: string) => item.steps.find((s) => s.id === id)?.text ?? id;
  const note = (id: string) => feedback.steps.find((s) => s.id === id)?.feedback ?? '';
  // The order feedback type does not carry the student's order yet; read it only if the server sends one.
  const sent: unknown = 'order' in feedback ? feedback.order : undefined;
  const yours = Array.isArray(sent) ? sent.filter((id): id is string => typeof id === 'string') : null;
  return (
    <>
      <h3>The right order</h3>
      <ol className="order-review">
        {feedback.key.map((id, i) => {
          const at = yours ? yours.indexOf(id) + 1 : 0;
          return (
            <li key={id}>
              <strong>{text(id)}</strong>
              {at > 0 ? (
                <>
                  {' '}
                  <span className={`tag ${at === i + 1 ? 'good' : 'neutral'}`}>
                    {at === i + 1 ? `You put it ${at}: right` : `You put it ${at}`}
                  </span>
                </>
              ) : null}
              <br />
              {note(id)}
            </li>
          );
        })}
      </ol>
    </>
  );
}
