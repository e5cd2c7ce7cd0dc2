// Each attempt is read against the quiz version it started on (attempts.quiz_version): after its author saves a new
// version, an older attempt's answers keep their own item (options, key, tags), so what the report says of them
// does not change under the student. The current version gives the list of questions the report shows.
import type { Item, Quiz } from '@/content/schema';
import type { ReportAttempt } from './types';

/** The versions the attempts started on, by number (a shipped quiz has only version 1). */
export type QuizVersions = ReadonlyMap<number, Quiz>;

const itemsOfQuiz = (quiz: Quiz) => new Map(quiz.sections.flatMap((s) => s.items.map((item) => [item.id, item] as const)));

export interface VersionedItems {
  /** The items of the version this attempt started on (the current quiz's when that version is not given). */
  itemsOf(attempt: Pick<ReportAttempt, 'quizVersion'>): ReadonlyMap<string, Item>;
  itemFor(attempt: Pick<ReportAttempt, 'quizVersion'>, itemId: string): Item | undefined;
}

export function versionedItems(quiz: Quiz, versions: QuizVersions = new Map()): VersionedItems {
  const current = itemsOfQuiz(quiz);
  const byVersion = new Map<number, ReadonlyMap<string, Item>>();
  const itemsOf = ({ quizVersion }: Pick<ReportAttempt, 'quizVersion'>) => {
    const version = quizVersion === undefined ? undefined : versions.get(quizVersion);
    if (!version || quizVersion === undefined) return current;
    let items = byVersion.get(quizVersion);
    if (!items) byVersion.set(quizVersion, (items = itemsOfQuiz(version)));
    return items;
  };
  return { itemsOf, itemFor: (attempt, itemId) => itemsOf(attempt).get(itemId) };
}
