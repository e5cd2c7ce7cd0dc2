import 'server-only';
// The claim assistant for the editor: a pasted article becomes a draft's first state, and the assistant's view of
// a draft's sentences (what it detected, the party and status it suggests, with the reason) is recomputed on the
// server whenever the sentences change. The language library stays here, never in the browser bundle.
import {
  acceptSuggestions,
  annotateArticle,
  pastedArticle,
  splitArticle,
  type ArticleAnnotation,
  type DraftBlock,
  type Lexicon,
} from '@/lib/authoring';
import { loadLexicon } from '@/lib/authoring/lexicon-file';
import { say, type Translate } from '@/lib/authoring/messages';
import type { AssistantView, SentenceHint } from './hints';
import { DRAFT_STATE_VERSION, type DraftState, type PasteForm } from './state';

const cache = globalThis as unknown as { claimcheckLexicon?: Lexicon };
export const lexicon = (): Lexicon => (cache.claimcheckLexicon ??= loadLexicon());

export function annotate(blocks: DraftBlock[]): ArticleAnnotation {
  return annotateArticle(blocks, lexicon());
}

/** `t` is the `authoring` namespace in the teacher's language: the reasons reach the editor as text. */
export function assistantView(annotation: ArticleAnnotation, t: Translate): AssistantView {
  const hints = annotation.sentences.map((s): SentenceHint => ({
    id: s.id,
    ...(s.speaker && { speaker: s.speaker.phrase, verb: s.speaker.verb.text }),
    ...(s.speaker?.via && { via: s.speaker.via.text }),
    ...(s.inheritedFrom && { inheritedFrom: s.inheritedFrom }),
    hedges: s.hedges.map((h) => h.text),
    numbers: s.numbers.filter((n) => !n.year).map((n) => n.text),
    names: s.names.map((n) => n.text),
    loaded: [...s.labels, ...s.charged, ...s.forecasts].map((w) => w.text),
    party: s.party,
    status: s.suggestion.status,
    reason: say(t, s.suggestion.reason),
  }));
  return { hints, parties: annotation.parties.map(({ id, name, role }) => ({ id, name, role })) };
}

export type NewDraft = { ok: true; state: DraftState } | { ok: false; field: 'text'; message: string };

/** A pasted article → the editor's first state: sentences split, every suggestion accepted, no items yet. */
export function newDraftState(form: PasteForm, t: Translate): NewDraft {
  const pasted = pastedArticle(form.text);
  if (!pasted.ok) return { ok: false, field: 'text', message: say(t, [pasted.message]) };
  const blocks = splitArticle(pasted.blocks);
  const accepted = acceptSuggestions(blocks, annotate(blocks));
  return {
    ok: true,
    state: {
      version: DRAFT_STATE_VERSION,
      meta: { title: form.title, outlet: form.outlet, dateline: pasted.dateline ?? '', published: form.published, link: form.link },
      quiz: { title: form.title, summary: `Who says what, and what is checked, in “${form.title}” (${form.outlet}).`, minutes: 15 },
      blocks,
      parties: accepted.parties,
      sentences: accepted.sentences.map(({ id, claim, party, status }) => ({
        id,
        claim,
        ...(party && { party }),
        ...(status && { status }),
      })),
      items: [],
      use: 'assessment',
    },
  };
}
