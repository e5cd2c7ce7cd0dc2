import 'server-only';
// Called by instrumentation.ts in the Node.js runtime: open and migrate now, or stop the server with the reason.
import { getDbHandle } from './client';

export async function openDatabaseAtStart(): Promise<void> {
  try {
    const handle = await getDbHandle();
    console.log(`[db] ${handle.kind === 'pglite' ? 'embedded database' : 'PostgreSQL'} ready: ${handle.location}`);
  } catch (error) {
    console.error(`[db] cannot open the database: ${(error as Error).message}`);
    process.exit(1);
  }
}
