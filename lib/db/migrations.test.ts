// Migration 0003 (teachers' own content) on a database made before it: every existing attempt loads afterwards,
// on the one version of its shipped quiz.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS, openDatabase } from './open';
import { attempts } from './schema';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-migrate-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** The shipped migrations up to (not including) the one tagged `before`. */
function migrationsBefore(before: string): string {
  const dir = path.join(temp, 'migrations');
  fs.cpSync(DEFAULT_MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag === before);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe('migration 0003_teachers_content', () => {
  it('backfills quiz_version on the attempts already there', async () => {
    const pgliteDir = path.join(temp, 'pglite');
    const old = await openDatabase({ pgliteDir, migrationsFolder: migrationsBefore('0003_teachers_content') });
    await old.db.execute(sql`insert into "user" (id, name, email) values ('t1', 'T', 't1@example.test')`);
    await old.db.execute(sql`insert into classes (id, teacher_id, name) values ('00000000-0000-4000-8000-000000000001', 't1', 'C')`);
    await old.db.execute(sql`insert into assignments (id, class_id, quiz_id, code, opens_at, due_at, mode)
      values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'paktika-practice', 'ABC123', now(), now() + interval '1 day', 'submit')`);
    await old.db.execute(sql`insert into students (id, class_id, display_name, name_key, token_hash)
      values ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', 'Sam', 'sam', 'h')`);
    await old.db.execute(sql`insert into attempts (assignment_id, student_id, number, seed)
      values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003', 1, 7)`);
    await old.close();

    const current = await openDatabase({ pgliteDir });
    try {
      const rows = await current.db.select().from(attempts);
      expect(rows).toMatchObject([{ number: 1, seed: 7, quizVersion: 1 }]);
    } finally {
      await current.close();
    }
  });
});
