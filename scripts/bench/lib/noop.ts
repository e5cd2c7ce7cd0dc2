// The load generator's own floor: a server in this process that answers every request with 204 at once, asked
// every few hundred ms through the same fetch while the students run. Its latency is what this process (its event
// loop, loopback, the machine's load) adds to any request, so the app's latencies can be read beside it: on a busy
// or slower machine both rise together, and their ratio is what the app costs.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { timedFetch } from './http';
import type { Recorder } from './student';

export interface NoopProbe {
  url: string;
  stop(): Promise<void>;
}

export async function startNoopProbe(rec: Recorder, everyMs = 250, maxMs = 3_600_000): Promise<NoopProbe> {
  const server = http.createServer((_req, res) => {
    res.statusCode = 204;
    res.end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const until = performance.now() + maxMs;
  const stopped = new AbortController();
  const loop = (async () => {
    while (!stopped.signal.aborted && performance.now() < until) {
      rec.add('no-op', await timedFetch(url, { timeoutMs: 10_000 }));
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    url,
    stop: async () => {
      stopped.abort();
      await loop;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
