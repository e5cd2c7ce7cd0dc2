'use client';
// Sends the outbox to the server in order, one at a time, retrying with backoff while offline or while the server
// fails; then the queued hand-in. The outbox is persisted, so a reload or a closed tab resumes the sending.
import { useEffect, useRef, useState } from 'react';
import { readApiError } from '@/lib/api-error';
import type { ItemFeedback } from '@/lib/quiz/feedback';
import { useQuizHydrated, useQuizStoreApi } from './quiz-store-provider';
import { whenEmpty, whenUnreachable, whileSending, type SyncStatus } from './sync-status';

export type { SyncStatus } from './sync-status';

type Reply = { feedback?: ItemFeedback; saved?: boolean } | null;

const MAX_BACKOFF_MS = 30_000;

export function useAnswerSync({
  answerBase,
  sequenced,
  submitUrl,
  onHandedIn,
}: {
  answerBase: string;
  sequenced: boolean;
  submitUrl?: string;
  onHandedIn?: () => void;
}) {
  const store = useQuizStoreApi();
  const hydrated = useQuizHydrated();
  const [status, setStatus] = useState<SyncStatus>({ kind: 'idle' });
  // the latest callback, for the sync loop's effect to call without restarting when the caller re-renders
  const handedIn = useRef(onHandedIn);
  useEffect(() => {
    handedIn.current = onHandedIn;
  }, [onHandedIn]);

  useEffect(() => {
    if (!hydrated) return;
    let stopped = false;
    let busy = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const later = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void pump(), ms);
    };
    const backoff = () => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures++, 5));
    const waiting = () => store.getState().outbox.length;

    async function send(url: string, body: unknown): Promise<{ res: Response; reply: Reply }> {
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return { res, reply: res.ok ? ((await res.json().catch(() => null)) as Reply) : null };
    }

    async function pump(): Promise<void> {
      if (stopped || busy) return;
      const { outbox, handInQueued, acknowledge, queueHandIn } = store.getState();
      const head = outbox[0];
      if (!head && !(handInQueued && submitUrl)) {
        setStatus(whenEmpty);
        return;
      }
      busy = true;
      setStatus((s) => whileSending(s, outbox.length));
      try {
        const { res, reply } = head
          ? await send(`${answerBase}/${head.itemId}`, sequenced ? { ...head.answer, clientSeq: head.seq } : head.answer)
          : await send(submitUrl as string, {});
        if (res.ok) {
          failures = 0;
          if (head) acknowledge(head.seq, reply?.feedback);
          else {
            queueHandIn(false);
            handedIn.current?.();
          }
          busy = false;
          return pump();
        }
        const why = (await readApiError(res, String(res.status))).message;
        if (res.status === 429 || res.status >= 500) {
          // the server could not save it (busy, or a database fault): keep it and try again
          const retryAfter = Number(res.headers.get('Retry-After'));
          setStatus({ kind: 'retrying', waiting: waiting() });
          later(retryAfter > 0 ? retryAfter * 1000 : backoff());
        } else {
          // refused for good (the attempt was handed in, time is up, bad input): say so, don't loop forever
          if (head) acknowledge(head.seq);
          else queueHandIn(false);
          setStatus({ kind: 'refused', reason: why });
          busy = false;
          return pump();
        }
      } catch {
        setStatus(whenUnreachable(navigator.onLine, waiting()));
        later(backoff());
      }
      busy = false;
    }

    const kick = () => {
      failures = 0;
      void pump();
    };
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.outbox !== prev.outbox || state.handInQueued !== prev.handInQueued) void pump();
    });
    window.addEventListener('online', kick);
    void pump();
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('online', kick);
    };
  }, [hydrated, store, answerBase, sequenced, submitUrl]);

  // leaving with unsent answers loses nothing (they are on this device), but warn: they reach the teacher only
  // when this page is open again
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (store.getState().outbox.length > 0 || store.getState().handInQueued) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);

  return status;
}
