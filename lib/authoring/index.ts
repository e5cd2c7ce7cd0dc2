// The authoring tools' API: paste → article draft → claim assistant → drafted items. For authoring pages only:
// importing anything here loads the language library (lib/authoring/nlp.ts, wink-nlp and its model), so student
// pages, shared components and other lib modules must not import it (lib/authoring/boundary.test.ts checks).
// The lexicon is data: read it on the server with loadLexicon() (lexicon-file.ts) and pass it to annotateArticle.
export { MAX_ARTICLE_CHARS, pastedArticle, type PastedBlock, type PasteResult } from './paste';
export { allSentences, mergeWithNext, splitArticle, splitAt, type DraftBlock, type DraftSentence, type EditResult } from './sentences';
export { loadNlp } from './nlp';
export { compileLexicon, lexiconSchema, type Lexicon } from './lexicon';
export { annotateArticle, type ArticleAnnotation, type SentenceAnnotation } from './annotate';
export { WRITER_ID, type Party, type PartyRole } from './parties';
export type { StatusSuggestion } from './status';
export {
  acceptSuggestions,
  draftItems,
  DRAFTERS,
  type AnnotatedArticle,
  type DraftItem,
  type DraftKind,
  type Drafter,
  type DraftContext,
  type TeacherSentence,
} from './draft';
export { TO_WRITE } from './feedback';
export { toArticle, toQuiz, type ArticleMeta } from './to-content';
