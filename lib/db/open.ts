// Opens the database the app runs on and brings it up to date: embedded PGlite in a directory this process locks,
// or PostgreSQL through node-postgres when a URL is given. Both give the same drizzle API, so one query layer
// serves both. Plain Node (no 'server-only'): tests use it directly; the app goes through client.ts.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import { acquireLock } from './pglite-lock';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where it is: the PGlite directory, or the PostgreSQL URL without its password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  pgliteDir: string;
  migrationsFolder?: string;
}

export const DEFAULT_MIGRATIONS = path.join(process.cwd(), 'drizzle');
// Any constant: every instance asks PostgreSQL for this advisory lock so only one migrates at a time.
const MIGRATION_LOCK_KEY = 7_203_115;

export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  const migrationsFolder = options.migrationsFolder ?? DEFAULT_MIGRATIONS;
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, migrationsFolder)
    : openPglite(options.pgliteDir, migrationsFolder);
}

async function openPglite(dataDir: string, migrationsFolder: string): Promise<DbHandle> {
  const lock = acquireLock(dataDir); // throws, naming the owner, if another process has it
  try {
    const client = await PGlite.create(dataDir);
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      location: dataDir,
      async close() {
        try {
          await client.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPostgres(url: string, migrationsFolder: string): Promise<DbHandle> {
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error('[db] idle PostgreSQL client error:', error.message));
  try {
    const conn = await pool.connect();
    try {
      await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      try {
        await migratePg(drizzlePg({ client: conn, schema }), { migrationsFolder });
      } finally {
        await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      }
    } finally {
      conn.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzlePg({ client: pool, schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    location: redact(url),
    close: () => pool.end(),
  };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
