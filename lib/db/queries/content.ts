import 'server-only';
// A teacher's own quizzes and articles. Every write runs the same check as the shipped files (lib/content/check.ts);
// a version an attempt has started on is never changed: saving then writes the next version. Another teacher's
// private quiz is answered exactly like an unknown one (not found); a library quiz is read-only to everyone but
// its owner, who alone may edit, share or publish it. Others duplicate it into their own rows.
import { and, desc, eq, ne, or, sql } from 'drizzle-orm';
import { articleSchema, type Article, type Quiz } from '@/content/schema';
import { validateArticle, type ContentProblem } from '@/content/validate';
import { checkQuiz } from '@/lib/content/check';
import { getFileArticle, getFileQuiz } from '@/lib/content/files';
import { isRowArticleId, isRowQuizId, newRowId } from '@/lib/content/row-ids';
import { AppError } from '@/lib/errors';
import { getDb } from '../client';
import {
  assignments,
  attempts,
  contentArticles,
  contentQuizVersions,
  contentQuizzes,
  type ContentQuizRow,
  type ContentVisibility,
  type QuizStatus,
} from '../schema';
import type { DbOrTx } from './shared';

export interface RowQuiz {
  quiz: Quiz;
  article: Article;
  version: number;
  meta: Pick<ContentQuizRow, 'id' | 'ownerId' | 'visibility' | 'status' | 'currentVersion' | 'revision' | 'duplicatedFrom' | 'updatedAt'>;
}

/** Thrown when a quiz or article fails the content check: the message and `problems` name every problem. */
export class ContentCheckError extends AppError {
  constructor(readonly problems: ContentProblem[]) {
    const english = `The quiz has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n')}`;
    super('bad_request:content', { key: 'quiz.contentProblems', values: { count: problems.length }, english });
  }
}

const notFound = () => new AppError('not_found:quiz', 'quiz.notFound');

// ---------- reading (loaders: lib/content/source.ts) ----------

// Parsed versions, so the hot path (every page and answer save of an assignment) runs the full check once per
// version and revision, not per request. Keyed by the revision read with the row, so an edit (here or on another
// instance) is never served stale; bounded, oldest out first.
const parsedVersions = new Map<string, { quiz: Quiz; article: Article }>();
const PARSED_MAX = 256;

/** A row quiz at a version (its current one by default), whoever asks: for pages already past an ownership check. */
export async function getRowQuiz({ quizId, version }: { quizId: string; version?: number }): Promise<RowQuiz | null> {
  if (!isRowQuizId(quizId) || (version !== undefined && !(Number.isInteger(version) && version >= 1))) return null;
  const db = await getDb();
  const [row] = await db
    .select({ meta: contentQuizzes, version: contentQuizVersions })
    .from(contentQuizzes)
    .innerJoin(
      contentQuizVersions,
      and(
        eq(contentQuizVersions.quizId, contentQuizzes.id),
        version === undefined ? eq(contentQuizVersions.version, contentQuizzes.currentVersion) : eq(contentQuizVersions.version, version),
      ),
    )
    .where(eq(contentQuizzes.id, quizId));
  if (!row) return null;
  const key = `${quizId}@${row.version.version}#${row.meta.revision}`;
  let parsed = parsedVersions.get(key);
  if (!parsed) {
    // stored only after the check passed; checked again so a row changed by hand cannot reach the player unchecked
    const checked = checkQuiz(row.version.quiz, row.version.article, []);
    if (!checked.ok) throw new Error(`stored quiz ${quizId} v${row.version.version} fails the content check`);
    parsed = { quiz: checked.quiz, article: checked.article };
    if (parsedVersions.size >= PARSED_MAX) parsedVersions.delete(parsedVersions.keys().next().value!);
    parsedVersions.set(key, parsed);
  }
  return { ...parsed, version: row.version.version, meta: row.meta };
}

/** The row quiz if this teacher may see it (theirs, or shared to the library), else null. */
export async function getRowQuizForTeacher({ teacherId, quizId }: { teacherId: string; quizId: string }): Promise<RowQuiz | null> {
  const found = await getRowQuiz({ quizId });
  if (!found) return null;
  return found.meta.ownerId === teacherId || found.meta.visibility === 'library' ? found : null;
}

export async function listOwnQuizzes({ teacherId }: { teacherId: string }) {
  const db = await getDb();
  return db.select().from(contentQuizzes).where(eq(contentQuizzes.ownerId, teacherId)).orderBy(desc(contentQuizzes.updatedAt));
}

/** Other teachers' quizzes shared to the instance's library (the shipped files are listed by lib/content). */
export async function listLibraryQuizzes({ teacherId }: { teacherId: string }) {
  const db = await getDb();
  return db
    .select()
    .from(contentQuizzes)
    .where(and(eq(contentQuizzes.visibility, 'library'), ne(contentQuizzes.ownerId, teacherId)))
    .orderBy(desc(contentQuizzes.updatedAt));
}

// ---------- articles ----------

/** Creates (no id) or updates (own id) a teacher's article; its id is the row's, whatever the body says. */
export async function saveArticle({ ownerId, id, article }: { ownerId: string; id?: string; article: unknown }): Promise<Article> {
  const rowId = id ?? newRowId('article');
  const raw = article && typeof article === 'object' && !Array.isArray(article) ? { ...article, id: rowId } : article;
  const parsed = articleSchema.safeParse(raw);
  const problems: ContentProblem[] = parsed.success
    ? validateArticle(parsed.data, 'article')
    : parsed.error.issues.map((i) => ({ file: 'article', path: i.path.join('.') || '(root)', message: i.message }));
  if (!parsed.success || problems.length > 0) throw new ContentCheckError(problems);
  const db = await getDb();
  if (id === undefined) {
    await db.insert(contentArticles).values({ id: rowId, ownerId, body: parsed.data });
  } else {
    const updated = await db
      .update(contentArticles)
      .set({ body: parsed.data })
      .where(and(eq(contentArticles.id, rowId), eq(contentArticles.ownerId, ownerId)))
      .returning({ id: contentArticles.id });
    if (updated.length === 0) throw new AppError('not_found:article', 'quiz.articleNotFound');
  }
  return parsed.data;
}

/** The article a teacher's quiz may be built on: a shipped one, or one of the teacher's own. */
async function articleForAuthor(db: DbOrTx, ownerId: string, articleId: unknown): Promise<Article | undefined> {
  if (typeof articleId !== 'string') return undefined;
  if (!isRowArticleId(articleId)) return getFileArticle(articleId);
  const [row] = await db
    .select()
    .from(contentArticles)
    .where(and(eq(contentArticles.id, articleId), eq(contentArticles.ownerId, ownerId)));
  return row ? articleSchema.parse(row.body) : undefined;
}

async function checkedForAuthor(db: DbOrTx, ownerId: string, quizId: string, quiz: unknown) {
  const raw = quiz && typeof quiz === 'object' && !Array.isArray(quiz) ? { ...quiz, id: quizId } : quiz;
  const articleId = (raw as { article?: unknown } | null)?.article;
  const article = await articleForAuthor(db, ownerId, articleId);
  if (!article) {
    throw new ContentCheckError([{ file: 'quiz', path: 'article', message: `no article with id "${String(articleId)}" among the library's and yours` }]);
  }
  const checked = checkQuiz(raw, article);
  if (!checked.ok) throw new ContentCheckError(checked.problems);
  return checked;
}

// ---------- quizzes ----------

/** A new draft quiz of this teacher's, private, at version 1. The body's id is replaced by the row's. */
export async function createQuiz({ ownerId, quiz, duplicatedFrom }: { ownerId: string; quiz: unknown; duplicatedFrom?: string }): Promise<RowQuiz> {
  const db = await getDb();
  const id = newRowId('quiz');
  const checked = await checkedForAuthor(db, ownerId, id, quiz);
  const [meta] = await db.transaction(async (tx) => {
    const rows = await tx.insert(contentQuizzes).values({ id, ownerId, duplicatedFrom: duplicatedFrom ?? null }).returning();
    await tx.insert(contentQuizVersions).values({ quizId: id, version: 1, quiz: checked.quiz, article: checked.article });
    return rows;
  });
  return { quiz: checked.quiz, article: checked.article, version: 1, meta: meta! };
}

/** The quiz row locked for a write by its owner; anyone else's is not found. */
async function ownedForWrite(tx: DbOrTx, ownerId: string, quizId: string): Promise<ContentQuizRow> {
  if (!isRowQuizId(quizId)) throw notFound();
  const [row] = await tx.select().from(contentQuizzes).where(eq(contentQuizzes.id, quizId)).for('update');
  if (!row || row.ownerId !== ownerId) throw notFound();
  return row;
}

/** Whether an attempt has started on this version of the quiz (then the version is frozen). */
async function versionInUse(tx: DbOrTx, quizId: string, version: number): Promise<boolean> {
  const [row] = await tx
    .select({ one: sql<number>`1` })
    .from(attempts)
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .where(and(eq(assignments.quizId, quizId), eq(attempts.quizVersion, version)))
    .limit(1);
  return row !== undefined;
}

/**
 * Saves the owner's edit. `expectedRevision` is the revision the editor loaded: if the quiz was saved since (another
 * tab), the save is refused with a conflict rather than overwriting. If an attempt has started on the current
 * version, the edit becomes the next version (new attempts start on it; started ones keep theirs).
 */
export async function saveQuiz({
  ownerId,
  quizId,
  quiz,
  expectedRevision,
}: {
  ownerId: string;
  quizId: string;
  quiz: unknown;
  expectedRevision: number;
}): Promise<RowQuiz> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const meta = await ownedForWrite(tx, ownerId, quizId);
    if (meta.revision !== expectedRevision) {
      throw new AppError('conflict:quiz_revision', 'quiz.revisionConflict');
    }
    const checked = await checkedForAuthor(tx, ownerId, quizId, quiz);
    const frozen = await versionInUse(tx, quizId, meta.currentVersion);
    const version = frozen ? meta.currentVersion + 1 : meta.currentVersion;
    if (frozen) {
      await tx.insert(contentQuizVersions).values({ quizId, version, quiz: checked.quiz, article: checked.article });
    } else {
      await tx
        .update(contentQuizVersions)
        .set({ quiz: checked.quiz, article: checked.article })
        .where(and(eq(contentQuizVersions.quizId, quizId), eq(contentQuizVersions.version, version)));
    }
    const [updated] = await tx
      .update(contentQuizzes)
      .set({ currentVersion: version, revision: meta.revision + 1 })
      .where(eq(contentQuizzes.id, quizId))
      .returning();
    return { quiz: checked.quiz, article: checked.article, version, meta: updated! };
  });
}

/** The owner shares the quiz to the instance's library (read-only to others) or takes it back. */
export async function setQuizVisibility({ ownerId, quizId, visibility }: { ownerId: string; quizId: string; visibility: ContentVisibility }) {
  return setMeta(ownerId, quizId, { visibility });
}

/** The owner publishes the quiz (assignable) or takes it back to draft. */
export async function setQuizStatus({ ownerId, quizId, status }: { ownerId: string; quizId: string; status: QuizStatus }) {
  return setMeta(ownerId, quizId, { status });
}

async function setMeta(ownerId: string, quizId: string, change: Partial<Pick<ContentQuizRow, 'visibility' | 'status'>>): Promise<ContentQuizRow> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const meta = await ownedForWrite(tx, ownerId, quizId);
    const [row] = await tx
      .update(contentQuizzes)
      .set({ ...change, revision: meta.revision + 1 })
      .where(eq(contentQuizzes.id, quizId))
      .returning();
    return row!;
  });
}

/**
 * Copies a library quiz (a shipped file, or a row this teacher may see) into a new private draft of the teacher's.
 * A row article that is not the teacher's is copied too, so the copy depends on nothing the teacher cannot see.
 */
export async function duplicateQuiz({ teacherId, sourceId }: { teacherId: string; sourceId: string }): Promise<RowQuiz> {
  const source = isRowQuizId(sourceId) ? await getRowQuizForTeacher({ teacherId, quizId: sourceId }) : fileSource(sourceId);
  if (!source) throw notFound();
  let articleId = source.article.id;
  if (isRowArticleId(articleId) && source.meta?.ownerId !== teacherId) {
    articleId = (await saveArticle({ ownerId: teacherId, article: source.article })).id;
  }
  // `use` is left out: the copy is an assessment until its new author chooses practice
  const { use: _use, ...rest } = source.quiz;
  return createQuiz({ ownerId: teacherId, quiz: { ...rest, article: articleId, title: `${source.quiz.title} (copy)` }, duplicatedFrom: sourceId });
}

function fileSource(quizId: string): { quiz: Quiz; article: Article; meta?: undefined } | null {
  const quiz = getFileQuiz(quizId);
  const article = quiz ? getFileArticle(quiz.article) : undefined;
  return quiz && article ? { quiz, article } : null;
}

/** Whether this teacher may set the quiz as an assignment: a shipped one, or a published one of theirs or the library's. */
export async function canAssignQuiz({ teacherId, quizId }: { teacherId: string; quizId: string }): Promise<boolean> {
  if (!isRowQuizId(quizId)) return getFileQuiz(quizId) !== undefined;
  const found = await getRowQuizForTeacher({ teacherId, quizId });
  return found?.meta.status === 'published';
}

/** The published row quizzes this teacher may assign: their own and the library's, newest first. */
export async function listAssignableRowQuizzes({ teacherId }: { teacherId: string }): Promise<RowQuiz[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: contentQuizzes.id })
    .from(contentQuizzes)
    .where(and(eq(contentQuizzes.status, 'published'), or(eq(contentQuizzes.ownerId, teacherId), eq(contentQuizzes.visibility, 'library'))))
    .orderBy(desc(contentQuizzes.updatedAt))
    .limit(500);
  const found = await Promise.all(rows.map((r) => getRowQuiz({ quizId: r.id })));
  return found.filter((q): q is RowQuiz => q !== null);
}
