// One simulated student on one device: open the join link, join with a name, open the assignment (which starts the
// attempt), answer every item with think time, hand in, open the results. Every request is timed and recorded;
// what the server acknowledged is kept to be checked against the database afterwards.
import type { Answer } from '../../../lib/quiz/responses';
import { publicQuizIn } from '../../../test/page-ids';
import { CookieJar, findForm, formBody, timedFetch, type Timed } from './http';
import { inPageOf } from './responses';

/** 'no-op': the load generator's own request to a server in its own process (lib/noop.ts), its latency floor. */
export type Kind = 'join page' | 'join' | 'start' | 'save' | 'resend' | 'submit' | 'results' | 'no-op';
export const KINDS: Kind[] = ['join page', 'join', 'start', 'save', 'resend', 'submit', 'results', 'no-op'];

export interface RequestRecord {
  kind: Kind;
  end: number; // ms since the run started
  ms: number;
  status: number; // 0: no response
  error?: string;
}

export class Recorder {
  readonly records: RequestRecord[] = [];
  constructor(readonly t0: number) {}
  add(kind: Kind, r: Timed): void {
    this.records.push({ kind, end: performance.now() - this.t0, ms: r.ms, status: r.status, ...(r.error && { error: r.error }) });
  }
}

export interface StudentOutcome {
  index: number;
  name: string;
  origin: string;
  attemptId?: string;
  /** itemId -> clientSeq of the last save the server answered 2xx to. */
  acked: Map<string, number>;
  /** itemIds sent at least once (acknowledged or not). */
  sent: Set<string>;
  joined: boolean;
  submitted: boolean;
  finished: boolean;
  failure?: string;
  /**
   * The student gave up for want of time, not because the app refused or broke: the run's time limit came, or the
   * last request got no answer at all (a time-out). Depends on the machine's speed, so the smoke does not fail on it.
   */
  tooSlow?: boolean;
}

export interface StudentPlan {
  index: number;
  origin: string;
  /**
   * Several instances behind one address: each request goes to any of them (a load balancer without sticky
   * sessions), so nothing a request needs may live in one instance's memory. Default: [origin].
   */
  origins?: string[];
  code: string;
  /** In the author's ids: put in the ids of the assignment page once it has arrived. */
  answers: { itemId: string; answer: Answer }[];
  thinkMs: [number, number];
  resendRate: number;
  retries: number;
  /** Sent as X-Forwarded-For: each device its own address, unless the run simulates one school NAT. */
  address: string;
  rand: () => number;
  deadline: number; // performance.now() after which the student gives up
  signal: AbortSignal;
  /** Stop once the attempt has started (no answers, no hand-in). */
  stopAfterStart?: boolean;
  /** Told the device's cookie header once the student has joined. */
  onCookie?: (cookie: string) => void;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const onAbort = () => {
      clearTimeout(t);
      resolve();
    };
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

const retryable = (status: number) => status === 0 || status === 429 || status >= 500;

export async function runStudent(plan: StudentPlan, rec: Recorder): Promise<StudentOutcome> {
  const name = `Student ${plan.index + 1}`;
  const out: StudentOutcome = { index: plan.index, name, origin: plan.origin, acked: new Map(), sent: new Set(), joined: false, submitted: false, finished: false };
  const jar = new CookieJar();
  const headers = () => ({ cookie: jar.header(), 'x-forwarded-for': plan.address });
  const live = () => !plan.signal.aborted && performance.now() < plan.deadline;
  const origins = plan.origins && plan.origins.length > 0 ? plan.origins : [plan.origin];
  // the instance for the next request, and the Origin a browser would send to it
  const at = () => (origins.length > 1 ? (origins[Math.floor(plan.rand() * origins.length)] as string) : plan.origin);
  const think = () => sleep(plan.thinkMs[0] + plan.rand() * (plan.thinkMs[1] - plan.thinkMs[0]), plan.signal);

  let lastStatus = -1;
  // a student whose request fails presses the button again after a moment, a few times
  async function withRetry(kind: Kind, send: () => Promise<Timed>): Promise<Timed> {
    const r = await sendWithRetry(kind, send);
    lastStatus = r.status;
    return r;
  }
  async function sendWithRetry(kind: Kind, send: () => Promise<Timed>): Promise<Timed> {
    let r = await send();
    rec.add(kind, r);
    for (let i = 0; i < plan.retries && retryable(r.status) && live(); i++) {
      await sleep(1000 + plan.rand() * 1000, plan.signal);
      r = await send();
      rec.add(kind, r);
    }
    if (r.res) jar.take(r.res);
    return r;
  }

  try {
    const page = await withRetry('join page', () => timedFetch(`${at()}/join/${plan.code}`, { headers: headers() }));
    if (page.status !== 200) throw new Error(`join page ${page.status || page.error}`);
    const form = findForm(page.body, 'displayName');
    if (!form) throw new Error('no join form on the join page');
    await think();
    const joined = await withRetry('join', () => {
      const origin = at();
      return timedFetch(`${origin}/join/${plan.code}`, {
        method: 'POST',
        body: formBody(form, { displayName: name }),
        headers: { ...headers(), origin },
      });
    });
    const location = joined.res?.headers.get('location');
    if (joined.status !== 303 || !location?.startsWith('/a/')) {
      const why = /role="alert"[^>]*>([^<]{3,200})</.exec(joined.body)?.[1];
      throw new Error(`join ${joined.status || joined.error}${why ? `: ${why}` : ''}`);
    }
    out.joined = true;
    plan.onCookie?.(jar.header());
    const assignmentPath = location;

    const start = await withRetry('start', () => timedFetch(`${at()}${assignmentPath}`, { headers: headers() }));
    const attemptId = /\/api\/attempts\/([0-9a-f-]{36})\/items/.exec(start.body)?.[1];
    if (start.status !== 200 || !attemptId) throw new Error(`start ${start.status || start.error}: no attempt id in the page`);
    out.attemptId = attemptId;
    if (plan.stopAfterStart) {
      out.finished = true;
      return out;
    }

    // the page names each option, step, claim... by an id of the server's: answer in those, as the player does
    const answers = plan.answers.length > 0 ? inPageOf(publicQuizIn(start.body), plan.answers) : [];
    let seq = 0;
    for (const { itemId, answer } of answers) {
      await think();
      if (!live()) throw new Error('time limit');
      const body = JSON.stringify({ ...answer, clientSeq: ++seq });
      const send = () => {
        const origin = at();
        return timedFetch(`${origin}/api/attempts/${attemptId}/items/${itemId}`, {
          method: 'POST',
          body,
          headers: { ...headers(), origin, 'content-type': 'application/json' },
        });
      };
      out.sent.add(itemId);
      const saved = await withRetry('save', send);
      if (saved.status >= 200 && saved.status < 300) out.acked.set(itemId, seq);
      else throw new Error(`save ${itemId}: ${saved.status || saved.error} ${saved.body.slice(0, 120)}`);
      // a flaky connection: the same answer sent again (same clientSeq) must not create a second row
      if (plan.rand() < plan.resendRate) {
        const again = await send();
        rec.add('resend', again);
      }
    }

    await think();
    if (!live()) throw new Error('time limit');
    const handedIn = await withRetry('submit', () => {
      const origin = at();
      return timedFetch(`${origin}/api/attempts/${attemptId}/submit`, { method: 'POST', headers: { ...headers(), origin } });
    });
    if (handedIn.status !== 200) throw new Error(`submit ${handedIn.status || handedIn.error}`);
    out.submitted = true;
    const results = await withRetry('results', () => timedFetch(`${at()}${assignmentPath}/results`, { headers: headers() }));
    if (results.status !== 200) throw new Error(`results ${results.status || results.error}`);
    out.finished = true;
  } catch (error) {
    out.failure = (error as Error).message;
    out.tooSlow = !live() || lastStatus === 0;
  }
  return out;
}
