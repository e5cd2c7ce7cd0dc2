'use client';
// Sends one answer to the server and records the feedback it returns. Guards against double clicks.
import { useCallback, useRef, useState } from 'react';
import type { ItemFeedback } from '@/lib/quiz/feedback';
import type { Answer } from '@/lib/quiz/responses';
import { useQuizStore } from './quiz-store-provider';

export type SubmitState = { status: 'idle' } | { status: 'sending' } | { status: 'error'; message: string };

export function useSubmitAnswer(answerUrl: (itemId: string) => string) {
  const recordAnswer = useQuizStore((s) => s.recordAnswer);
  const [state, setState] = useState<SubmitState>({ status: 'idle' });
  const inFlight = useRef(false);

  const submit = useCallback(
    async (itemId: string, answer: Answer): Promise<boolean> => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setState({ status: 'sending' });
      try {
        const res = await fetch(answerUrl(itemId), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(answer),
        });
        const body = (await res.json().catch(() => null)) as { feedback?: ItemFeedback; error?: string } | null;
        if (!res.ok || !body?.feedback) {
          setState({ status: 'error', message: body?.error ?? `The server could not check this answer (${res.status}).` });
          return false;
        }
        recordAnswer(itemId, answer, body.feedback);
        setState({ status: 'idle' });
        return true;
      } catch {
        setState({
          status: 'error',
          message: 'Could not reach the server. Your answer is kept on this device: check your connection and try again.',
        });
        return false;
      } finally {
        inFlight.current = false;
      }
    },
    [answerUrl, recordAnswer],
  );
  return { state, submit };
}
