'use client';
// Keeps the server in step with the editor: autosave (lib/authoring/editor/autosave.ts) after a quiet pause with
// the revision each save was based on, and the live checks, debounced and run on the server so typing never waits
// for them. A check answer for an older state is dropped; while one is due, the report counts as stale.
import { useTranslations } from '#i18n/use-translations';
import { useEffect, useRef, useState } from 'react';
import { Autosaver, type SaverView } from '@/lib/authoring/editor/autosave';
import type { DraftState } from '@/lib/authoring/editor/state';
import { call, type CheckReport } from './api';

const CHECK_DELAY_MS = 500;

export function useDraftSync(draftId: string, revision: number, state: DraftState) {
  // the saver keeps the first render's words: a change of language reloads the page
  const say = useTranslations('editor.status');
  const [view, setView] = useState<SaverView>({ status: 'saved', revision });
  const [saver] = useState(
    () =>
      new Autosaver<DraftState>({
        revision,
        onChange: setView,
        connectionFailed: () => say('notSavedOffline'),
        send: async (rev, s) => {
          const reply = await call<{ revision: number }>(`/teacher/drafts/${draftId}/save`, 'PUT', { revision: rev, state: s }, say);
          if (reply.ok) return { ok: true, revision: reply.data.revision };
          return {
            ok: false,
            conflict: reply.status === 409,
            message: reply.status === 0 ? say('notSavedOffline') : reply.message,
          };
        },
      }),
  );
  const first = useRef(state);
  useEffect(() => {
    if (state !== first.current) saver.change(state);
  }, [saver, state]);

  // warn before leaving with unsaved changes
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (saver.unsaved && saver.current.status !== 'conflict') e.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [saver]);

  const [report, setReport] = useState<{ for: DraftState; report: CheckReport } | null>(null);
  const [checkError, setCheckError] = useState('');
  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const reply = await call<CheckReport>(`/teacher/drafts/${draftId}/check`, 'POST', { state }, say, abort.signal);
        if (reply.ok) {
          setReport({ for: state, report: reply.data });
          setCheckError('');
        } else setCheckError(say('checksFailed', { message: reply.message }));
      } catch {
        // aborted: a newer state is being checked
      }
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [draftId, state, say]);

  const fresh = report?.for === state ? report.report : null;
  return { view, saver, report: report?.report ?? null, fresh, checkError };
}
