// The class's misconceptions, ranked by how many different students each one tripped.
import type { Misconception, Quiz } from '@/content/schema';
import { misconceptionsOf } from './graded';
import { quizItems } from './questions';
import type { ReportAttempt } from './types';
import { versionedItems, type QuizVersions } from './versions';

export interface MisconceptionRank {
  id: Misconception;
  /** Distinct students whose answers showed it. */
  students: number;
  /** Answers that showed it (a student can show it on several questions). */
  occurrences: number;
  /** The questions where it showed, most students first. */
  items: Array<{ itemId: string; number: number; students: number }>;
}

/** Each answer shows what its own version's item says it shows (lib/reports/versions.ts). */
export function rankMisconceptions(quiz: Quiz, attempts: readonly ReportAttempt[], versions?: QuizVersions): MisconceptionRank[] {
  const items = new Map(quizItems(quiz).map((entry) => [entry.item.id, entry]));
  const versioned = versionedItems(quiz, versions);
  const found = new Map<Misconception, { students: Set<string>; occurrences: number; items: Map<string, Set<string>> }>();
  for (const attempt of attempts) {
    for (const answer of attempt.answers) {
      const item = versioned.itemFor(attempt, answer.itemId);
      if (!item) continue;
      for (const m of misconceptionsOf(item, answer.response)) {
        const entry = found.get(m) ?? { students: new Set(), occurrences: 0, items: new Map() };
        entry.students.add(attempt.studentId);
        entry.occurrences++;
        const byItem = entry.items.get(item.id) ?? new Set<string>();
        byItem.add(attempt.studentId);
        entry.items.set(item.id, byItem);
        found.set(m, entry);
      }
    }
  }
  return [...found.entries()]
    .map(([id, e]) => ({
      id,
      students: e.students.size,
      occurrences: e.occurrences,
      items: [...e.items.entries()]
        .map(([itemId, s]) => ({ itemId, number: items.get(itemId)?.number ?? 0, students: s.size }))
        .sort((a, b) => b.students - a.students || a.number - b.number),
    }))
    .sort((a, b) => b.students - a.students || b.occurrences - a.occurrences || a.id.localeCompare(b.id));
}
