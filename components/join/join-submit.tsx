// The end of both join forms (by name, and from a roster): the form's message, read out, and the button.
export function JoinSubmit({ message, pending }: { message: string | undefined; pending: boolean }) {
  return (
    <>
      <div role="alert" className="error">
        {message ?? ''}
      </div>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Joining…' : 'Join and start'}
        </button>
      </div>
    </>
  );
}
