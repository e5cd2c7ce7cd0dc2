// The editor's whole state, as saved in a draft row (authoring_drafts.state) and sent by every autosave. Checked
// with zod at each boundary (the save route, the row read back). Fields may be empty while the teacher types: the
// live checks (check.ts) say what is still missing; this schema only bounds the shape and the sizes. Browser-safe:
// zod and the vocabulary only, never the language library.
import { z } from 'zod';
import { STATUSES } from '@/content/words';

export const DRAFT_STATE_VERSION = 1;
// the whole state as JSON: a 20,000-character article with its items and feedback stays far below this
export const MAX_STATE_BYTES = 1_000_000;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids use lowercase letters, digits and dashes (max 64)');
const line = (max: number) => z.string().max(max, `at most ${max} characters`);

export const draftMetaSchema = z.strictObject({
  title: line(300),
  outlet: line(200),
  dateline: line(200),
  published: line(100), // the article's date as the outlet prints it
  link: line(2000),
  // an article's own note (a shipped or imported one); a pasted article's note is made from its link instead
  note: line(2000).optional(),
});

export const draftBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading'), id, text: line(2000) }),
  z.strictObject({
    kind: z.literal('paragraph'),
    id,
    sentences: z
      .array(z.strictObject({ id, text: line(20_000) }))
      .min(1)
      .max(500),
  }),
]);

export const draftPartySchema = z.strictObject({ id, name: line(200), role: z.enum(['speaker', 'reporter', 'writer']) });
export const draftSentenceSchema = z.strictObject({
  id,
  claim: z.boolean(),
  party: id.optional(),
  status: z.enum(STATUSES).optional(),
});
// What an item is for the editor: the assistant's drafted kinds (source and compare are single-choice items), and,
// for an item opened from a library quiz (from-quiz.ts), its question type. Added kinds only: older drafts parse.
export const DRAFT_KINDS = ['classify', 'source', 'highlight', 'scope', 'compare', 'two-part', 'single', 'multiple', 'match', 'order', 'written'] as const;
// Item bodies are the content format's items (content/schema.ts), checked by the live checks and on publish, not
// here: a half-edited item must still save.
export const draftItemSchema = z.strictObject({
  kind: z.enum(DRAFT_KINDS),
  item: z.record(z.string(), z.unknown()),
  // the section of the quiz it was opened from (layout.sections); drafted items have none and are grouped by kind
  section: id.optional(),
});

// The parts of a library quiz the editor has no forms for, kept as they are so publishing the edit writes them back
// unchanged: the sections' titles, intros and methods, the goals, discussion questions and claim map, kind and
// lesson. Checked by the content check on every live check and on publish (e.g. a claim map naming a removed item).
const record = z.record(z.string(), z.unknown());
export const draftLayoutSchema = z.strictObject({
  kind: z.enum(['practice', 'booster']),
  lesson: z.number().int().min(1).max(99).optional(),
  goals: z.array(line(2000)).max(50),
  discussion: z.array(line(2000)).max(50),
  claimMap: z.array(record).max(300),
  sections: z
    .array(z.strictObject({ id, title: line(300), intro: line(5000).optional(), method: record.optional() }))
    .max(100),
  // claim sentences no item of the quiz asked about when it was opened: a lesson of a series leaves them to the other
  // lessons on its article, so the editor's coverage check asks only that an edit not drop what the quiz covered
  uncovered: z.array(id).max(3000).default([]),
});

export const draftStateSchema = z.strictObject({
  version: z.literal(DRAFT_STATE_VERSION),
  meta: draftMetaSchema,
  quiz: z.strictObject({ title: line(300), summary: line(1000), minutes: z.number().int().min(1).max(240) }),
  blocks: z.array(draftBlockSchema).min(1).max(1000),
  parties: z.array(draftPartySchema).max(300),
  sentences: z.array(draftSentenceSchema).max(3000),
  items: z.array(draftItemSchema).max(300),
  // assessment unless the author explicitly chooses practice (and is told the key becomes public)
  use: z.enum(['assessment', 'practice']),
  layout: draftLayoutSchema.optional(),
  // set by the server on publish, never taken from a client's save (routes keep the stored value)
  published: z.strictObject({ quizId: id, articleId: id }).optional(),
});

export type DraftState = z.infer<typeof draftStateSchema>;
export type DraftMeta = z.infer<typeof draftMetaSchema>;
export type DraftStateBlock = z.infer<typeof draftBlockSchema>;
export type DraftStateItem = z.infer<typeof draftItemSchema>;
export type DraftStateSentence = z.infer<typeof draftSentenceSchema>;
export type DraftLayout = z.infer<typeof draftLayoutSchema>;
export type DraftParty = z.infer<typeof draftPartySchema>;

// What the paste form sends (app/(teacher)/teacher/drafts/route.ts). The article text's own limit
// (MAX_ARTICLE_CHARS) is checked by pastedArticle, with its message; this bounds the request. Each message is a key
// of the authoring namespace (paste.*), worded by the route in the teacher's language.
export const pasteFormSchema = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'paste.needText')
    .max(200_000, 'paste.farTooLong'),
  title: z.string().trim().min(1, 'paste.needHeadline').max(300, 'paste.maxChars'),
  outlet: z.string().trim().min(1, 'paste.needOutlet').max(200, 'paste.maxChars'),
  published: z.string().trim().max(100, 'paste.maxChars').default(''),
  link: z
    .string()
    .trim()
    .max(2000, 'paste.maxChars')
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'paste.linkScheme')
    .default(''),
});
export type PasteForm = z.infer<typeof pasteFormSchema>;

/** A save: the state and the revision it was based on. */
export const saveRequestSchema = z.strictObject({ revision: z.number().int().min(1), state: draftStateSchema });
export type SaveRequest = z.infer<typeof saveRequestSchema>;
