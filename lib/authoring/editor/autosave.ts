// The editor's autosave, as a small state machine apart from React so its rules can be tested: changes are saved
// after a quiet pause; one save is in flight at a time, and changes made meanwhile go in the next one, based on the
// revision the server returned; a conflict (the draft was saved from another tab) stops saving for good and says
// so, never retrying over the other tab's work; a failed save is retried, and the status says it is not saved.
// Browser-safe: no imports.

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';
export type SendResult = { ok: true; revision: number } | { ok: false; conflict: boolean; message: string };
export interface SaverView {
  status: SaveStatus;
  revision: number;
  message?: string;
}

export interface AutosaveOptions<S> {
  revision: number;
  send: (revision: number, state: S) => Promise<SendResult>;
  onChange: (view: SaverView) => void;
  /** What the status says when `send` itself throws (the connection dropped), in the page's language. */
  connectionFailed?: () => string;
  delayMs?: number;
  retryMs?: number;
  timers?: { set: (f: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export class Autosaver<S> {
  private revision: number;
  private latest: S | undefined; // the newest state not yet sent
  private inFlight: Promise<void> | undefined;
  private timer: unknown;
  private view: SaverView;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly timers: NonNullable<AutosaveOptions<S>['timers']>;

  constructor(private readonly options: AutosaveOptions<S>) {
    this.revision = options.revision;
    this.delayMs = options.delayMs ?? 800;
    this.retryMs = options.retryMs ?? 3000;
    this.timers = options.timers ?? { set: (f, ms) => setTimeout(f, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
    this.view = { status: 'saved', revision: this.revision };
  }

  get current(): SaverView {
    return this.view;
  }

  /** Whether something the teacher did is not yet saved. */
  get unsaved(): boolean {
    return this.latest !== undefined || this.inFlight !== undefined;
  }

  /** The teacher changed something: save it after the quiet pause (nothing is sent after a conflict). */
  change(state: S): void {
    if (this.view.status === 'conflict') return;
    this.latest = state;
    this.set({ status: this.inFlight ? 'saving' : 'pending' });
    this.schedule(this.delayMs);
  }

  /** The server moved the draft on itself (publishing records the quiz it became): continue from that revision. */
  adopt(revision: number): void {
    if (this.view.status === 'conflict') return;
    this.revision = revision;
    this.set({});
  }

  /** Saves now whatever is waiting, and resolves once nothing is in flight. */
  async flush(): Promise<SaverView> {
    this.cancel();
    while (this.view.status !== 'conflict' && (this.inFlight || this.latest !== undefined)) {
      if (this.inFlight) await this.inFlight;
      else await this.sendLatest();
      if (this.view.status === 'error') break;
    }
    return this.view;
  }

  private set(change: Partial<SaverView>) {
    const next = { ...this.view, ...change, revision: this.revision };
    if (change.status && change.status !== 'error' && change.status !== 'conflict') delete next.message;
    this.view = next;
    this.options.onChange(next);
  }

  private cancel() {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number) {
    this.cancel();
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      if (this.inFlight) return; // the save in flight picks the change up when it ends
      void this.sendLatest();
    }, ms);
  }

  private sendLatest(): Promise<void> {
    const state = this.latest;
    if (state === undefined) return Promise.resolve();
    this.latest = undefined;
    this.set({ status: 'saving' });
    const run = (async () => {
      let result: SendResult;
      try {
        result = await this.options.send(this.revision, state);
      } catch {
        result = { ok: false, conflict: false, message: this.options.connectionFailed?.() ?? '' };
      }
      this.inFlight = undefined;
      if (result.ok) {
        this.revision = result.revision;
        if (this.latest !== undefined) return this.sendLatest();
        this.set({ status: 'saved' });
      } else if (result.conflict) {
        this.latest = undefined;
        this.set({ status: 'conflict', message: result.message });
      } else {
        this.latest ??= state; // keep the unsaved state for the retry
        this.set({ status: 'error', message: result.message });
        this.schedule(this.retryMs);
      }
    })();
    this.inFlight = run;
    return run;
  }
}
