// @ts-check
// Build assets (/_next/static/**.js|css) sent brotli-compressed. `next start` only speaks gzip, and on a student's
// phone over a slow network the framework's JavaScript is most of what a page costs: brotli at quality 11 makes it
// about 14 % smaller than Next's gzip. These files are content-hashed and never change while the server runs, so each
// one is compressed once, off the main thread (zlib's thread pool), and kept in memory (≈ 0.2 MB for a build).
// Plain JavaScript because server.js loads it before anything could compile TypeScript.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { promisify } = require('node:util');

const brotli = promisify(zlib.brotliCompress);

/** @type {Record<string, string>} */
const TYPES = { '.js': 'application/javascript; charset=UTF-8', '.css': 'text/css; charset=UTF-8' };
const PREFIX = '/_next/static/';

/** @param {string | string[] | undefined} header */
function acceptsBrotli(header) {
  const value = Array.isArray(header) ? header.join(',') : header ?? '';
  for (const part of value.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'br') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/**
 * @param {{ staticDir: string, headers?: Array<{ key: string, value: string }> }} options
 *   staticDir: the build's `static` folder; headers: sent on every reply (the app's security headers)
 */
function createBrotliStatic({ staticDir, headers = [] }) {
  const root = path.resolve(staticDir);
  /** @type {Map<string, { body: Buffer, type: string }>} */
  const ready = new Map();
  /** @type {Map<string, Promise<void>>} */
  const pending = new Map();

  /** @param {string} file an absolute path inside root */
  function compress(file) {
    let job = pending.get(file);
    if (!job) {
      job = fs.promises
        .readFile(file)
        .then((raw) => brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }))
        .then((body) => {
          const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
          ready.set(file, { body, type });
        })
        // unreadable (gone, a folder): Next answers the request itself, as it would without this layer
        .catch(() => {})
        .finally(() => pending.delete(file));
      pending.set(file, job);
    }
    return job;
  }

  /**
   * Answers the request if it is for a compressible build asset already compressed, and returns true; otherwise
   * starts compressing it (for next time) and returns false so Next serves it (gzip) this once.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    if (!url.startsWith(PREFIX)) return false;
    const pathname = url.split('?')[0] ?? '';
    if (!(path.extname(pathname) in TYPES) || !acceptsBrotli(req.headers['accept-encoding'])) return false;
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(PREFIX.length));
    } catch {
      return false;
    }
    const file = path.resolve(root, relative);
    // a path that climbs out of the static folder is Next's to refuse
    if (!file.startsWith(root + path.sep) || relative.includes('\0')) return false;

    const hit = ready.get(file);
    if (!hit) {
      void compress(file);
      return false;
    }
    for (const { key, value } of headers) res.setHeader(key, value);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Content-Type', hit.type);
    res.setHeader('Vary', 'Accept-Encoding');
    // no ETag: the name is the content's hash and the reply is immutable, so a browser never revalidates it, and on
    // a question page's ten requests the validators cost about 0.3 KiB of its 150
    res.setHeader('Content-Encoding', 'br');
    res.setHeader('Content-Length', hit.body.length);
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : hit.body);
    return true;
  }

  /** Compresses every asset now, one at a time, so the first students already get brotli. */
  async function warm() {
    /** @type {string[]} */
    const files = [];
    /** @param {string} dir */
    const walk = (dir) => {
      let entries;
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (path.extname(e.name) in TYPES) files.push(p);
      }
    };
    walk(root);
    for (const f of files) await compress(f);
    return files.length;
  }

  return { handle, warm };
}

module.exports = { createBrotliStatic, acceptsBrotli };
