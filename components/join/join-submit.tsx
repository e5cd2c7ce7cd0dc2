import { useTranslations } from '#i18n/use-translations';

// The end of both join forms (by name, and from a roster): the form's message, read out, and the button.
export function JoinSubmit({ message, pending }: { message: string | undefined; pending: boolean }) {
  const t = useTranslations('join');
  return (
    <>
      <div role="alert" className="error">
        {message ?? ''}
      </div>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? t('joining') : t('submit')}
        </button>
      </div>
    </>
  );
}
