import 'server-only';
// Readiness for a load balancer: the database answers, and every migration this build ships is applied to it. The
// reply names only what failed, never where the database is or why (that goes to the server's log).
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { log } from '@/lib/log';
import { getDb } from './client';
import { DEFAULT_MIGRATIONS } from './open';

export type Readiness = {
  ready: boolean;
  database: 'ok' | 'unreachable';
  migrations: 'ok' | 'pending' | 'unknown';
};

// a load balancer probes every few seconds: a database that hangs must not hang the probe
const TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The newest migration the build ships, by the timestamp drizzle's migrator compares (folderMillis). */
function newestShipped(migrationsFolder: string): number {
  return Math.max(0, ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
}

export async function checkReadiness(migrationsFolder = DEFAULT_MIGRATIONS): Promise<Readiness> {
  let db: Awaited<ReturnType<typeof getDb>>;
  try {
    db = await withTimeout(getDb());
    await withTimeout(db.execute(sql`select 1`));
  } catch (error) {
    log.error({ err: error }, 'readiness: database unreachable');
    return { ready: false, database: 'unreachable', migrations: 'unknown' };
  }
  try {
    const rows = await withTimeout(db.execute(sql`select max(created_at) as newest from drizzle.__drizzle_migrations`));
    // node-postgres gives { rows }, PGlite gives { rows } too; created_at is a bigint (a string from node-postgres)
    const newest = Number((rows as unknown as { rows: Array<{ newest: unknown }> }).rows[0]?.newest ?? 0);
    const applied = newest >= newestShipped(migrationsFolder);
    return { ready: applied, database: 'ok', migrations: applied ? 'ok' : 'pending' };
  } catch (error) {
    log.error({ err: error }, 'readiness: cannot read the migration history');
    return { ready: false, database: 'ok', migrations: 'unknown' };
  }
}
