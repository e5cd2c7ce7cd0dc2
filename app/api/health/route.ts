// GET /api/health: liveness (the process answers; touches nothing). GET /api/health?ready=1: readiness for a load
// balancer, 200 when the database answers and every migration of this build is applied, else 503.
import { checkReadiness } from '@/lib/db/readiness';
import { json } from '@/lib/http';

export async function GET(request: Request) {
  if (!new URL(request.url).searchParams.has('ready')) return json({ status: 'ok' });
  const { ready, database, migrations } = await checkReadiness();
  return json({ status: ready ? 'ok' : 'unavailable', checks: { database, migrations } }, ready ? 200 : 503);
}
