// What the teacher's guide gathers from a quiz: the misconceptions each item targets and every outside source.
import type { Item, Misconception, Quiz, Source } from '@/content/schema';
import type { TeacherWords } from '@/question-types/shared/teacher-words';
import { questionType } from '@/question-types/lookup';
import type { GuideTable } from '@/question-types/shared/report';

/** The misconceptions an item's distractors (options, decoys, claims, statements) stand for, in content order. */
export function itemMisconceptions(item: Item): Misconception[] {
  return questionType(item.type).misconceptions(item);
}

/** What the guide shows of an item besides its prompt, and its table of every answer's feedback. */
/** `t`: items.teacher (English without one). */
export function itemGuide(item: Item, t?: TeacherWords): GuideTable {
  return questionType(item.type).guide(item, t);
}

export interface CitedSource {
  outlet: string;
  date?: string;
  /** What the items cite it for, each note once. */
  notes: string[];
  /** Ids of the items that cite it (in their feedback or in a stimulus). */
  items: string[];
}

/** Every distinct source (outlet and date) cited by the quiz's items and stimulus blocks, in order of first citation. */
export function quizSources(quiz: Quiz): CitedSource[] {
  const found = new Map<string, CitedSource>();
  for (const section of quiz.sections) {
    for (const item of section.items) {
      const cited: Source[] = [...(item.sources ?? []), ...(item.stimulus ?? []).flatMap((s) => s.sources ?? [])];
      for (const source of cited) {
        const key = `${source.outlet}\u0000${source.date ?? ''}`.toLowerCase();
        const entry = found.get(key) ?? { outlet: source.outlet, ...(source.date !== undefined && { date: source.date }), notes: [], items: [] };
        if (source.note && !entry.notes.includes(source.note)) entry.notes.push(source.note);
        if (!entry.items.includes(item.id)) entry.items.push(item.id);
        found.set(key, entry);
      }
    }
  }
  return [...found.values()];
}
