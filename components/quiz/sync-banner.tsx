'use client';
import type { SyncStatus } from './use-answer-sync';

const plural = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;

/** Whether the answers have reached the server: visible, and announced politely when it changes. */
export function SyncBanner({ status }: { status: SyncStatus }) {
  const text = (() => {
    switch (status.kind) {
      case 'saved':
        return 'All answers saved';
      case 'saving':
        return 'Saving…';
      case 'offline':
        return `Offline: ${plural(status.waiting)} waiting. Keep going: they are kept on this device and sent when you are back online.`;
      case 'retrying':
        return `Not saved yet, retrying: ${plural(status.waiting)} waiting.`;
      case 'refused':
        return status.message;
    }
  })();
  const tone = status.kind === 'saved' ? 'muted' : status.kind === 'refused' ? 'error' : '';
  return (
    <p role="status" className={`small ${tone}`} data-sync={status.kind}>
      {text}
    </p>
  );
}
