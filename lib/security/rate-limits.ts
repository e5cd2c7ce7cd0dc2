import 'server-only';
// The app's rate limits, counted in the shared rate_limits table so they hold across instances. Each check throws
// a rate_limited AppError (429 with Retry-After in a route handler, a message in a form) with how long to wait.
// Sign-in has its own, per email and per address: lib/auth/sign-in-limit.ts.
import { consumeRateLimit, peekRateLimit, type RateLimitResult } from '@/lib/db/queries/rate-limit';
import { AppError, errorMessage, type ErrorKey, type ErrorMessage } from '@/lib/errors';

export const LIMITS = {
  /** Per attempt. A class answering by hand, or a device sending its offline queue, stays far below. */
  answerSaves: { max: 120, windowSeconds: 60 },
  /** Per attempt. Handing in is idempotent; more than this is a script. */
  submits: { max: 30, windowSeconds: 60 },
  /**
   * Per network address: unknown codes, the way to guess a code. A school shares one address, and students mistype:
   * 20 typos used to lock a whole school out. 200 per 10 min still leaves a guesser 887 million codes (31^6) to
   * search: with 1,000 live assignments, one hit per month of non-stop trying, and a hit only joins a class.
   */
  joinFailures: { max: 200, windowSeconds: 10 * 60 },
  /** Per network address: every join. A whole school behind one address (2,000 students in one exam window) must fit. */
  joins: { max: 3000, windowSeconds: 10 * 60 },
  /** Per network address: new teacher accounts. A teachers' workshop on one school network must fit. */
  signUps: { max: 30, windowSeconds: 60 * 60 },
} as const;

/** "45 seconds", "1 minute", "12 minutes". */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

type WaitKeys = { seconds: ErrorKey; minutes: ErrorKey };

/** The message for a wait, in seconds under a minute and in whole minutes (rounded up) above, as waitText says it. */
export function waitMessage(keys: WaitKeys, seconds: number): ErrorMessage {
  return seconds < 60 ? errorMessage(keys.seconds, { seconds }) : errorMessage(keys.minutes, { minutes: Math.ceil(seconds / 60) });
}

function refuse(result: RateLimitResult, surface: string, keys: WaitKeys): void {
  if (!result.allowed) {
    throw new AppError(`rate_limited:${surface}`, waitMessage(keys, result.retryAfter), { retryAfter: result.retryAfter });
  }
}

export async function limitAnswerSave({ attemptId, now }: { attemptId: string; now?: Date }): Promise<void> {
  const r = await consumeRateLimit({ key: `answer-save:${attemptId}`, ...LIMITS.answerSaves, now });
  refuse(r, 'answer_save', { seconds: 'rateLimit.answerSave', minutes: 'rateLimit.answerSaveMinutes' });
}

export async function limitSubmit({ attemptId, now }: { attemptId: string; now?: Date }): Promise<void> {
  const r = await consumeRateLimit({ key: `submit:${attemptId}`, ...LIMITS.submits, now });
  refuse(r, 'submit', { seconds: 'rateLimit.submit', minutes: 'rateLimit.submitMinutes' });
}

const joinFailureKey = (ip: string) => `join:fail:${ip}`;

/** Before a join: refuses an address that has tried too many unknown codes, or joined too often. */
export async function checkJoinAllowed({ ip, now }: { ip: string; now?: Date }): Promise<void> {
  const tooMany: WaitKeys = { seconds: 'rateLimit.join', minutes: 'rateLimit.joinMinutes' };
  refuse(await peekRateLimit({ key: joinFailureKey(ip), ...LIMITS.joinFailures, now }), 'join', tooMany);
  refuse(await consumeRateLimit({ key: `join:all:${ip}`, ...LIMITS.joins, now }), 'join', tooMany);
}

/** After a code that opens nothing. */
export async function recordJoinFailure({ ip, now }: { ip: string; now?: Date }): Promise<void> {
  await consumeRateLimit({ key: joinFailureKey(ip), ...LIMITS.joinFailures, now });
}

export async function limitSignUp({ ip, now }: { ip: string; now?: Date }): Promise<void> {
  const r = await consumeRateLimit({ key: `sign-up:ip:${ip}`, ...LIMITS.signUps, now });
  refuse(r, 'sign_up', { seconds: 'rateLimit.signUp', minutes: 'rateLimit.signUpMinutes' });
}
