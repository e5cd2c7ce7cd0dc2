import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedJson } from './http';

const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: `item-${i}`, feedback: 'Said by one party and not independently checked.' })) };
const req = (acceptEncoding?: string) => new Request('http://127.0.0.1/api/x', acceptEncoding ? { headers: { 'accept-encoding': acceptEncoding } } : {});
const body = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('compressedJson', () => {
  it('sends a large reply brotli-compressed to a browser that takes brotli', async () => {
    const res = compressedJson(req('gzip, deflate, br, zstd'), big);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const bytes = await body(res);
    expect(bytes.length).toBeLessThan(JSON.stringify(big).length / 5);
    expect(JSON.parse(zlib.brotliDecompressSync(bytes).toString())).toEqual(big);
  });

  it('falls back to gzip, then to no encoding at all', async () => {
    const gz = compressedJson(req('gzip'), big);
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(await body(gz)).toString())).toEqual(big);
    for (const enc of [undefined, 'identity', 'gzip;q=0', 'br;q=0, gzip;q=0']) {
      const plain = compressedJson(req(enc), big);
      expect(plain.headers.get('content-encoding'), String(enc)).toBeNull();
      expect(JSON.parse((await body(plain)).toString())).toEqual(big);
    }
  });

  it('leaves a small reply as it is, with its status and no caching', async () => {
    const res = compressedJson(req('br'), { saved: true }, 201);
    expect(res.status).toBe(201);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ saved: true });
  });
});
