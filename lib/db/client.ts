import 'server-only';
// The one database handle of this server process, opened on first use (never at import: `next build` imports
// modules) and by instrumentation.ts at start.
import { getEnv } from '@/lib/env';
import { openDatabase, type Db, type DbHandle } from './open';

export type { Db } from './open';

// Cached on globalThis, not in a module variable: dev-mode hot reload re-evaluates modules, and a second open of
// the embedded database from the same process would be refused by its lock.
const globalForDb = globalThis as unknown as { claimcheckDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  globalForDb.claimcheckDb ??= open().catch((error: unknown) => {
    globalForDb.claimcheckDb = undefined; // let a later call try again (e.g. after the other process stopped)
    throw error;
  });
  return globalForDb.claimcheckDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Closes the handle (tests, shutdown). The next getDb() opens again, reading the environment anew. */
export async function closeDb(): Promise<void> {
  const pending = globalForDb.claimcheckDb;
  globalForDb.claimcheckDb = undefined;
  if (pending) await (await pending.catch(() => undefined))?.close();
}

async function open(): Promise<DbHandle> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('The database must not be opened during `next build`: read it only in dynamic code.');
  }
  const env = getEnv();
  const handle = await openDatabase({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
  if (handle.kind === 'pglite') releaseOnSignals(handle);
  return handle;
}

// Node's default for SIGINT/SIGTERM exits without running 'exit' listeners. Close cleanly, and exit ourselves only
// when nobody else (Next's own handler) is listening. A lock left by a killed process is taken over anyway.
function releaseOnSignals(handle: DbHandle): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      const othersListening = process.listenerCount(signal) > 0;
      void handle.close().finally(() => {
        if (!othersListening) process.exit(code);
      });
    });
  }
}
