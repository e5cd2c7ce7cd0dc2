// @ts-check
// The server's log: one JSON line per event on stdout (pino), for a log collector to read. Every line written while a
// request is handled carries its request id (the request's async context, set by request-log.js). Level from
// LOG_LEVEL (default info; silent inside vitest unless LOG_LEVEL is set), so tests stay quiet.
// What never reaches the log: passwords, tokens, cookies, secrets and students' answers. Known field names are
// redacted wherever they sit, and an error is logged by an allow-list of its fields (type, message, stack, code, cause),
// with the "params:" a database driver appends to a failed query (the values: names, answers) cut out.
// Plain JavaScript because server.js loads it before anything could compile TypeScript; the app's code shares the
// same logger and request context through globalThis.
const { AsyncLocalStorage } = require('node:async_hooks');
const pino = require('pino');

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

// field names whose values are never logged, at the top level or one or two levels down
const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'secret',
  'cookie',
  'authorization',
  'set-cookie',
  'response',
  'answer',
  'answers',
  'displayName',
];
const REDACT_PATHS = SECRET_FIELDS.flatMap((f) => [`["${f}"]`, `*["${f}"]`, `*.*["${f}"]`]);

/** Cuts what a driver appends to a failed query's message: everything from `params:` on (a value may hold newlines). */
function scrub(/** @type {string} */ text) {
  return text.replace(/\bparams:[\s\S]*$/i, 'params: [Redacted]');
}

/** @param {unknown} error @param {number} [depth] @returns {Record<string, unknown>} */
function serializeError(error, depth = 0) {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)) };
  // the stack starts with the message: swap the exact message for the scrubbed one, keep the frames
  const message = scrub(error.message);
  const stack = error.stack ? error.stack.replace(error.message, message) : undefined;
  /** @type {Record<string, unknown>} */
  const out = { type: error.constructor?.name || error.name, message, ...(stack !== undefined && { stack: stack.includes(message) ? stack : scrub(stack) }) };
  const code = /** @type {{ code?: unknown }} */ (error).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (error.cause !== undefined && depth < 3) out.cause = serializeError(error.cause, depth + 1);
  return out;
}

function levelFromEnv() {
  const wanted = (process.env.LOG_LEVEL ?? '').trim().toLowerCase();
  if (LEVELS.includes(wanted)) return wanted;
  return process.env.VITEST ? 'silent' : 'info';
}

/** @typedef {{ reqId: string }} RequestContext */
/** @type {{ claimcheckLog?: { logger: import('pino').Logger, context: AsyncLocalStorage<RequestContext> } }} */
const shared = /** @type {never} */ (globalThis);

/**
 * @param {import('pino').DestinationStream} [destination] where lines go (stdout by default; tests pass a stream)
 * @param {AsyncLocalStorage<RequestContext>} [context]
 */
function createLogger(destination, context = new AsyncLocalStorage()) {
  return pino(
    {
      level: levelFromEnv(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
      serializers: { err: serializeError, error: serializeError },
      mixin: () => {
        const store = context.getStore();
        return store ? { reqId: store.reqId } : {};
      },
    },
    destination,
  );
}

function sharedLog() {
  if (!shared.claimcheckLog) {
    const context = new AsyncLocalStorage();
    shared.claimcheckLog = { logger: createLogger(undefined, context), context };
  }
  return shared.claimcheckLog;
}

/** The process's logger. */
function getLogger() {
  return sharedLog().logger;
}

/** The async context that carries the current request's id into every line. */
function requestContext() {
  return sharedLog().context;
}

module.exports = { createLogger, getLogger, requestContext, serializeError };
