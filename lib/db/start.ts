import 'server-only';
// Called by instrumentation.ts in the Node.js runtime: check the settings, open and migrate now, or stop the
// server with the reason.
import { announceSetupLink } from '@/lib/auth/setup';
import { trustedProxyHops } from '@/lib/http/client-address';
import { getDbHandle } from './client';

export async function openDatabaseAtStart(): Promise<void> {
  try {
    trustedProxyHops(); // an invalid TRUST_PROXY stops the start, not every rate-limited request
  } catch (error) {
    console.error(`[settings] ${(error as Error).message}`);
    process.exit(1);
  }
  try {
    const handle = await getDbHandle();
    console.log(`[db] ${handle.kind === 'pglite' ? 'embedded database' : 'PostgreSQL'} ready: ${handle.location}`);
  } catch (error) {
    console.error(`[db] cannot open the database: ${(error as Error).message}`);
    process.exit(1);
  }
  try {
    await announceSetupLink(); // no account yet: the one-time link for the first (admin) account
  } catch (error) {
    console.error(`[setup] cannot make the setup link: ${(error as Error).message}`);
  }
}
