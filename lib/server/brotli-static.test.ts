import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsBrotli, createBrotliStatic } from './brotli-static.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-brotli-'));
const staticDir = path.join(dir, 'static');
const script = 'globalThis.answer = ' + JSON.stringify('x'.repeat(5000)) + ';\n';
let base = '';
let server: http.Server;
const fellThrough: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(path.join(staticDir, 'chunks'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'chunks', 'app.js'), script);
  fs.writeFileSync(path.join(staticDir, 'chunks', 'late.css'), 'body{color:red}');
  fs.writeFileSync(path.join(staticDir, 'font.woff2'), 'not text');
  fs.writeFileSync(path.join(dir, 'secret.js'), 'outside the static folder');
  const assets = createBrotliStatic({ staticDir, headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] });
  await assets.warm();
  fs.writeFileSync(path.join(staticDir, 'chunks', 'added-later.js'), 'let added = 1;');
  server = http.createServer((req, res) => {
    if (assets.handle(req, res)) return;
    fellThrough.push(req.url ?? '');
    res.statusCode = 418;
    res.end('next would answer');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(base + url, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('brotli build assets', () => {
  it('sends a warmed asset brotli-compressed, byte for byte, with cache and security headers', async () => {
    const res = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('sends no validator (the file never changes under its name) and answers a HEAD without a body', async () => {
    const first = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' });
    expect(first.headers.etag).toBeUndefined();
    const head = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('leaves to Next what it cannot or should not compress', async () => {
    const cases = [
      ['/_next/static/chunks/app.js', 'gzip'], // the client does not speak brotli
      ['/_next/static/chunks/app.js', 'gzip, br;q=0'], // …or refuses it
      ['/_next/static/font.woff2', 'br'], // already compressed
      ['/_next/static/..%2fsecret.js', 'br'], // climbs out of the static folder
      ['/_next/static/chunks/missing.js', 'br'],
      ['/_next/static/%E0%A4%A.js', 'br'], // malformed escape
      ['/quiz/x/play', 'br'], // pages are Next's
    ] as const;
    for (const [url, enc] of cases) {
      const res = await get(url, { 'accept-encoding': enc });
      expect(res.status, url).toBe(418);
    }
  });

  it('serves an asset brotli from its second request when it was not warmed', async () => {
    const url = '/_next/static/chunks/added-later.js';
    expect((await get(url, { 'accept-encoding': 'br' })).status).toBe(418);
    let res = await get(url, { 'accept-encoding': 'br' });
    for (let i = 0; i < 50 && res.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      res = await get(url, { 'accept-encoding': 'br' });
    }
    expect(res.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe('let added = 1;');
  });
});

describe('acceptsBrotli', () => {
  it('reads Accept-Encoding like a browser sends it', () => {
    expect(acceptsBrotli('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsBrotli('br;q=0.5')).toBe(true);
    expect(acceptsBrotli('BR')).toBe(true);
    expect(acceptsBrotli('br;q=0')).toBe(false);
    expect(acceptsBrotli('gzip')).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});
