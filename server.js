// @ts-check
// The production server: Next's request handler behind a plain Node HTTP server, so build assets can go out
// brotli-compressed (lib/server/brotli-static.js), and pages too (below); `next start` only does gzip. Everything
// else is Next's.
//   node server.js [-p PORT] [-H HOST] [--dir DIR]   (defaults: $PORT or 3000, all interfaces, this folder)
// --dir serves another Next app the same way (the Lighthouse baseline page, scripts/lighthouse/baseline/).
// Each request is logged as one JSON line (lib/server/request-log.js; LOG_LEVEL sets how much).
Object.assign(process.env, { NODE_ENV: 'production' });
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const compression = require('compression');
// at run time require('next') is the factory itself; its typings describe an ES module with a default export
const next = /** @type {typeof import('next').default} */ (/** @type {unknown} */ (require('next')));
const { describeAddresses } = require('./lib/server/addresses.js');
const { createBrotliStatic } = require('./lib/server/brotli-static.js');
const { getLogger } = require('./lib/server/log.js');
const { withRequestLog } = require('./lib/server/request-log.js');

/** @param {string[]} names */
function option(names) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const port = Number(option(['-p', '--port']) ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${port}`);
  const hostname = option(['-H', '--hostname']);
  const dir = path.resolve(option(['--dir']) ?? __dirname);
  /** @type {import('next').NextConfig} */
  const nextConfig = require(path.join(dir, 'next.config.js'));

  const app = next({ dev: false, dir, port, ...(hostname && { hostname }) });
  const handle = app.getRequestHandler();
  // opens the database and runs migrations (instrumentation.ts); exits with the reason if it cannot
  await app.prepare();

  const rules = nextConfig.headers ? await nextConfig.headers() : [];
  const headers = rules.find((r) => r.source === '/_next/static/:path*')?.headers ?? [];
  const assets = createBrotliStatic({ staticDir: path.join(dir, nextConfig.distDir ?? '.next', 'static'), headers });

  // Pages and RSC payloads, brotli where the browser takes it (gzip otherwise), with Next's own gzip off
  // (next.config.js: compress). A question page carries its quiz in the payload beside its server-rendered HTML:
  // brotli makes that document about 17 % smaller than Next's gzip (the question page's 150 KiB budget). A page is
  // compressed on every request, so the quality is a trade: a document (a first load, once per page a student opens)
  // at quality 10, about 9 % smaller than at 5 for about 45 ms of CPU on a 110 KB question page; everything else (RSC
  // payloads of client navigations, JSON replies, the teacher's live refreshes) at quality 5, about 3 ms.
  // typed for Express; it needs only Node's request and response
  /** @typedef {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void} Middleware */
  // Next sets a route handler's Content-Type as a one-value array (['application/json']), which compression's own
  // filter takes for an unknown type and sends as is: the practice results' 14 KB of JSON went uncompressed
  /** @type {(req: http.IncomingMessage, res: http.ServerResponse) => boolean} */
  const filter = (req, res) => {
    const type = res.getHeader('Content-Type');
    if (Array.isArray(type)) res.setHeader('Content-Type', type.join(', '));
    return compression.filter(/** @type {never} */ (req), /** @type {never} */ (res));
  };
  const brotliAt = (/** @type {number} */ quality) =>
    /** @type {Middleware} */ (/** @type {unknown} */ (compression({ filter, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } } })));
  const compressDocument = brotliAt(10);
  const compressOther = brotliAt(5);
  /** A browser's first load of a page: HTML asked for, not an RSC payload or an API call. */
  const isDocument = (/** @type {http.IncomingMessage} */ req) =>
    req.method === 'GET' && !req.headers.rsc && !(req.url ?? '').startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
  const compress = /** @type {Middleware} */ ((req, res, proceed) => (isDocument(req) ? compressDocument : compressOther)(req, res, proceed));

  const server = http.createServer(
    withRequestLog((req, res) => {
      // the socket's address, for rate limits (lib/http/client-address.ts): whatever a client sent under this name is replaced
      req.headers['x-claimcheck-peer'] = req.socket.remoteAddress ?? '';
      if (assets.handle(req, res)) return;
      compress(req, res, () => void handle(req, res));
    }),
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(undefined));
  });
  // where it really listens (port 0 picks one; no -H means every interface), and what students should open
  const bound = /** @type {import('node:net').AddressInfo} */ (server.address());
  const appUrl = process.env.BETTER_AUTH_URL?.trim() || undefined;
  for (const line of describeAddresses({ bound, appUrl, interfaces: os.networkInterfaces() })) console.log(line);
  getLogger().info({ address: bound.address, port: bound.port }, 'listening');
  const started = Date.now();
  const count = await assets.warm();
  console.log(`  ${count} build assets brotli-compressed in ${Date.now() - started} ms`);
}

main().catch((error) => {
  // the reason in plain words for whoever started it, the stack in the log
  console.error(error instanceof Error ? error.message : error);
  getLogger().fatal({ err: error }, 'server did not start');
  process.exit(1);
});
