// For e2e/qti-player.spec.ts: what to enter in Cito's QTI 3 player for an answer, and the same answer as a
// Claimcheck response for the grader. Identifiers come from the exporter's own id maker, so the player is driven
// through the exported file's choices, never through author ids. Each type's cases are in its folder
// (question-types/<type>/e2e.ts).
import type { Item } from '@/content/schema';
import type { Response } from '@/lib/quiz/responses';
import { idMaker } from '@/lib/export/ids';
import { e2eType } from './question-types';
import type { AnswerCase as TypeAnswerCase } from '@/question-types/shared/e2e';

export type { Action } from '@/question-types/shared/e2e';
export type AnswerCase = TypeAnswerCase<Response>;

export const answerCases = (item: Item): AnswerCase[] => e2eType(item.type).qtiCases(item, idMaker(item.id));
