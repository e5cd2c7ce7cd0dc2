// One process owns the embedded database directory: PGlite is single-user, and a second writer would corrupt it.
// The lock is a file created with O_EXCL beside the data dir, holding who took it; a lock left by a dead process is
// taken over. Plain Node (no 'server-only') so tests can run it in child processes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export interface LockHandle {
  path: string;
  owner: LockOwner;
  release(): void;
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
    readonly lockPath: string,
  ) {
    const where = owner.host === os.hostname() ? '' : ` on host ${owner.host}`;
    super(
      `The embedded database at ${dataDir} is in use by process ${owner.pid}${where} (started ${owner.startedAt}). ` +
        `Stop that process or set DATABASE_URL.` +
        (where ? ` If that process is gone, delete ${lockPath}.` : ''),
    );
    this.name = 'DatabaseLockedError';
  }
}

/** The lock file for a data dir: `data/pglite` -> `data/pglite.lock`. */
export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir).replace(/[\\/]+$/, '')}.lock`;
}

// Paths this process holds, so a second open in the same process is refused too (its pid is alive: ours).
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
  return !isZombie(pid);
}

// A killed process whose parent has not reaped it yet still answers kill(pid, 0), but holds nothing (Linux only).
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const raw = JSON.parse(text) as Partial<LockOwner>;
    if (typeof raw.pid === 'number' && typeof raw.host === 'string' && typeof raw.startedAt === 'string') {
      return { pid: raw.pid, host: raw.host, startedAt: raw.startedAt };
    }
  } catch {
    // fall through: unreadable
  }
  return undefined;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Reads the current owner; a file being written this very moment by another opener may be empty, so look twice.
function readOwner(lockPath: string): { owner?: LockOwner; text: string } | undefined {
  let text = '';
  for (let i = 0; i < 5; i++) {
    try {
      text = fs.readFileSync(lockPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const owner = parseOwner(text);
    if (owner) return { owner, text };
    sleepSync(40);
  }
  return { text };
}

function isStale(owner: LockOwner | undefined, lockPath: string): boolean {
  if (!owner) return true; // unreadable garbage after several looks: nobody is writing it
  if (owner.host !== os.hostname()) return false; // cannot see that machine's processes: assume held
  if (owner.pid === process.pid) return !held.has(lockPath); // our pid from an earlier life (containers reuse pids)
  return !isAlive(owner.pid);
}

// Moves a stale lock aside atomically; if another opener replaced it meanwhile, put theirs back and report it.
function breakStaleLock(lockPath: string, staleText: string): LockOwner | undefined {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const moved = fs.readFileSync(aside, 'utf8');
  if (moved !== staleText) {
    const owner = parseOwner(moved);
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // someone else holds it now; either way it is not ours
    }
    fs.rmSync(aside, { force: true });
    if (owner && !isStale(owner, lockPath)) return owner;
    return undefined;
  }
  fs.rmSync(aside, { force: true });
  return undefined;
}

/**
 * Takes the lock for `dataDir` or throws DatabaseLockedError naming the live owner.
 * The lock is released by `release()` and, as a fallback, when the process exits.
 */
export function acquireLock(dataDir: string): LockHandle {
  const lockPath = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  const body = `${JSON.stringify(owner)}\n`;

  for (let attempt = 0; attempt < 5; attempt++) {
    let fd: number;
    try {
      fd = fs.openSync(lockPath, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readOwner(lockPath);
      if (!current) continue; // released meanwhile: try again
      if (!isStale(current.owner, lockPath) && current.owner) {
        throw new DatabaseLockedError(path.resolve(dataDir), current.owner, lockPath);
      }
      const live = breakStaleLock(lockPath, current.text);
      if (live) throw new DatabaseLockedError(path.resolve(dataDir), live, lockPath);
      continue;
    }
    try {
      fs.writeSync(fd, body);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    held.add(lockPath);
    return makeHandle(lockPath, owner, body);
  }
  throw new Error(`Could not take the lock ${lockPath}: it kept changing. Is another process starting at the same time?`);
}

function makeHandle(lockPath: string, owner: LockOwner, body: string): LockHandle {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(lockPath);
    process.off('exit', release);
    try {
      // only remove the file if it is still ours
      if (fs.readFileSync(lockPath, 'utf8') === body) fs.rmSync(lockPath, { force: true });
    } catch {
      // already gone
    }
  };
  process.on('exit', release);
  return { path: lockPath, owner, release };
}
