// @ts-check
// One JSON log line per request: request id, method, route (the path; the query string is left out, it can carry
// tokens), status and duration in ms. The id comes from the load balancer's X-Request-Id when it sends a sane one,
// else a new one; it goes back on the reply (not on build assets), and every line logged while the request runs carries it (log.js).
// Build assets are logged at debug only: a page pulls a dozen of them.
const crypto = require('node:crypto');
const { getLogger, requestContext } = require('./log.js');

const INCOMING_ID = /^[\w.:-]{1,64}$/;

/** @param {import('node:http').IncomingMessage} req */
function requestId(req) {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && INCOMING_ID.test(given) ? given : crypto.randomUUID();
}

/**
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} handler
 * @param {{ logger?: import('pino').Logger, context?: import('node:async_hooks').AsyncLocalStorage<{ reqId: string }> }} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
function withRequestLog(handler, { logger = getLogger(), context = requestContext() } = {}) {
  return (req, res) => {
    const reqId = requestId(req);
    const started = process.hrtime.bigint();
    const route = (req.url ?? '/').split('?')[0] ?? '/';
    // not on build assets: a question page pulls a dozen, and 52 bytes each count against its 150 KiB budget
    const asset = route.startsWith('/_next/static/');
    if (!asset) res.setHeader('X-Request-Id', reqId);
    let done = false;
    const line = (/** @type {boolean} */ finished) => {
      if (done) return;
      done = true;
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const entry = { reqId, method: req.method, route, status: res.statusCode, ms, ...(!finished && { aborted: true }) };
      if (asset) logger.debug(entry, 'request');
      else if (res.statusCode >= 500) logger.error(entry, 'request');
      else logger.info(entry, 'request');
    };
    res.once('finish', () => line(true));
    res.once('close', () => line(false));
    context.run({ reqId }, () => handler(req, res));
  };
}

module.exports = { withRequestLog };
