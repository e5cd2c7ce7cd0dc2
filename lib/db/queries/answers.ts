import 'server-only';
// Answers: saved one item at a time, as the student goes. Saving is idempotent per attempt + item, and a resend
// that arrives late (an older clientSeq) never overwrites a newer answer.
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { confidenceSchema, idSchema } from '@/content/schema';
import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/validation/teacher';
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
  if (!parsed.success) throw new AppError('bad_request:answer', 'That answer is not in the expected shape.');
  const a = parsed.data;
  if (a.score > a.maxScore) throw new AppError('bad_request:answer', 'That answer is not in the expected shape.');
  const json = JSON.stringify(a.response);
  if (Buffer.byteLength(json) > MAX_RESPONSE_BYTES) throw new AppError('bad_request:answer_too_large', 'That answer is too long.');
  if (!isUuid(studentId) || !isUuid(attemptId)) throw new AppError('not_found:attempt', 'That attempt was not found.');

  const db = await getDb();
  return db.transaction(async (tx) => {
    // row lock: a concurrent submit either happened before (and we refuse) or waits for this save
    const [attempt] = await tx.select().from(attempts).where(eq(attempts.id, attemptId)).for('update');
    if (!attempt) throw new AppError('not_found:attempt', 'That attempt was not found.');
    if (attempt.studentId !== studentId) throw new AppError('forbidden:attempt', 'That attempt is not yours.');
    if (attempt.submittedAt) throw new AppError('conflict:attempt_submitted', 'This attempt has been handed in; answers can no longer change.');
    if (attempt.deadlineAt && now.getTime() > attempt.deadlineAt.getTime() + SAVE_GRACE_MS) {
      throw new AppError('forbidden:attempt_deadline', 'Time is up for this attempt.');
    }
    const [row] = await tx
      .insert(answers)
      .values({
        attemptId,
        itemId: a.itemId,
        response: a.response,
        confidence: a.confidence,
        score: a.score,
        maxScore: a.maxScore,
        clientSeq: a.clientSeq,
        selfRating: a.selfRating,
        answeredAt: now,
        updatedAt: now,
      })
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
          updatedAt: now,
        },
        setWhere: sql`${answers.clientSeq} < excluded.client_seq`,
      })
      .returning();
    if (row) return { saved: true, answer: row };
    const [current] = await tx
      .select()
      .from(answers)
      .where(and(eq(answers.attemptId, attemptId), eq(answers.itemId, a.itemId)));
    if (!current) throw new Error('answer upsert skipped but no answer found');
    return { saved: false, answer: current };
  });
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
  if (!Number.isInteger(rating) || rating < 0 || rating > 2) throw new AppError('bad_request:rating', 'Choose a rating from 0 to 2.');
  if (!isUuid(studentId) || !isUuid(attemptId)) throw new AppError('not_found:attempt', 'That attempt was not found.');
  const db = await getDb();
  const [attempt] = await db.select({ studentId: attempts.studentId }).from(attempts).where(eq(attempts.id, attemptId));
  if (!attempt) throw new AppError('not_found:attempt', 'That attempt was not found.');
  if (attempt.studentId !== studentId) throw new AppError('forbidden:attempt', 'That attempt is not yours.');
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
  if (!row) throw new AppError('not_found:answer', 'Answer the question before rating your answer.');
  await recomputeAttemptScore(db, attemptId);
  return row;
}

/** The attempt's answers, for the student who made it only (throws forbidden for anyone else). */
export async function listAnswersForStudent({ studentId, attemptId }: { studentId: string; attemptId: string }): Promise<Answer[]> {
  if (!isUuid(studentId) || !isUuid(attemptId)) throw new AppError('not_found:attempt', 'That attempt was not found.');
  const db = await getDb();
  const [attempt] = await db.select({ studentId: attempts.studentId }).from(attempts).where(eq(attempts.id, attemptId));
  if (!attempt) throw new AppError('not_found:attempt', 'That attempt was not found.');
  if (attempt.studentId !== studentId) throw new AppError('forbidden:attempt', 'That attempt is not yours.');
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
    throw new AppError('bad_request:rating', 'Choose a rating from 0 to 2.');
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
    if (!row) throw new AppError('not_found:answer', 'That answer was not found.');
    await recomputeAttemptScore(tx, attemptId);
    return row;
  });
}
