// Test database: each test file gets a fresh one with migrations applied. PGlite in a temp dir by default;
// with DATABASE_URL set (scripts/with-postgres.sh), a new PostgreSQL database created for the file and dropped after.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { closeDb, getDb, getDbHandle } from '@/lib/db/client';
import { user } from '@/lib/db/schema';

export function useTestDatabase(): void {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };
  const serverUrl = process.env.DATABASE_URL;
  let tempDir: string | undefined;
  let dbName: string | undefined;

  // the auth instance holds the database it was made with: drop it with the database
  const forgetAuth = () => delete (globalThis as { claimcheckAuth?: unknown }).claimcheckAuth;

  beforeAll(async () => {
    await closeDb();
    forgetAuth();
    if (serverUrl) {
      dbName = `claimcheck_test_${crypto.randomBytes(6).toString('hex')}`;
      await adminQuery(serverUrl, `create database ${dbName}`);
      const url = new URL(serverUrl);
      url.pathname = `/${dbName}`;
      process.env.DATABASE_URL = url.toString();
    } else {
      tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-db-'));
      process.env.PGLITE_DIR = path.join(tempDir, 'pglite');
    }
    await getDbHandle();
  });

  afterAll(async () => {
    await closeDb();
    forgetAuth();
    process.env.DATABASE_URL = saved.DATABASE_URL;
    process.env.PGLITE_DIR = saved.PGLITE_DIR;
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    if (saved.PGLITE_DIR === undefined) delete process.env.PGLITE_DIR;
    if (serverUrl && dbName) await adminQuery(serverUrl, `drop database if exists ${dbName} with (force)`);
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A teacher row, as better-auth would create it (enough for ownership tests). */
export async function createTestTeacher(name = 'Teacher'): Promise<{ id: string; email: string }> {
  const db = await getDb();
  const id = crypto.randomUUID();
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${id.slice(0, 8)}@example.test`;
  await db.insert(user).values({ id, name, email });
  return { id, email };
}

export const inOneWeek = () => new Date(Date.now() + 7 * 86_400_000);

export function assignmentInput(overrides: Partial<import('@/lib/validation/teacher').AssignmentInput> = {}) {
  return {
    quizId: 'paktika-basics',
    opensAt: new Date(Date.now() - 60_000),
    dueAt: inOneWeek(),
    mode: 'submit' as const,
    attemptsAllowed: 1,
    timeLimitMinutes: null,
    shuffle: true,
    ...overrides,
  };
}
