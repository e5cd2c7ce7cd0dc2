// Ids of a teacher's own quizzes and articles (database rows). They live in their own namespace: a prefix that no
// file in content/ may use (lib/content/dirs.ts refuses one), so a row id and a file id can never collide and a
// loader knows from the id alone where to look, without a database round trip for the shipped quizzes.
import crypto from 'node:crypto';
import { z } from 'zod';
import { idSchema } from '@/content/fields';

export const ROW_QUIZ_PREFIX = 'tq-';
export const ROW_ARTICLE_PREFIX = 'ta-';
const ROW_PREFIXES = [ROW_QUIZ_PREFIX, ROW_ARTICLE_PREFIX];

export const rowQuizIdSchema = idSchema.refine((id) => id.startsWith(ROW_QUIZ_PREFIX), 'not a teacher quiz id');
export const rowArticleIdSchema = idSchema.refine((id) => id.startsWith(ROW_ARTICLE_PREFIX), 'not a teacher article id');
export const fileIdSchema = idSchema.refine(
  (id) => !ROW_PREFIXES.some((p) => id.startsWith(p)),
  `ids starting with ${ROW_PREFIXES.map((p) => `"${p}"`).join(' or ')} are kept for teachers' own quizzes and articles`,
);

export const isRowQuizId = (id: string): boolean => id.startsWith(ROW_QUIZ_PREFIX);
export const isRowArticleId = (id: string): boolean => id.startsWith(ROW_ARTICLE_PREFIX);

/** A fresh row id: the prefix and 16 random hex digits (64 bits; collisions are also refused by the primary key). */
export function newRowId(kind: 'quiz' | 'article'): string {
  return `${kind === 'quiz' ? ROW_QUIZ_PREFIX : ROW_ARTICLE_PREFIX}${crypto.randomBytes(8).toString('hex')}`;
}

export const isFileId = (id: string): boolean => z.safeParse(fileIdSchema, id).success;
