// A library quiz opened in the editor: the editor's state built back from a quiz and its article (the teacher's own
// row quiz: a duplicate of a shipped or shared quiz, an imported one, or one published from the editor). Pure and
// browser-safe. Round trip: draftArticle/draftQuiz (content.ts), given the ids kept in `published`, equal the article
// and the quiz in every field (from-quiz.test.ts, on every shipped quiz). Nothing of the content is dropped; what it
// cannot know is the editor's own annotation (a sentence's party and status come from the claim map where it names
// the sentence, otherwise none), and an item's stimulus and outside sources are kept as they are, without forms.
import { coverage } from '@/content/coverage';
import type { Article, Quiz } from '@/content/schema';
import { uniquePartyId } from '../slug';
import { DRAFT_KINDS, DRAFT_STATE_VERSION, draftStateSchema, type DraftLayout, type DraftParty, type DraftState, type DraftStateItem } from './state';

const SOURCE_NOTE = /^Source: (https?:\/\/\S+)$/;

function metaOf(article: Article): DraftState['meta'] {
  const link = article.note ? SOURCE_NOTE.exec(article.note)?.[1] : undefined;
  return {
    title: article.title,
    outlet: article.outlet,
    dateline: article.dateline,
    published: article.published ?? '',
    link: link ?? '',
    ...(article.note && !link && { note: article.note }),
  };
}

/** The claim map's parties as the editor's parties, and each sentence the map names with its party and status. */
function annotationsOf(quiz: Quiz, article: Article) {
  const parties: DraftParty[] = [];
  const bySentence = new Map<string, { party: string; status: DraftState['sentences'][number]['status'] }>();
  for (const entry of quiz.claimMap) {
    const id = uniquePartyId(entry.party, (taken) => parties.some((p) => p.id === taken));
    parties.push({ id, name: entry.party, role: 'speaker' });
    for (const claim of entry.claims)
      for (const s of claim.sentences) if (!bySentence.has(s)) bySentence.set(s, { party: id, status: claim.status });
  }
  const sentences = article.blocks.flatMap((b) =>
    b.kind === 'heading' ? [] : b.sentences.map((s) => ({ id: s.id, claim: s.claim, ...bySentence.get(s.id) })),
  );
  return { parties, sentences };
}

const kindOf = (type: string): DraftStateItem['kind'] => {
  const kind = DRAFT_KINDS.find((k) => k === type);
  if (!kind) throw new Error(`no editor kind for item type "${type}"`);
  return kind;
};

export function stateFromQuiz(quiz: Quiz, article: Article): DraftState {
  const { parties, sentences } = annotationsOf(quiz, article);
  const state: DraftState = {
    version: DRAFT_STATE_VERSION,
    meta: metaOf(article),
    quiz: { title: quiz.title, summary: quiz.summary, minutes: quiz.minutes },
    blocks: article.blocks.map((b) =>
      b.kind === 'heading' ? b : { kind: 'paragraph', id: b.id, sentences: b.sentences.map(({ id, text }) => ({ id, text })) },
    ),
    parties,
    sentences,
    items: quiz.sections.flatMap((s) =>
      s.items.map((item) => ({ kind: kindOf(item.type), section: s.id, item: structuredClone(item) as unknown as Record<string, unknown> })),
    ),
    use: quiz.use,
    layout: {
      kind: quiz.kind,
      ...(quiz.lesson !== undefined && { lesson: quiz.lesson }),
      goals: quiz.goals,
      discussion: quiz.discussion,
      claimMap: structuredClone(quiz.claimMap) as unknown as Array<Record<string, unknown>>,
      uncovered: coverage(article, [quiz]).uncovered,
      sections: quiz.sections.map(({ items: _items, ...s }) => structuredClone(s) as DraftLayout['sections'][number]),
    },
    published: { quizId: quiz.id, articleId: article.id },
  };
  return draftStateSchema.parse(state);
}
