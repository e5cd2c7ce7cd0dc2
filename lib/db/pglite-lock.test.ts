import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, DatabaseLockedError, lockPathFor } from './pglite-lock';

const holder = path.join(__dirname, 'test-fixtures', 'lock-holder.ts');

function start(dataDir: string): { child: ChildProcess; firstLine: Promise<string>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', holder, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(out.slice(0, nl));
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code} before reporting`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, firstLine, exited };
}

describe('pglite lock', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-lock-'));
  });
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second opener in another process, naming the first', async () => {
    const dataDir = path.join(dir, 'pglite');
    const first = start(dataDir);
    children.push(first.child);
    const line1 = await first.firstLine;
    expect(line1).toBe(`LOCKED ${first.child.pid}`);
    const owner = JSON.parse(fs.readFileSync(lockPathFor(dataDir), 'utf8')) as { pid: number; host: string; startedAt: string };
    expect(owner).toMatchObject({ pid: first.child.pid, host: os.hostname() });
    expect(Number.isNaN(Date.parse(owner.startedAt))).toBe(false);

    const second = start(dataDir);
    children.push(second.child);
    const line2 = await second.firstLine.catch((e: Error) => e.message);
    expect(line2).toContain(`The embedded database at ${path.resolve(dataDir)} is in use by process ${first.child.pid}`);
    expect(line2).toContain('Stop that process or set DATABASE_URL.');
    expect(await second.exited).toBe(3);

    // the first releases on stdin end: the lock file is gone and a new opener gets it
    first.child.stdin!.end();
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
    const third = start(dataDir);
    children.push(third.child);
    expect(await third.firstLine).toBe(`LOCKED ${third.child.pid}`);
    third.child.stdin!.end();
    await third.exited;
  }, 30_000);

  it('takes over a stale lock left by a dead process', async () => {
    const dataDir = path.join(dir, 'pglite');
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.once('exit', resolve));
    fs.writeFileSync(
      lockPathFor(dataDir),
      JSON.stringify({ pid: dead.pid, host: os.hostname(), startedAt: new Date(0).toISOString() }),
    );
    const lock = acquireLock(dataDir);
    expect(lock.owner.pid).toBe(process.pid);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dataDir), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it('refuses a second open in the same process', () => {
    const dataDir = path.join(dir, 'pglite');
    const lock = acquireLock(dataDir);
    try {
      expect(() => acquireLock(dataDir)).toThrow(DatabaseLockedError);
    } finally {
      lock.release();
    }
  });

  it('treats an unreadable lock file as stale', () => {
    const dataDir = path.join(dir, 'pglite');
    fs.writeFileSync(lockPathFor(dataDir), 'garbage');
    const lock = acquireLock(dataDir);
    expect(fs.readFileSync(lockPathFor(dataDir), 'utf8')).not.toBe('garbage');
    lock.release();
  });
});
