// Answers and keys in words, for teachers: the results pages, the CSV export and the teacher's guide. Each type
// says it in its own words (question-types/<type>/index.ts).
import type { Item } from '@/content/schema';
import type { Response } from '@/lib/quiz/responses';
import { questionType } from '@/question-types/lookup';
import type { TeacherWords } from '@/question-types/shared/teacher-words';

/** The student's answer as lines of plain text (`t`: items.teacher, English without one). */
export function describeResponse(item: Item, response: Response, t?: TeacherWords): string[] {
  if (response.type !== item.type) return ['(an answer of another type)'];
  return questionType(item.type).describeResponse(item, response, t);
}

/** The right answer as lines of plain text (`t`: items.teacher, English without one). */
export function describeKey(item: Item, t?: TeacherWords): string[] {
  return questionType(item.type).describeKey(item, t);
}

/** A stable key for "the same answer", to count identical wrong answers. */
export function responseKey(response: Response): string {
  return questionType(response.type).responseKey(response);
}
