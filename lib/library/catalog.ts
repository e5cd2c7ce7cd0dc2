import 'server-only';
// What the quiz library page lists for one teacher: their own quizzes (any status), the other teachers' quizzes
// shared to the instance's library (read-only), and the shipped files. Titles come from each quiz's current version.
import { inArray } from 'drizzle-orm';
import type { QuizUse } from '@/content/schema';
import { listQuizzes } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { getRowQuiz, listLibraryQuizzes, listOwnQuizzes } from '@/lib/db/queries/content';
import { user, type ContentQuizRow } from '@/lib/db/schema';

export interface LibraryEntry {
  id: string;
  title: string;
  summary: string;
  use: QuizUse;
  itemCount: number;
  minutes: number;
  origin: 'own' | 'library' | 'shipped';
  status?: ContentQuizRow['status'];
  visibility?: ContentQuizRow['visibility'];
  version?: number;
  ownerName?: string;
}

const LIST_MAX = 200;

async function rowEntries(rows: ContentQuizRow[], origin: 'own' | 'library', owners: Map<string, string>): Promise<LibraryEntry[]> {
  const loaded = await Promise.all(rows.slice(0, LIST_MAX).map((r) => getRowQuiz({ quizId: r.id })));
  return loaded.flatMap((found) => {
    if (!found) return [];
    const { quiz, meta } = found;
    return [
      {
        id: quiz.id,
        title: quiz.title,
        summary: quiz.summary,
        use: quiz.use,
        itemCount: quiz.sections.reduce((n, s) => n + s.items.length, 0),
        minutes: quiz.minutes,
        origin,
        status: meta.status,
        visibility: meta.visibility,
        version: found.version,
        // no name: the sharer's account is gone; the page says "another teacher" in the reader's language
        ...(origin === 'library' && owners.has(meta.ownerId) ? { ownerName: owners.get(meta.ownerId) } : {}),
      },
    ];
  });
}

export async function libraryFor(teacherId: string): Promise<{ own: LibraryEntry[]; library: LibraryEntry[]; shipped: LibraryEntry[] }> {
  const [ownRows, libraryRows] = await Promise.all([listOwnQuizzes({ teacherId }), listLibraryQuizzes({ teacherId })]);
  const ownerIds = [...new Set(libraryRows.map((r) => r.ownerId))];
  const owners = new Map<string, string>();
  if (ownerIds.length > 0) {
    const db = await getDb();
    for (const u of await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ownerIds))) owners.set(u.id, u.name);
  }
  const [own, library] = await Promise.all([rowEntries(ownRows, 'own', owners), rowEntries(libraryRows, 'library', owners)]);
  const shipped = listQuizzes().map(
    (q): LibraryEntry => ({
      id: q.id,
      title: q.title,
      summary: q.summary,
      use: q.use,
      itemCount: q.sections.reduce((n, s) => n + s.items.length, 0),
      minutes: q.minutes,
      origin: 'shipped',
    }),
  );
  return { own, library, shipped };
}
