import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAuthSecret, getEnv } from './env';

describe('env', () => {
  let dir: string;
  const cwd = process.cwd();
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-env-'));
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(cwd);
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has defaults that need no setup, and treats empty values as unset', () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('BETTER_AUTH_URL', '');
    vi.stubEnv('PGLITE_DIR', '');
    const env = getEnv();
    expect(env.databaseUrl).toBeUndefined();
    expect(env.appUrl).toBe('http://localhost:3000');
    expect(env.pgliteDir).toBe(path.join(fs.realpathSync(dir), 'data', 'pglite'));
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, naming the setting', () => {
    vi.stubEnv('DATABASE_URL', 'mysql://x@localhost/db');
    expect(() => getEnv()).toThrow(/DATABASE_URL/);
  });

  it('generates a session secret once and keeps it in data/secret', () => {
    vi.stubEnv('BETTER_AUTH_SECRET', '');
    const first = getAuthSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, 'data', 'secret');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(getAuthSecret()).toBe(first);
    vi.stubEnv('BETTER_AUTH_SECRET', 'x'.repeat(40));
    expect(getAuthSecret()).toBe('x'.repeat(40));
  });

  it('reads data/secret once per process, not on every request that needs it', () => {
    vi.stubEnv('BETTER_AUTH_SECRET', '');
    const first = getAuthSecret();
    const read = vi.spyOn(fs, 'readFileSync');
    expect(getAuthSecret()).toBe(first);
    expect(getAuthSecret()).toBe(first);
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });
});
