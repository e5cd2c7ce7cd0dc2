// Database cost of one answer save, without HTTP or Next: the statements an answer save ran before the guarded
// upsert shipped (authorize the device in two queries, then BEGIN / SELECT … FOR UPDATE / upsert / COMMIT) against
// what it runs now (the same two authorizing queries, then lib/db/queries/answers.ts saveAnswer's one guarded
// upsert), and against a shape not shipped: one joined authorizing query + the guarded upsert (the rest of
// recommendation 4 in docs/benchmarks.md). Every save here is a newer answer (no stale resend, which costs one more
// query). Same schema (drizzle/ migrations), same data shape.
//   node --import tsx scripts/bench/db-micro.ts [--n 3000] [--db pglite|pg]   (pg: needs DATABASE_URL)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { num, parseArgs, str } from './lib/args';
import { percentile, round } from './lib/report';
import { ROOT } from './lib/server';

type Exec = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const args = parseArgs(process.argv.slice(2));
const n = num(args, 'n', 3000);
const db = str(args, 'db', 'pglite');

async function open(): Promise<{ exec: Exec; close: () => Promise<void>; label: string }> {
  if (db === 'pg') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('--db pg needs DATABASE_URL (e.g. bash scripts/with-postgres.sh node --import tsx scripts/bench/db-micro.ts --db pg)');
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return { exec: async (q, p) => (await client.query(q, p)).rows as Record<string, unknown>[], close: () => client.end(), label: 'PostgreSQL (one connection, loopback)' };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-micro-pglite-'));
  const client = await PGlite.create(dir);
  return {
    exec: async (q, p) => (await client.query<Record<string, unknown>>(q, p)).rows,
    close: async () => {
      await client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    label: 'PGlite (on disk, same process)',
  };
}

async function main(): Promise<void> {
  const { exec, close, label } = await open();
  try {
    for (const file of fs.readdirSync(path.join(ROOT, 'drizzle')).filter((f) => f.endsWith('.sql')).sort()) {
      for (const stmt of fs.readFileSync(path.join(ROOT, 'drizzle', file), 'utf8').split('--> statement-breakpoint')) {
        if (stmt.trim()) await exec(stmt);
      }
    }
    const token = 'device-token';
    const hash = crypto.createHash('sha256').update(token).digest('hex');
    await exec(`insert into "user" (id, name, email) values ('t1', 'T', 't@x.test')`);
    const [klass] = await exec(`insert into classes (teacher_id, name) values ('t1', 'C') returning id`);
    const [assignment] = await exec(
      `insert into assignments (class_id, quiz_id, code, opens_at, due_at, mode) values ($1, 'q', 'ABCDEF', now(), now() + interval '7 days', 'submit') returning id`,
      [klass?.id],
    );
    const students: { id: string; attempt: string }[] = [];
    for (let i = 0; i < 200; i++) {
      const h = i === 0 ? hash : crypto.randomBytes(32).toString('hex');
      const [s] = await exec(`insert into students (class_id, display_name, name_key, token_hash) values ($1, $2, $3, $4) returning id`, [klass?.id, `S${i}`, `s${i}`, h]);
      const [a] = await exec(
        `insert into attempts (assignment_id, student_id, number, seed, max_score, deadline_at) values ($1, $2, 1, 1, 38, now() + interval '7 days') returning id`,
        [assignment?.id, s?.id],
      );
      students.push({ id: String(s?.id), attempt: String(a?.id) });
    }
    const me = students[0] as { id: string; attempt: string };
    const response = JSON.stringify({ type: 'single', choice: 'b' });

    // lib/db/queries/student-attempts.ts getAttemptForDevice, unchanged: attempt + assignment, then the device's student
    const authorize = async () => {
      await exec(
        `select a.*, s.* from attempts a inner join assignments s on s.id = a.assignment_id where a.id = $1`,
        [me.attempt],
      );
      await exec(`select * from students where token_hash = $1`, [hash]);
    };
    // the old lib/db/queries/answers.ts saveAnswer: an interactive transaction around a row lock and the upsert
    const before = async (item: string, seq: number) => {
      await authorize();
      await exec('begin');
      try {
        await exec(`select * from attempts where id = $1 for update`, [me.attempt]);
        const rows = await exec(
          `insert into answers (attempt_id, item_id, response, confidence, score, max_score, client_seq, self_rating, answered_at, updated_at)
           values ($1, $2, $3, 'sure', 1, 1, $4, null, now(), now())
           on conflict (attempt_id, item_id) do update set response = excluded.response, confidence = excluded.confidence,
             score = excluded.score, max_score = excluded.max_score, client_seq = excluded.client_seq, self_rating = excluded.self_rating,
             teacher_rating = null, answered_at = excluded.answered_at, updated_at = now()
           where answers.client_seq < excluded.client_seq returning *`,
          [me.attempt, item, response, seq],
        );
        if (rows.length !== 1) throw new Error('the upsert wrote nothing');
        await exec('commit');
      } catch (error) {
        await exec('rollback');
        throw error;
      }
    };
    // saveAnswer as shipped: the statement drizzle builds there (same columns, casts and parameters), which locks the
    // attempt row FOR SHARE so that a hand-in's FOR UPDATE still waits for it
    const guardedUpsert = async (item: string, seq: number) => {
      const now = new Date();
      const at = now.toISOString();
      const rows = await exec(
        `insert into "answers" ("attempt_id", "item_id", "response", "confidence", "score", "max_score", "self_rating", "teacher_rating", "client_seq", "answered_at", "updated_at")
         select "id", $1::text as "item_id", $2::jsonb as "response", $3::text as "confidence", $4::real as "score", $5::real as "max_score",
           $6::integer as "self_rating", null::integer as "teacher_rating", $7::integer as "client_seq", $8::timestamptz as "answered_at",
           $9::timestamptz as "updated_at"
         from "attempts"
         where ("attempts"."id" = $10 and "attempts"."student_id" = $11 and "attempts"."submitted_at" is null
           and ("attempts"."deadline_at" is null or "attempts"."deadline_at" >= $12))
         for share
         on conflict ("attempt_id","item_id") do update set "response" = excluded.response, "confidence" = excluded.confidence,
           "score" = excluded.score, "max_score" = excluded.max_score, "client_seq" = excluded.client_seq,
           "self_rating" = excluded.self_rating, "teacher_rating" = $13, "answered_at" = excluded.answered_at,
           "updated_at" = excluded.updated_at
         where "answers"."client_seq" < excluded.client_seq
         returning "attempt_id", "item_id", "response", "confidence", "score", "max_score", "self_rating", "teacher_rating", "client_seq", "answered_at", "updated_at"`,
        [item, response, 'sure', 1, 1, null, seq, at, at, me.attempt, me.id, new Date(now.getTime() - 120_000).toISOString(), null],
      );
      if (rows.length !== 1) throw new Error('the guarded upsert wrote nothing');
    };
    const shipped = async (item: string, seq: number) => {
      await authorize();
      await guardedUpsert(item, seq);
    };
    // not shipped: attempt, assignment and the device's student in one query (lib/db/queries/student-attempts.ts)
    const oneAuthQuery = async (item: string, seq: number) => {
      await exec(
        `select a.id, a.student_id, a.submitted_at, a.deadline_at, s.mode, s.class_id from attempts a
           join assignments s on s.id = a.assignment_id join students st on st.id = a.student_id
           where a.id = $1 and st.token_hash = $2 and st.class_id = s.class_id`,
        [me.attempt, hash],
      );
      await guardedUpsert(item, seq);
    };

    let seq = 0;
    const results: Record<string, { meanMs: number | null; p50: number | null; p95: number | null; perSecond: number | null }> = {};
    for (const [name, fn] of [
      ['before: 6 statements (2 auth queries + transaction)', before],
      ['shipped: 3 statements (2 auth queries + guarded upsert)', shipped],
      ['not shipped: 2 statements (1 auth query + guarded upsert)', oneAuthQuery],
      ['before again (order check)', before],
    ] as const) {
      const times: number[] = [];
      // clientSeq only grows, across variants too: every save replaces the stored answer (a real write), as in class
      for (let i = 0; i < 200; i++) await fn(`warm-${i % 38}`, ++seq); // warm-up
      const started = performance.now();
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await fn(`item-${i % 38}`, ++seq);
        times.push(performance.now() - t);
      }
      const total = performance.now() - started;
      times.sort((a, b) => a - b);
      results[name] = {
        meanMs: round(total / n, 3),
        p50: round(percentile(times, 50), 3),
        p95: round(percentile(times, 95), 3),
        perSecond: round((n * 1000) / total),
      };
    }
    console.log(`${label}, ${n} saves each, one at a time:`);
    console.table(results);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
