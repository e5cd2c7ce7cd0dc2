// Draft quiz items from an annotated article: the teacher has set, per claim-bearing sentence, the party and the
// status; the assistant's detections (speaker phrases, hedges, judging words, numbers, contradictions) supply the
// wording. Every draft is an item of the content format (content/schema.ts) with feedback for every option and an
// explanation skeleton whose unwritten parts are marked with TO_WRITE for the teacher.
//
// The drafters live in drafters/, one per kind. 'two-part' (answer plus evidence) is drafted by the module that adds
// that item type: write a Drafter with kind 'two-part' and give it to draftItems beside DRAFTERS (or add it below).
import type { ArticleAnnotation } from './annotate';
import { draftContext, type AnnotatedArticle, type DraftItem, type Drafter } from './draft-context';
import { classifyDrafter } from './drafters/classify';
import { compareDrafter } from './drafters/compare';
import { highlightDrafter } from './drafters/highlight';
import { scopeDrafter } from './drafters/scope';
import { sourceDrafter } from './drafters/source';
import type { DraftBlock } from './sentences';

export type { AnnotatedArticle, DraftContext, DraftItem, DraftKind, Drafter, PartyRef, Row, TeacherSentence } from './draft-context';
export { classifyDrafter, compareDrafter, highlightDrafter, scopeDrafter, sourceDrafter };

export const DRAFTERS: Drafter[] = [classifyDrafter, sourceDrafter, highlightDrafter, scopeDrafter, compareDrafter];

export function draftItems(article: AnnotatedArticle, drafters: Drafter[] = DRAFTERS): DraftItem[] {
  const ctx = draftContext(article);
  return drafters.flatMap((d) => d.draft(ctx));
}

/** The editor's starting point: the teacher "accepts" every suggestion (party and status) the assistant made. */
export function acceptSuggestions(blocks: DraftBlock[], assistant: ArticleAnnotation): AnnotatedArticle {
  return {
    blocks,
    assistant,
    parties: assistant.parties.map(({ id, name, role }) => ({ id, name, role })),
    sentences: assistant.sentences.map((s) => ({ id: s.id, claim: true, party: s.party, status: s.suggestion.status })),
  };
}
