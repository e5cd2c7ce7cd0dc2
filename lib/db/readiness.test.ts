// Readiness against a real database: ready once migrated, "pending" when the build ships a migration the database
// lacks, "unreachable" (and nothing about where) when the database does not answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/health/route';
import { useTestDatabase } from '@/test/db';
import { getLogger } from '@/lib/server/log.js';
import { closeDb } from './client';
import { DEFAULT_MIGRATIONS } from './open';
import { checkReadiness } from './readiness';

useTestDatabase();

const health = (query = '') => GET(new Request(`http://localhost/api/health${query}`));

/** A copy of the shipped migrations plus one newer than any the database has seen. */
function migrationsWithOneMore(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-migrations-'));
  fs.cpSync(DEFAULT_MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<Record<string, unknown>> };
  journal.entries.push({ idx: journal.entries.length, version: '7', when: Date.now() + 60_000, tag: '9999_from_the_future', breakpoints: true });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(dir, '9999_from_the_future.sql'), 'select 1;');
  return dir;
}

describe('GET /api/health', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('liveness answers 200 without asking the database', async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('readiness is 200 once the database answers and is migrated', async () => {
    const res = await health('?ready=1');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok' } });
  });

  it('readiness says "pending" when the build ships a migration the database has not had', async () => {
    const folder = migrationsWithOneMore();
    made.push(folder);
    expect(await checkReadiness(folder)).toEqual({ ready: false, database: 'ok', migrations: 'pending' });
  });

  it('readiness is 503 when the database does not answer, and the reply names no address or password', async () => {
    const log = vi.spyOn(getLogger(), 'error').mockImplementation(() => {});
    const saved = process.env.DATABASE_URL;
    await closeDb();
    process.env.DATABASE_URL = 'postgresql://claimcheck:hunter2-secret@127.0.0.1:1/claimcheck';
    try {
      const res = await health('?ready=1');
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ status: 'unavailable', checks: { database: 'unreachable', migrations: 'unknown' } });
      expect(text).not.toMatch(/hunter2|127\.0\.0\.1|postgres/);
      expect(log).toHaveBeenCalled();
    } finally {
      await closeDb();
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
      log.mockRestore();
    }
  });
});
