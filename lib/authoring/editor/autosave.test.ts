import { describe, expect, it } from 'vitest';
import { Autosaver, type SaverView, type SendResult } from './autosave';

// manual timers: the test says when the quiet pause is over
function harness(results: Array<SendResult | 'throw'>, revision = 1) {
  const timers: Array<{ f: () => void; ms: number; live: boolean }> = [];
  const sent: Array<{ revision: number; state: string }> = [];
  const views: SaverView[] = [];
  let release: (() => void) | undefined;
  let hold = false;
  const saver = new Autosaver<string>({
    revision,
    onChange: (v) => views.push(v),
    send: async (rev, state) => {
      sent.push({ revision: rev, state });
      if (hold) await new Promise<void>((r) => (release = r));
      const next = results.shift() ?? { ok: true, revision: rev + 1 };
      if (next === 'throw') throw new Error('offline');
      return next;
    },
    timers: {
      set: (f, ms) => {
        const t = { f, ms, live: true };
        timers.push(t);
        return t;
      },
      clear: (h) => void ((h as { live: boolean }).live = false),
    },
  });
  const tick = async () => {
    for (const t of timers.splice(0)) if (t.live) t.f();
    await new Promise((r) => setTimeout(r, 0));
  };
  return {
    saver,
    sent,
    views,
    tick,
    holdSends: () => (hold = true),
    release: async () => (release?.(), await new Promise((r) => setTimeout(r, 0))),
  };
}

describe('autosave', () => {
  it('saves after the quiet pause, once for a burst of changes, carrying the revision it was based on', async () => {
    const h = harness([]);
    h.saver.change('a');
    h.saver.change('ab');
    expect(h.saver.current.status).toBe('pending');
    await h.tick();
    expect(h.sent).toEqual([{ revision: 1, state: 'ab' }]);
    expect(h.saver.current).toEqual({ status: 'saved', revision: 2 });
  });

  it('sends a change made during a save next, based on the revision that save returned', async () => {
    const h = harness([]);
    h.holdSends();
    h.saver.change('a');
    await h.tick();
    h.saver.change('ab');
    expect(h.saver.current.status).toBe('saving');
    await h.release();
    await h.release();
    expect(h.sent).toEqual([
      { revision: 1, state: 'a' },
      { revision: 2, state: 'ab' },
    ]);
    expect(h.saver.current).toEqual({ status: 'saved', revision: 3 });
  });

  it('stops on a conflict: says why, sends nothing more, and never overwrites the other tab', async () => {
    const h = harness([{ ok: false, conflict: true, message: 'saved from another tab' }]);
    h.saver.change('a');
    await h.tick();
    expect(h.saver.current).toMatchObject({ status: 'conflict', message: 'saved from another tab', revision: 1 });
    h.saver.change('ab');
    await h.tick();
    await h.saver.flush();
    expect(h.sent).toHaveLength(1);
  });

  it('keeps a failed save and retries it, saying it is not saved meanwhile', async () => {
    const h = harness(['throw']);
    h.saver.change('a');
    await h.tick();
    expect(h.saver.current.status).toBe('error');
    expect(h.saver.unsaved).toBe(true);
    await h.tick(); // the retry timer
    expect(h.sent.map((s) => s.state)).toEqual(['a', 'a']);
    expect(h.saver.current).toEqual({ status: 'saved', revision: 2 });
    expect(h.saver.unsaved).toBe(false);
  });

  it('flush saves at once what is waiting (before publishing)', async () => {
    const h = harness([]);
    h.saver.change('a');
    const view = await h.saver.flush();
    expect(view).toEqual({ status: 'saved', revision: 2 });
    expect(h.sent).toEqual([{ revision: 1, state: 'a' }]);
  });
});
