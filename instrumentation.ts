// Runs once when the server starts: opens the database and applies migrations, so the first request is not slow
// and a second server on the same embedded database fails at start with a clear message.
import type { Instrumentation } from 'next';

export async function register(): Promise<void> {
  // `next build` loads this file too: it must not touch the database
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { openDatabaseAtStart } = await import('./lib/db/start');
    await openDatabaseAtStart();
  }
}

// An error a page, server action or route handler threw and did not catch: into the structured log with its stack
// and the request id (the visitor sees error.tsx or a 500, never the stack). The query string is left out.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log } = await import('./lib/log');
  log.error(
    { err: error, method: request.method, route: request.path.split('?')[0], routePath: context.routePath, routeType: context.routeType },
    'uncaught error in a request',
  );
};
