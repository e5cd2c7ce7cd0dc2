'use client';
// Sends one answer to the server and records what it returns. Guards against double clicks.
import { useCallback, useRef, useState } from 'react';
import type { ItemFeedback } from '@/lib/quiz/feedback';
import type { Answer } from '@/lib/quiz/responses';
import { useQuizStore } from './quiz-store-provider';

export type SubmitState = { status: 'idle' } | { status: 'sending' } | { status: 'error'; message: string };

type Reply = { feedback?: ItemFeedback; saved?: boolean; error?: string; message?: string } | null;

export function useSubmitAnswer(answerBase: string, sequenced: boolean) {
  const recordAnswer = useQuizStore((s) => s.recordAnswer);
  const nextSeq = useQuizStore((s) => s.nextSeq);
  const [state, setState] = useState<SubmitState>({ status: 'idle' });
  const inFlight = useRef(false);

  const submit = useCallback(
    async (itemId: string, answer: Answer): Promise<boolean> => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setState({ status: 'sending' });
      try {
        const body = sequenced ? { ...answer, clientSeq: nextSeq() } : answer;
        const res = await fetch(`${answerBase}/${itemId}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        const reply = (await res.json().catch(() => null)) as Reply;
        if (!res.ok || !reply || (!reply.feedback && !reply.saved)) {
          const why = reply?.error ?? reply?.message ?? `The server could not take this answer (${res.status}).`;
          setState({ status: 'error', message: `Not saved: ${why}` });
          return false;
        }
        recordAnswer(itemId, answer, reply.feedback);
        setState({ status: 'idle' });
        return true;
      } catch {
        setState({
          status: 'error',
          message: 'Not saved: could not reach the server. Your answer is kept on this device; check your connection and try again.',
        });
        return false;
      } finally {
        inFlight.current = false;
      }
    },
    [answerBase, sequenced, nextSeq, recordAnswer],
  );
  return { state, submit };
}
