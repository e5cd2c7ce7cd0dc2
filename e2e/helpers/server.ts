// A production server of its own, for tests that kill and restart it (the shared webServer must stay up).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface OwnServer {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  /** Where this server writes its one-time setup link, for e2e/helpers/teacher.ts to make its admin. */
  setupLinkFile: string;
}

export function tempDataDir(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-e2e-')), 'pglite');
}

export function startServer(port: number, dataDir: string): OwnServer {
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const setupLinkFile = path.join(path.dirname(dataDir), 'setup-link');
  const child = spawn(process.execPath, [path.resolve(__dirname, '../../server.js'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, PGLITE_DIR: dataDir, BETTER_AUTH_URL: url, DATABASE_URL: '', SETUP_LINK_FILE: setupLinkFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  return { url, dataDir, child, output: () => log, setupLinkFile };
}

export async function waitUntilUp(server: OwnServer, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output()}`);
    const ok = await fetch(`${server.url}/`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start:\n${server.output()}`);
}

export function exited(server: OwnServer, timeoutMs = 60_000): Promise<number | null> {
  if (server.child.exitCode !== null) return Promise.resolve(server.child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not exit:\n${server.output()}`)), timeoutMs);
    server.child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
