// What a question type must give the server: one object per type (question-types/<type>/index.ts), listed in the
// server registry (question-types/server.ts). Every member is required, so the compiler names what a new type
// lacks; question-types/registry.test.ts checks that each one also works on the type's example items.
import type { z } from 'zod';
import type { ItemBase } from '@/content/fields';
import type { Misconception } from '@/content/words';
import type { Grade } from './shared/grade';
import type { MapId, PartIds, PartKind } from './shared/parts';
import type { GuideTable, OptionCount } from './shared/report';
import type { Sampler } from './shared/sample';
import type { TypeExport } from '@/lib/export/mapping';
import type { TypeLint } from './shared/lint';
import type { TeacherWords } from './shared/teacher-words';

/** What a type's content check may report, beyond what its zod schema refuses. */
export interface ContentChecks {
  /** A problem at `path` inside the item. */
  add(path: string, message: string): void;
  /** Duplicate ids, and ids that give the answer away (they reach the browser). */
  checkIds(field: string, ids: string[]): void;
}

export interface ServerQuestionType<
  I extends ItemBase,
  R extends { type: I['type'] },
  P extends { type: I['type'] },
  F extends { type: I['type'] },
> {
  /** A small item of the type as an author writes it (example.ts): the registry test runs every part on it. */
  example: Record<string, unknown>;
  /** The item as authors write it in the quiz YAML. */
  itemSchema: z.ZodType<I>;
  /** An answer as the browser sends it (parsed before anything is graded). */
  responseSchema: z.ZodType<R>;
  /** Checks of the item against itself that the schema cannot express (keys that point nowhere, ...). */
  check(item: I, checks: ContentChecks): void;
  /** Every part id the item has, with its kind: the ids a key and a response refer to. */
  parts(item: I): Array<[PartKind, string]>;
  /** What the browser may see before answering: no key, feedback or author ids. */
  toPublic(item: I, ids: PartIds): P;
  /** The part ids the public view carries (the same function the browser uses, from the type's draft.ts). */
  shownIds(item: P): string[];
  /** The response with every part id translated (to author ids on the way in, to public ids on the way out). */
  mapResponseIds(response: R, id: MapId): R;
  /** A well-formed response that does not fit this item (an unknown id, a missing part): the 400 message, or null. */
  responseProblem(item: I, response: R): string | null;
  /** The mark, with partial credit, and the misconceptions the answer shows. */
  grade(item: I, response: R): Grade;
  /** The full-marks answer (a written item has none: `writtenText` is rated at the top of the rubric). */
  keyResponse(item: I, writtenText: string): R;
  /** A plausible wrong answer, tempting distractors more often: what the demo class and the benchmark send. */
  wrongResponse(item: I, sample: Sampler): R;
  /** The type's part of the feedback, released once the item's feedback is due. */
  feedback(item: I, response: R): F;
  /** The feedback with its part ids made public. */
  feedbackForBrowser(feedback: F, id: MapId): F;
  /** Every text that must not reach the browser before feedback is due (the key-leak scan looks for each). */
  secretTexts(item: I): string[];
  /** A student's answer as lines of plain text, for teachers (in `t`'s language: items.teacher; English without). */
  describeResponse(item: I, response: R, t?: TeacherWords): string[];
  /** The right answer as lines of plain text. */
  describeKey(item: I, t?: TeacherWords): string[];
  /** A stable key for "the same answer", to count identical wrong answers. */
  responseKey(response: R): string;
  /** The misconceptions the item's distractors stand for, in content order. */
  misconceptions(item: I): Misconception[];
  /** The item in the teacher's guide: its context line and its feedback table. */
  guide(item: I, t?: TeacherWords): GuideTable;
  /** For choice-like types, how often each option was chosen; null for the rest. */
  optionCounts(item: I, responses: R[]): OptionCount[] | null;
  /** How the type maps to QTI 3.0/2.1, Moodle XML and GIFT, and what each format loses (docs/exports.md). */
  exports: TypeExport<I>;
  /** What the item-quality gate (content/lint) measures on it: texts, choice groups, tags, chance (lint.ts). */
  lint: TypeLint<I, R>;
}

/** The members that are whole files of the type's folder (schema.ts, example.ts, export.ts, lint.ts), in one line. */
export const folderParts = <I extends ItemBase, R extends { type: I['type'] }>(
  itemSchema: z.ZodType<I>,
  responseSchema: z.ZodType<R>,
  example: Record<string, unknown>,
  exports: TypeExport<I>,
  lint: TypeLint<I, R>,
) => ({ itemSchema, responseSchema, example, exports, lint });

/** Declares a type, checked against the interface (the registry keeps the exact types for the unions). */
export const defineQuestionType = <I extends ItemBase, R extends { type: I['type'] }, P extends { type: I['type'] }, F extends { type: I['type'] }>(
  type: ServerQuestionType<I, R, P, F>,
) => type;
