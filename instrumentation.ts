// Runs once when the server starts: opens the database and applies migrations, so the first request is not slow
// and a second server on the same embedded database fails at start with a clear message.
export async function register(): Promise<void> {
  // `next build` loads this file too: it must not touch the database
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { openDatabaseAtStart } = await import('./lib/db/start');
    await openDatabaseAtStart();
  }
}
