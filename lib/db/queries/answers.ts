import 'server-only';
// Answers: saved one item at a time, as the student goes. Saving is idempotent per attempt + item, and a resend
// that arrives late (an older clientSeq) never overwrites a newer answer.
import { and, asc, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { confidenceSchema, idSchema } from '@/content/schema';
import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '../client';
import { answers, attempts, type Answer } from '../schema';
import { recomputeAttemptScore, SAVE_GRACE_MS } from './attempts';
import { ownedAttempt } from './shared';

export const MAX_RESPONSE_BYTES = 16 * 1024;

const saveSchema = z.object({
  itemId: idSchema,
  response: z.unknown().refine((r) => r !== undefined, 'response is required'),
  confidence: confidenceSchema.nullable(),
  score: z.number().finite().min(0),
  maxScore: z.number().finite().min(0),
  clientSeq: z.int().min(0).max(2 ** 31 - 1),
  selfRating: z.int().min(0).max(2).nullable(),
});

export interface SaveAnswerInput {
  studentId: string;
  attemptId: string;
  itemId: string;
  response: unknown;
  confidence?: z.infer<typeof confidenceSchema> | null;
  /** Scored on the server by the caller, from content. */
  score: number;
  maxScore: number;
  /** Increases with every change the client makes to its answers. */
  clientSeq: number;
  selfRating?: number | null;
  now?: Date;
}

/**
 * Saves the student's answer to one item. `saved` is false when an answer with the same or a newer clientSeq is
 * already there (a resend): the stored answer is returned unchanged.
 */
export async function saveAnswer(input: SaveAnswerInput): Promise<{ saved: boolean; answer: Answer }> {
  const { studentId, attemptId, now = new Date() } = input;
  const parsed = saveSchema.safeParse({
    itemId: input.itemId,
    response: input.response,
    confidence: input.confidence ?? null,
    score: input.score,
    maxScore: input.maxScore,
    clientSeq: input.clientSeq,
    selfRating: input.selfRating ?? null,
  });
  if (!parsed.success) throw new AppError('bad_request:answer', 'answer.shape');
  const a = parsed.data;
  if (a.score > a.maxScore) throw new AppError('bad_request:answer', 'answer.shape');
  const json = JSON.stringify(a.response);
  if (Buffer.byteLength(json) > MAX_RESPONSE_BYTES) throw new AppError('bad_request:answer_too_large', 'answer.tooLong');
  if (!isUuid(studentId) || !isUuid(attemptId)) throw new AppError('not_found:attempt', 'attempt.notFound');

  const db = await getDb();
  // One guarded statement instead of BEGIN / SELECT … FOR UPDATE / upsert / COMMIT: the answer is written only if
  // the attempt is this student's, not handed in, and within its deadline + grace, all checked on the attempt row
  // that the same statement locks FOR SHARE.
  //
  // Why a concurrent hand-in can never grade without an answer that ends up stored: submitAttempt locks the
  // attempt row FOR UPDATE, which conflicts with FOR SHARE, before it sums the answers. Either this statement
  // locks the row first, and the hand-in waits until this statement has committed, then sums in a later statement
  // (a new snapshot, READ COMMITTED) that sees this answer; or the hand-in locks it first, and this statement
  // waits, then re-checks its WHERE on the row as the hand-in left it (in READ COMMITTED a row-locking select that
  // waited re-evaluates its conditions on the newest row version), sees submitted_at set and writes nothing.
  // Without FOR SHARE neither holds: nothing would make a hand-in wait for a save in flight, and a save that read
  // the attempt before the hand-in committed would still write (its foreign-key check waits, then succeeds).
  // lib/db/queries/attempts.test.ts ('a hand-in racing saves') catches both orders on PostgreSQL.
  // On PGlite there is one connection and a statement never runs inside another's transaction, so the hand-in's
  // transaction and this statement are simply one before the other.
  const at = now.toISOString();
  const [row] = await db
    .insert(answers)
    .select((qb) =>
      qb
        .select({
          // every column, in the table's order (drizzle checks it)
          attemptId: attempts.id,
          itemId: sql<string>`${a.itemId}::text`.as('item_id'),
          response: sql<unknown>`${json}::jsonb`.as('response'),
          confidence: sql<Answer['confidence']>`${a.confidence}::text`.as('confidence'),
          score: sql<number>`${a.score}::real`.as('score'),
          maxScore: sql<number>`${a.maxScore}::real`.as('max_score'),
          selfRating: sql<number | null>`${a.selfRating}::integer`.as('self_rating'),
          teacherRating: sql<number | null>`null::integer`.as('teacher_rating'),
          clientSeq: sql<number>`${a.clientSeq}::integer`.as('client_seq'),
          answeredAt: sql<Date>`${at}::timestamptz`.as('answered_at'),
          updatedAt: sql<Date>`${at}::timestamptz`.as('updated_at'),
        })
        .from(attempts)
        .where(
          and(
            eq(attempts.id, attemptId),
            eq(attempts.studentId, studentId),
            isNull(attempts.submittedAt),
            // now <= deadline + grace, the same test as the refusal below
            or(isNull(attempts.deadlineAt), gte(attempts.deadlineAt, new Date(now.getTime() - SAVE_GRACE_MS))),
          ),
        )
        .for('share'),
    )
    .onConflictDoUpdate({
      target: [answers.attemptId, answers.itemId],
      set: {
        response: sql`excluded.response`,
        confidence: sql`excluded.confidence`,
        score: sql`excluded.score`,
        maxScore: sql`excluded.max_score`,
        clientSeq: sql`excluded.client_seq`,
        selfRating: sql`excluded.self_rating`,
        teacherRating: null, // a changed answer needs rating again
        answeredAt: sql`excluded.answered_at`,
        updatedAt: sql`excluded.updated_at`,
      },
      setWhere: sql`${answers.clientSeq} < excluded.client_seq`,
    })
    .returning();
  if (row) return { saved: true, answer: row };

  // Nothing written: say why (unknown, not this student's, handed in, time up), or it was a resend with the same or
  // an older clientSeq and the stored answer stands. Read after the fact: a hand-in that landed in between is
  // reported as handed in (which it is), never as saved.
  const [found] = await db
    .select({ attempt: attempts, current: answers })
    .from(attempts)
    .leftJoin(answers, and(eq(answers.attemptId, attempts.id), eq(answers.itemId, a.itemId)))
    .where(eq(attempts.id, attemptId));
  if (!found) throw new AppError('not_found:attempt', 'attempt.notFound');
  const { attempt, current } = found;
  if (attempt.studentId !== studentId) throw new AppError('forbidden:attempt', 'attempt.notYours');
  if (attempt.submittedAt) throw new AppError('conflict:attempt_submitted', 'attempt.handedIn');
  if (attempt.deadlineAt && now.getTime() > attempt.deadlineAt.getTime() + SAVE_GRACE_MS) {
    throw new AppError('forbidden:attempt_deadline', 'attempt.timeUp');
  }
  if (!current || current.clientSeq < a.clientSeq) throw new Error('answer upsert skipped but no answer as new found in its place');
  return { saved: false, answer: current };
}

/** A student's own rating of a written answer against the rubric (0 to 2), allowed after submitting too. */
export async function setSelfRating({
  studentId,
  attemptId,
  itemId,
  rating,
}: {
  studentId: string;
  attemptId: string;
  itemId: string;
  rating: number;
}): Promise<Answer> {
  if (!Number.isInteger(rating) || rating < 0 || rating > 2) throw new AppError('bad_request:rating', 'answer.rating');
  if (!isUuid(studentId) || !isUuid(attemptId)) throw new AppError('not_found:attempt', 'attempt.notFound');
  const db = await getDb();
  const [attempt] = await db.select({ studentId: attempts.studentId }).from(attempts).where(eq(attempts.id, attemptId));
  if (!attempt) throw new AppError('not_found:attempt', 'attempt.notFound');
  if (attempt.studentId !== studentId) throw new AppError('forbidden:attempt', 'attempt.notYours');
  // the student's rating sets the mark unless the teacher has already given one
  const [row] = await db
    .update(answers)
    .set({
      selfRating: rating,
      score: sql`case when ${answers.teacherRating} is null then ${rating / 2} * ${answers.maxScore} else ${answers.score} end`,
      updatedAt: new Date(),
    })
    .where(and(eq(answers.attemptId, attemptId), eq(answers.itemId, itemId)))
    .returning();
  if (!row) throw new AppError('not_found:answer', 'answer.rateFirst');
  await recomputeAttemptScore(db, attemptId);
  return row;
}

/** The attempt's answers, for the student who made it only (throws forbidden for anyone else). */
export async function listAnswersForStudent({ studentId, attemptId }: { studentId: string; attemptId: string }): Promise<Answer[]> {
  if (!isUuid(studentId) || !isUuid(attemptId)) throw new AppError('not_found:attempt', 'attempt.notFound');
  const db = await getDb();
  const [attempt] = await db.select({ studentId: attempts.studentId }).from(attempts).where(eq(attempts.id, attemptId));
  if (!attempt) throw new AppError('not_found:attempt', 'attempt.notFound');
  if (attempt.studentId !== studentId) throw new AppError('forbidden:attempt', 'attempt.notYours');
  return db.select().from(answers).where(eq(answers.attemptId, attemptId)).orderBy(asc(answers.answeredAt));
}

/** The attempt's answers for the teacher who owns the class; null otherwise. */
export async function listAnswersForTeacher({ teacherId, attemptId }: { teacherId: string; attemptId: string }): Promise<Answer[] | null> {
  const db = await getDb();
  try {
    await ownedAttempt(db, teacherId, attemptId);
  } catch (error) {
    if (error instanceof AppError && (error.type === 'not_found' || error.type === 'forbidden')) return null;
    throw error;
  }
  return db.select().from(answers).where(eq(answers.attemptId, attemptId)).orderBy(asc(answers.answeredAt));
}

/**
 * The teacher's rubric level (0 to 2) for an answer, usually a written one: its score becomes level / 2 of the
 * item's maximum, and the attempt's total follows.
 */
export async function setTeacherRating({
  teacherId,
  attemptId,
  itemId,
  rating,
}: {
  teacherId: string;
  attemptId: string;
  itemId: string;
  rating: number | null;
}): Promise<Answer> {
  if (rating !== null && (!Number.isInteger(rating) || rating < 0 || rating > 2)) {
    throw new AppError('bad_request:rating', 'answer.rating');
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    await ownedAttempt(tx, teacherId, attemptId);
    const [row] = await tx
      .update(answers)
      .set({
        teacherRating: rating,
        ...(rating !== null && { score: sql`${answers.maxScore} * ${rating} / 2.0` }),
        updatedAt: new Date(),
      })
      .where(and(eq(answers.attemptId, attemptId), eq(answers.itemId, itemId)))
      .returning();
    if (!row) throw new AppError('not_found:answer', 'answer.notFound');
    await recomputeAttemptScore(tx, attemptId);
    return row;
  });
}
