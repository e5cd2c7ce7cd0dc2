// npm run db:seed -- --demo
// Fills the app's database with a demo teacher, a class of 25 simulated students and their answers to
// paktika-practice, so the results pages have something to show. Idempotent: run it twice and nothing doubles.
// Opens the same database as the app (PGLITE_DIR or DATABASE_URL); with the embedded database, stop the server
// first (its lock refuses a second process).
import './server-only-shim';
import type { Quiz } from '../content/schema';

const DEMO = {
  email: 'demo@claimcheck.test',
  password: 'paktika-classroom-2024', // the password rules refuse one containing the email's name ("demo")
  name: 'Demo Teacher',
  className: 'Demo class 9B',
  quizId: 'paktika-practice',
  seed: 20241224,
  submitted: 20,
  inProgress: 5,
};

const NAMES = [
  'Amina', 'Bilal', 'Chloe', 'Dawit', 'Elena', 'Farid', 'Grace', 'Hamza', 'Ines', 'Jonas', 'Kiran', 'Lena', 'Malik',
  'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Samir', 'Tara', 'Umar', 'Vera', 'Wei', 'Yusuf', 'Zara',
];

const MINUTE = 60_000;

function usage(): never {
  console.error('Usage: npm run db:seed -- --demo\n\nAdds a demo teacher, class and 25 simulated students to the database the app uses.\nNothing is done without --demo.');
  process.exit(2);
}

async function main(): Promise<void> {
  if (!process.argv.slice(2).includes('--demo')) usage();

  // imported here, after the shim, because they load 'server-only' modules
  const { and, count, desc, eq, isNull } = await import('drizzle-orm');
  const { getDbHandle, closeDb } = await import('../lib/db/client');
  const { DatabaseLockedError } = await import('../lib/db/pglite-lock');
  const { getEnv } = await import('../lib/env');
  const { getQuiz } = await import('../lib/content');
  const { authErrorCode, getAuth } = await import('../lib/auth/server');
  const { withSignUpGrant } = await import('../lib/auth/sign-up-grant');
  const { announceSetupLink, consumeSetupToken } = await import('../lib/auth/setup');
  const { createInvite } = await import('../lib/auth/invites');
  const schema = await import('../lib/db/schema');
  const { createClass } = await import('../lib/db/queries/classes');
  const { createAssignment } = await import('../lib/db/queries/assignments');
  const { joinClass } = await import('../lib/db/queries/students');
  const { startOrResumeAttempt, submitAttempt } = await import('../lib/db/queries/attempts');
  const { saveAnswer } = await import('../lib/db/queries/answers');
  const { createRng } = await import('./demo/random');
  const { simulateAnswers } = await import('./demo/simulate');

  // an invite made by the admin if there is one; else the first account, from a setup link made and used here
  async function demoGrant(): Promise<import('../lib/auth/sign-up-grant').SignUpGrant> {
    const { db } = await getDbHandle();
    const [admin] = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.role, 'admin')).limit(1);
    if (admin) {
      const { invite } = await createInvite({ adminId: admin.id, note: DEMO.email, days: 1 });
      return { kind: 'invite', inviteId: invite.id };
    }
    const url = await announceSetupLink();
    if (!url || !(await consumeSetupToken(new URL(url).searchParams.get('token') ?? ''))) throw new Error('cannot make the first account');
    return { kind: 'setup' };
  }

  let handle;
  try {
    handle = await getDbHandle();
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(`db:seed: ${error.message}\nThe app is running on this embedded database: stop it, run the seed, then start it again.`);
      process.exit(1);
    }
    throw error;
  }
  try {
    const { db } = handle;
    console.log(`db:seed: ${handle.kind === 'pglite' ? 'embedded database' : 'PostgreSQL'} at ${handle.location}`);
    const quiz: Quiz | undefined = await getQuiz(DEMO.quizId);
    if (!quiz) throw new Error(`the quiz ${DEMO.quizId} is not in content/`);

    // 1. the teacher, through better-auth (so the password works at sign-in) and the real paths: an invite from
    // the admin, or on a database with no account yet the setup link, which makes the demo teacher the admin
    const auth = await getAuth();
    let teacherId: string;
    try {
      const grant = await demoGrant();
      const created = await withSignUpGrant(grant, () =>
        auth.api.signUpEmail({ body: { name: DEMO.name, email: DEMO.email, password: DEMO.password } }),
      );
      if (grant.kind === 'setup') console.log('db:seed: no account existed, so the demo teacher is the admin (it invites the others)');
      teacherId = created.user.id;
      console.log(`db:seed: created the teacher ${DEMO.email}`);
    } catch (error) {
      const code = authErrorCode(error);
      if (code !== 'USER_ALREADY_EXISTS' && code !== 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') throw error;
      const [existing] = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, DEMO.email));
      if (!existing) throw error;
      teacherId = existing.id;
      console.log(`db:seed: reusing the teacher ${DEMO.email}`);
    }

    // 2. the class, reused by name
    const [foundClass] = await db
      .select()
      .from(schema.classes)
      .where(and(eq(schema.classes.teacherId, teacherId), eq(schema.classes.name, DEMO.className), isNull(schema.classes.archivedAt)));
    const klass = foundClass ?? (await createClass({ teacherId, name: DEMO.className }));

    // 3. the assignment: the class's open one of this quiz while it has a day left, else a new one
    const now = new Date();
    const [foundAssignment] = await db
      .select()
      .from(schema.assignments)
      .where(and(eq(schema.assignments.classId, klass.id), eq(schema.assignments.quizId, DEMO.quizId), isNull(schema.assignments.closedAt)))
      .orderBy(desc(schema.assignments.createdAt))
      .limit(1);
    const reusable = foundAssignment && foundAssignment.dueAt.getTime() > now.getTime() + 24 * 60 * MINUTE ? foundAssignment : undefined;
    // open now: backdated two hours so the simulated class has a morning of work behind it
    const opensAt = new Date(now.getTime() - 120 * MINUTE);
    const assignment =
      reusable ??
      (await createAssignment({
        teacherId,
        classId: klass.id,
        input: {
          quizId: DEMO.quizId,
          opensAt,
          dueAt: new Date(now.getTime() + 7 * 24 * 60 * MINUTE),
          mode: 'submit',
          attemptsAllowed: 1,
          timeLimitMinutes: null,
          shuffle: true,
        },
        knownQuizIds: new Set([DEMO.quizId]),
      }));

    const [attemptCount] = await db.select({ n: count() }).from(schema.attempts).where(eq(schema.attempts.assignmentId, assignment.id));
    if (Number(attemptCount?.n ?? 0) > 0) {
      console.log('db:seed: the demo assignment already has attempts: nothing to add.');
    } else {
      // 4. the students: reused by name, or joined with the assignment's code like a real student
      const existing = await db.select().from(schema.students).where(eq(schema.students.classId, klass.id));
      const byName = new Map(existing.map((s) => [s.displayName, s.id]));
      const studentIds: string[] = [];
      for (const name of NAMES) {
        studentIds.push(byName.get(name) ?? (await joinClass({ code: assignment.code, displayName: name })).student.id);
      }

      // 5. their work: abilities from the seeded PRNG; 20 handed in during the lesson, 5 still at it
      const rng = createRng(DEMO.seed);
      const itemCount = quiz.sections.reduce((n, s) => n + s.items.length, 0);
      const start = assignment.opensAt.getTime();
      for (const [i, studentId] of studentIds.entries()) {
        const ability = rng.normal();
        const finished = i < DEMO.submitted;
        const answered = finished ? itemCount : rng.int(6, itemCount - 6);
        const answers = simulateAnswers(quiz, ability, DEMO.seed + i, answered);
        // the unfinished started recently and are answering now
        let t = finished ? start + rng.int(2, 20) * MINUTE : now.getTime() - answered * 50_000 - rng.int(1, 4) * MINUTE;
        // joined a minute or two before starting (joinClass stamps the real time)
        await db.update(schema.students).set({ createdAt: new Date(t - rng.int(30, 150) * 1000) }).where(eq(schema.students.id, studentId));
        const { attempt } = await startOrResumeAttempt({ studentId, assignmentId: assignment.id, maxScore: itemCount, now: new Date(t) });
        for (const [seq, a] of answers.entries()) {
          t = Math.min(t + rng.int(20, 95) * 1000, now.getTime() - 5_000);
          await saveAnswer({
            studentId,
            attemptId: attempt.id,
            itemId: a.itemId,
            response: a.response,
            confidence: a.confidence,
            score: a.score,
            maxScore: 1,
            clientSeq: seq + 1,
            selfRating: a.selfRating,
            now: new Date(t),
          });
        }
        if (finished) await submitAttempt({ studentId, attemptId: attempt.id, now: new Date(Math.min(t + rng.int(30, 120) * 1000, now.getTime())) });
        if (process.stdout.isTTY) process.stdout.write(`\rdb:seed: simulated ${i + 1} of ${studentIds.length} students`);
      }
      console.log(`${process.stdout.isTTY ? '\n' : ''}db:seed: simulated ${studentIds.length} students (${DEMO.submitted} handed in, ${DEMO.inProgress} still working)`);
    }

    const base = getEnv().appUrl;
    console.log(
      [
        '',
        'Demo ready.',
        `  Sign in:  ${base}/teacher/sign-in`,
        `            email ${DEMO.email}, password ${DEMO.password}`,
        `  Results:  ${base}/teacher/assignments/${assignment.id}/results`,
        `  Join code for more students: ${assignment.code}`,
        `(Use your server's own address if it is not ${base}; BETTER_AUTH_URL sets it.)`,
      ].join('\n'),
    );
  } finally {
    await closeDb();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('db:seed failed:', error);
    process.exit(1);
  },
);
