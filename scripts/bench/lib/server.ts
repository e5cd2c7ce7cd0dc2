// Builds the app into its own dist dir and runs production servers on loopback ports for the benchmark and
// Lighthouse scripts: a fresh embedded database (or DATABASE_URL), a fixed session secret, memory and CPU sampled
// from /proc, and a clean stop. Nothing here touches the shared .next/ or data/ dirs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-bench';
/** Any 32+ characters: instances sharing one PostgreSQL must share it (teacher sessions). */
export const BENCH_SECRET = 'claimcheck-bench-secret-not-for-production-0123456789';

const log = (...args: unknown[]) => console.error('[bench]', ...args);

// `next build` adds its dist dir's type folders to tsconfig.json (and rewrites next-env.d.ts). Those files are
// shared with everybody editing the tree: put back what was there if the build changed nothing but that.
function snapshot(file: string): string | null {
  try {
    return fs.readFileSync(path.join(ROOT, file), 'utf8');
  } catch {
    return null;
  }
}

function restoreTsconfig(before: string | null): void {
  const file = path.join(ROOT, 'tsconfig.json');
  const after = snapshot('tsconfig.json');
  if (before === null || after === null || after === before) return;
  try {
    const a = JSON.parse(after) as { include?: string[] };
    const b = JSON.parse(before) as { include?: string[] };
    a.include = a.include?.filter((p) => !p.startsWith(`${DIST_DIR}/`));
    if (JSON.stringify(a) === JSON.stringify(b)) {
      fs.writeFileSync(file, before);
      log(`put tsconfig.json back as it was (next build had added ${DIST_DIR}/ type folders)`);
    }
  } catch {
    log('tsconfig.json changed during the build and is left as it is');
  }
}

export function build(): void {
  const tsconfig = snapshot('tsconfig.json');
  const nextEnv = snapshot('next-env.d.ts');
  log(`building into ${DIST_DIR} (next build)…`);
  const started = Date.now();
  const r = spawnSync('npx', ['next', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
  });
  restoreTsconfig(tsconfig);
  if (nextEnv !== null && snapshot('next-env.d.ts') !== nextEnv) fs.writeFileSync(path.join(ROOT, 'next-env.d.ts'), nextEnv);
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
    throw new Error(`no build in ${DIST_DIR}/: run without --no-build first`);
  }
}

// Where the servers of this run write the one-time setup link (lib/auth/setup.ts): setup.ts reads it to make the
// admin, as a newcomer would from the server's output. Every instance writes it; the last one's link is the valid one.
export const SETUP_LINK_FILE = path.join(os.tmpdir(), `cc-bench-setup-link-${process.pid}`);

export interface ServerOptions {
  port: number;
  /** Embedded database dir (ignored when databaseUrl is set). */
  pgliteDir?: string;
  databaseUrl?: string;
  /** Write a V8 CPU profile of the server to this dir (node --cpu-prof). */
  cpuProfDir?: string;
  name?: string;
  /** Serve another Next app with server.js --dir (the Lighthouse baseline page): no database, no app settings. */
  appDir?: string;
}

export interface Sample {
  t: number; // ms since start
  rssKb: number;
  cpuMs: number; // user + system CPU time of the server process so far
}

export interface RunningServer {
  port: number;
  pid: number;
  origin: string;
  child: ChildProcess;
  samples: Sample[];
  /** Peak resident set (VmHWM) seen so far, in kB. */
  peakRssKb(): number;
  /** CPU ms used by the server between two sample times. */
  cpuBetween(fromMs: number, toMs: number): number;
  stop(): Promise<number | null>;
  logTail(): string;
}

const CLK_TCK = 100; // Linux USER_HZ

function readProc(pid: number): { rssKb: number; hwmKb: number; cpuMs: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM'), cpuMs: (ticks * 1000) / CLK_TCK };
  } catch {
    return null;
  }
}

/** CPU ms this (load generator) process has used so far. */
export function selfCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function waitReady(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} while starting`);
    try {
      const res = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${origin} not ready after ${timeoutMs} ms`);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: DIST_DIR,
    // a line per request is a production default; a benchmark of thousands keeps warnings and errors only
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    BETTER_AUTH_URL: origin,
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? BENCH_SECRET,
    PORT: String(options.port),
    // each simulated student sends its own X-Forwarded-For, as a proxy in front of the app would set it
    TRUST_PROXY: '1',
    // the baseline page is served by the app's server.js, whose start announces a setup link too: in a file of its
    // own, or it replaces the app server's link and the admin setup finds a token that server never made
    SETUP_LINK_FILE: options.appDir ? `${SETUP_LINK_FILE}-${options.port}` : SETUP_LINK_FILE,
  };
  if (options.appDir) delete env.DATABASE_URL;
  else if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else {
    delete env.DATABASE_URL;
    if (!options.pgliteDir) throw new Error('startServer needs pgliteDir or databaseUrl');
    env.PGLITE_DIR = options.pgliteDir;
  }
  const nodeArgs: string[] = [];
  if (options.cpuProfDir) {
    fs.mkdirSync(options.cpuProfDir, { recursive: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  }
  const child = spawn(
    process.execPath,
    // BENCH_NEXT_START=1 serves with `next start` instead of server.js, to compare the two
    process.env.BENCH_NEXT_START === '1'
      ? [...nodeArgs, path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(options.port), '-H', '127.0.0.1']
      : [...nodeArgs, path.join(ROOT, 'server.js'), '-p', String(options.port), '-H', '127.0.0.1', ...(options.appDir ? ['--dir', options.appDir] : [])],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (!child.pid) throw new Error('could not start the server');
  const pid = child.pid;
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(line);
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const t0 = Date.now();
  const samples: Sample[] = [];
  let hwm = 0;
  const sample = () => {
    const p = readProc(pid);
    if (!p) return;
    hwm = Math.max(hwm, p.hwmKb, p.rssKb);
    samples.push({ t: Date.now() - t0, rssKb: p.rssKb, cpuMs: p.cpuMs });
  };
  const timer = setInterval(sample, 500);
  timer.unref();

  try {
    await waitReady(origin, child, 60_000);
  } catch (error) {
    clearInterval(timer);
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${lines.slice(-30).join('\n')}`, { cause: error });
  }
  log(`${options.name ?? 'server'} ready on ${origin} (pid ${pid}, ${options.appDir ? path.relative(ROOT, options.appDir) : options.databaseUrl ? 'PostgreSQL' : `embedded ${options.pgliteDir}`})`);

  const cpuAt = (ms: number): number => {
    let best: Sample | undefined;
    for (const s of samples) if (s.t <= ms) best = s;
    return best?.cpuMs ?? samples[0]?.cpuMs ?? 0;
  };

  return {
    port: options.port,
    pid,
    origin,
    child,
    samples,
    peakRssKb: () => {
      sample();
      return hwm;
    },
    cpuBetween: (from, to) => cpuAt(to - t0) - cpuAt(from - t0),
    logTail: () => lines.slice(-40).join('\n'),
    stop: async () => {
      sample();
      clearInterval(timer);
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000).unref());
      const result = await Promise.race([exited, timeout]);
      if (result === 'timeout') {
        log(`server pid ${pid} did not stop in 20 s: killing it`);
        child.kill('SIGKILL');
        return exited;
      }
      return result;
    },
  };
}

/**
 * Stops every server in `servers` (a list the caller fills as it starts them) on Ctrl-C or SIGTERM, then exits;
 * returns the same stop-them-all for the caller's own finally block.
 */
export function stopServersOnSignal(servers: RunningServer[]): () => Promise<void> {
  const stopAll = async () => {
    for (const s of servers.splice(0)) await s.stop();
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return stopAll;
}

export function machine(): { cores: number; cpuModel: string; memoryGiB: number; node: string; platform: string } {
  return {
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

/** The commit the work tree is on, read from .git without running git. */
export function gitRevision(): string {
  try {
    const gitDir = path.join(ROOT, '.git');
    const head = fs.readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 12);
    const ref = head.slice(5);
    const loose = path.join(gitDir, ref);
    if (fs.existsSync(loose)) return fs.readFileSync(loose, 'utf8').trim().slice(0, 12);
    const packed = fs.readFileSync(path.join(gitDir, 'packed-refs'), 'utf8');
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    return line ? line.slice(0, 12) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Removes a PGlite dir and its lock file (only dirs this script made under /tmp). */
export function removePgliteDir(dir: string): void {
  if (!dir.startsWith(os.tmpdir())) return;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
}
