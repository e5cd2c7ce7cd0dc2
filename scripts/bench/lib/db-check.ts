// After the run: read what the database holds and compare it with what the server acknowledged to each student.
// Embedded: the server is stopped first, then its PGlite dir is opened here. PostgreSQL: queried directly.
import type { StudentOutcome } from './student';

export interface DbRows {
  students: number;
  attempts: { id: string; studentId: string; submitted: boolean }[];
  answers: { attemptId: string; itemId: string; clientSeq: number }[];
  duplicateAnswerKeys: number;
  sizeBytes: number | null;
}

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

async function readRows(query: Query, classId: string, assignmentId: string): Promise<DbRows> {
  const [students] = await query('select count(*)::int as n from students where class_id = $1', [classId]);
  const attempts = await query(
    'select id, student_id, submitted_at is not null as submitted from attempts where assignment_id = $1',
    [assignmentId],
  );
  const answers = await query(
    'select an.attempt_id, an.item_id, an.client_seq from answers an join attempts a on a.id = an.attempt_id where a.assignment_id = $1',
    [assignmentId],
  );
  const [dups] = await query(
    `select count(*)::int as n from (select attempt_id, item_id from answers group by 1, 2 having count(*) > 1) d`,
  );
  let sizeBytes: number | null = null;
  try {
    const [size] = await query('select pg_database_size(current_database())::bigint as n');
    sizeBytes = Number(size?.n ?? NaN);
  } catch {
    sizeBytes = null;
  }
  return {
    students: Number(students?.n ?? 0),
    attempts: attempts.map((r) => ({ id: String(r.id), studentId: String(r.student_id), submitted: Boolean(r.submitted) })),
    answers: answers.map((r) => ({ attemptId: String(r.attempt_id), itemId: String(r.item_id), clientSeq: Number(r.client_seq) })),
    duplicateAnswerKeys: Number(dups?.n ?? 0),
    sizeBytes,
  };
}

export async function readPglite(dir: string, classId: string, assignmentId: string): Promise<DbRows> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dir);
  try {
    return await readRows(async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows, classId, assignmentId);
  } finally {
    await db.close();
  }
}

export async function readPostgres(url: string, classId: string, assignmentId: string): Promise<DbRows> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await readRows(async (sql, params) => (await client.query(sql, params)).rows as Record<string, unknown>[], classId, assignmentId);
  } finally {
    await client.end();
  }
}

export interface Verdict {
  studentsJoined: number;
  studentsInDb: number;
  attemptsStarted: number;
  attemptsInDb: number;
  attemptsWithoutStudent: number; // attempt rows nobody in the run was told about
  duplicateAttempts: number; // a student with more than one attempt
  answersAcked: number;
  answersInDb: number;
  lost: number; // acknowledged, not in the database
  stale: number; // in the database with an older clientSeq than the one acknowledged
  duplicated: number; // more than one row for one attempt + item
  unacknowledgedStored: number; // sent, no 2xx seen (timeout / error), but stored: not a loss
  unexpected: number; // rows for items the student never sent
  submitsAcked: number;
  submitsLost: number; // acknowledged hand-in, attempt not submitted in the database
  ok: boolean;
  examples: string[];
}

export function verify(outcomes: StudentOutcome[], rows: DbRows): Verdict {
  const examples: string[] = [];
  const note = (s: string) => examples.length < 10 && examples.push(s);
  const byAttempt = new Map<string, Map<string, number[]>>();
  for (const a of rows.answers) {
    let items = byAttempt.get(a.attemptId);
    if (!items) byAttempt.set(a.attemptId, (items = new Map()));
    items.set(a.itemId, [...(items.get(a.itemId) ?? []), a.clientSeq]);
  }
  const attemptsById = new Map(rows.attempts.map((a) => [a.id, a]));
  const perStudent = new Map<string, number>();
  for (const a of rows.attempts) perStudent.set(a.studentId, (perStudent.get(a.studentId) ?? 0) + 1);

  let lost = 0;
  let stale = 0;
  let duplicated = 0;
  let unacknowledgedStored = 0;
  let unexpected = 0;
  let answersAcked = 0;
  let submitsAcked = 0;
  let submitsLost = 0;
  const known = new Set<string>();
  for (const s of outcomes) {
    if (!s.attemptId) continue;
    known.add(s.attemptId);
    const stored = byAttempt.get(s.attemptId) ?? new Map<string, number[]>();
    for (const [itemId, seq] of s.acked) {
      answersAcked++;
      const seqs = stored.get(itemId);
      if (!seqs) {
        lost++;
        note(`lost: ${s.name} attempt ${s.attemptId} item ${itemId}`);
      } else if (Math.max(...seqs) < seq) {
        stale++;
        note(`stale: ${s.name} item ${itemId} stored seq ${Math.max(...seqs)} < acknowledged ${seq}`);
      }
    }
    for (const [itemId, seqs] of stored) {
      if (seqs.length > 1) {
        duplicated += seqs.length - 1;
        note(`duplicated: ${s.name} item ${itemId} has ${seqs.length} rows`);
      }
      if (!s.acked.has(itemId)) {
        if (s.sent.has(itemId)) unacknowledgedStored++;
        else {
          unexpected++;
          note(`unexpected: ${s.name} item ${itemId} stored but never sent`);
        }
      }
    }
    if (s.submitted) {
      submitsAcked++;
      if (!attemptsById.get(s.attemptId)?.submitted) {
        submitsLost++;
        note(`submit lost: ${s.name} attempt ${s.attemptId}`);
      }
    }
  }
  const attemptsWithoutStudent = rows.attempts.filter((a) => !known.has(a.id)).length;
  const duplicateAttempts = [...perStudent.values()].filter((n) => n > 1).length;
  duplicated += rows.duplicateAnswerKeys > duplicated ? rows.duplicateAnswerKeys - duplicated : 0;
  const attemptsStarted = known.size;
  const studentsJoined = outcomes.filter((s) => s.joined).length;
  return {
    studentsJoined,
    studentsInDb: rows.students,
    attemptsStarted,
    attemptsInDb: rows.attempts.length,
    attemptsWithoutStudent,
    duplicateAttempts,
    answersAcked,
    answersInDb: rows.answers.length,
    lost,
    stale,
    duplicated,
    unacknowledgedStored,
    unexpected,
    submitsAcked,
    submitsLost,
    ok:
      lost === 0 &&
      stale === 0 &&
      duplicated === 0 &&
      unexpected === 0 &&
      submitsLost === 0 &&
      duplicateAttempts === 0,
    examples,
  };
}
