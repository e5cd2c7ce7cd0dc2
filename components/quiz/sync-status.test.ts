import { describe, expect, it } from 'vitest';
import { whenEmpty, whenUnreachable, whileSending, type SyncStatus } from './sync-status';

describe('the save status', () => {
  it('says nothing on a fresh page with nothing to send', () => {
    expect(whenEmpty({ kind: 'idle' })).toEqual({ kind: 'idle' });
  });

  it('says saved only once a send has happened', () => {
    const sending = whileSending({ kind: 'idle' }, 1);
    expect(sending).toEqual({ kind: 'saving', waiting: 1 });
    expect(whenEmpty(sending)).toEqual({ kind: 'saved' });
  });

  it('keeps the offline notice through every retry, updating only the count, then says saved', () => {
    let s: SyncStatus = whileSending({ kind: 'idle' }, 1);
    s = whenUnreachable(false, 1);
    const kinds = [s.kind];
    for (const waiting of [2, 3, 3]) {
      s = whileSending(s, waiting);
      kinds.push(s.kind);
      s = whenUnreachable(false, waiting);
      kinds.push(s.kind);
    }
    expect(new Set(kinds)).toEqual(new Set(['offline']));
    expect(s).toEqual({ kind: 'offline', waiting: 3 });
    expect(whenEmpty(whileSending(s, 3))).toEqual({ kind: 'saved' });
  });

  it('keeps a refusal on screen when the queue empties', () => {
    expect(whenEmpty({ kind: 'refused', reason: 'handed in' })).toEqual({ kind: 'refused', reason: 'handed in' });
  });

  it('tells a server that does not answer from a browser that is offline', () => {
    expect(whenUnreachable(true, 2)).toEqual({ kind: 'retrying', waiting: 2 });
  });
});
