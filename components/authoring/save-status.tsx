'use client';
// "Saved" / "Saving…" / the error, in a polite live region; a conflict (another tab saved) is an alert with the
// reload that fetches the newer draft.
import { useTranslations } from '#i18n/use-translations';
import type { SaverView } from '@/lib/authoring/editor/autosave';
import teacher from '@/components/teacher/teacher.module.css';

const WORDS = { saved: 'saved', pending: 'saving', saving: 'saving' } as const;

export function SaveStatus({ view }: { view: SaverView }) {
  const t = useTranslations('editor.status');
  if (view.status === 'conflict') {
    return (
      <div role="alert">
        <p className={teacher.error}>{view.message}</p>
        <button type="button" className={teacher.button} onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </div>
    );
  }
  return (
    <p role="status" className={view.status === 'error' ? teacher.error : undefined}>
      {view.status === 'error' ? view.message : t(WORDS[view.status])}
    </p>
  );
}
