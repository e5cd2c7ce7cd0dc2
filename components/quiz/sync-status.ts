// What the page says about sending answers, as a pure rule the sync loop follows (tested in sync-status.test.ts).
// "Saved" is a claim about the server: it is only made after a send succeeded on this page. A retry while offline
// or while the server fails keeps that problem on screen (with the live count) instead of flipping to "Saving…" and
// back, so a screen reader hears the offline notice once, not at every retry.

export type SyncStatus =
  | { kind: 'idle' } // nothing sent from this page yet: nothing to say
  | { kind: 'saved' }
  | { kind: 'saving'; waiting: number }
  | { kind: 'offline'; waiting: number }
  | { kind: 'retrying'; waiting: number }
  | { kind: 'refused'; reason: string };

/** A send starts: "Saving…", unless a problem is showing, which stays (with the count) until the send succeeds. */
export function whileSending(prev: SyncStatus, waiting: number): SyncStatus {
  if (prev.kind === 'offline' || prev.kind === 'retrying') return { kind: prev.kind, waiting };
  return { kind: 'saving', waiting };
}

/** Nothing left to send: "Saved" only if something was sent since the page opened; a refusal stays on screen. */
export function whenEmpty(prev: SyncStatus): SyncStatus {
  if (prev.kind === 'idle' || prev.kind === 'refused') return prev;
  return { kind: 'saved' };
}

/** A send failed without a reply: offline when the browser knows it is, else the server is not answering. */
export function whenUnreachable(online: boolean, waiting: number): SyncStatus {
  return { kind: online ? 'retrying' : 'offline', waiting };
}
