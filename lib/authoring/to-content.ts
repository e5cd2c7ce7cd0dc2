// An authored article and its drafts in the content format, so the same schema, content check, coverage and
// quality lint that judge the shipped files judge them too.
import type { Article, Quiz } from '@/content/schema';
import type { DraftItem, DraftKind, TeacherSentence } from './draft';
import type { DraftBlock } from './sentences';

export interface ArticleMeta {
  id: string;
  title: string;
  outlet: string;
  dateline: string;
  published?: string;
}

export function toArticle(meta: ArticleMeta, blocks: DraftBlock[], sentences: TeacherSentence[]): Article {
  const claim = new Map(sentences.map((s) => [s.id, s.claim]));
  return {
    ...meta,
    blocks: blocks.map((b) =>
      b.kind === 'heading' ? b : { ...b, sentences: b.sentences.map((s) => ({ ...s, claim: claim.get(s.id) ?? true })) },
    ),
  };
}

const SECTION_TITLES: Record<DraftKind, string> = {
  classify: 'Sort the statements',
  source: 'Who says so?',
  highlight: 'Words that attribute and words that judge',
  scope: 'What a finding proves',
  compare: 'Comparing figures',
  'two-part': 'Answer and evidence',
};

export function toQuiz(meta: { id: string; title: string; summary: string; minutes: number }, articleId: string, drafts: DraftItem[]): Quiz {
  const kinds = [...new Set(drafts.map((d) => d.kind))];
  return {
    ...meta,
    article: articleId,
    kind: 'practice',
    // a teacher's quiz is for marks unless its author chooses practice and is told its key becomes public (issue 15)
    use: 'assessment',
    goals: [],
    discussion: [],
    claimMap: [],
    sections: kinds.map((kind) => ({ id: kind, title: SECTION_TITLES[kind] ?? 'More questions', items: drafts.filter((d) => d.kind === kind).map((d) => d.item) })),
  };
}
