// Walks both registries: every registered question type must have every part, on the server and in the browser,
// and the parts must fit together on the type's own example item. A type that lacks a part, forgets a secret text
// (the key-leak scan would not look for it) or whose draft, response and feedback ids disagree fails here.
import fs from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadSourceMessagesSync } from '@/lib/i18n/load-messages';
import { IntlWrapper, translatorFor } from '@/test/intl';
import { itemSchema } from '@/content/schema';
import { practiceScope } from '@/lib/quiz/id-scope';
import { partIds } from '@/lib/quiz/public-ids';
import { CLIENT_TYPES } from './client';
import { answerParts, INPUTS } from './inputs';
import type { AnswerParts, ClientQuestionType } from './client-define';
import type { ContentChecks } from './define';
import { QUESTION_TYPES } from './server';
import { typeLabel } from './lookup';
import type { TeacherWords } from './shared/teacher-words';
import type { Sampler } from './shared/sample';
import type { ErasedType, ItemType } from './types';

const teacherWords = (locale: 'en' | 'ur') => translatorFor('items.teacher', locale) as unknown as TeacherWords;

// every member of the server interface, checked by the compiler against it both ways (none missing, none extra)
const SERVER_PARTS = {
  example: 'object',
  itemSchema: 'object',
  responseSchema: 'object',
  check: 'function',
  parts: 'function',
  toPublic: 'function',
  shownIds: 'function',
  mapResponseIds: 'function',
  responseProblem: 'function',
  grade: 'function',
  keyResponse: 'function',
  wrongResponse: 'function',
  feedback: 'function',
  feedbackForBrowser: 'function',
  secretTexts: 'function',
  describeResponse: 'function',
  describeKey: 'function',
  responseKey: 'function',
  misconceptions: 'function',
  guide: 'function',
  optionCounts: 'function',
  exports: 'object',
  lint: 'object',
} satisfies Record<keyof ErasedType, 'string' | 'object' | 'function'>;

// what the item-quality gate (content/lint) reads of every type; `closed` and `judged` may be null
const LINT_PARTS = {
  texts: ['function'],
  choiceGroups: ['function'],
  tagged: ['function'],
  closed: ['object'],
  judged: ['function', 'object'],
  problems: ['function'],
} satisfies Record<keyof ErasedType['lint'], string[]>;

const CLIENT_PARTS = {
  Feedback: 'function',
  shownIds: 'function',
  namedIds: 'function',
  feedbackIds: 'function',
} satisfies Record<keyof ClientQuestionType<ItemType>, 'string' | 'function'>;

const ANSWER_PARTS = {
  Input: 'function',
  missing: 'string',
  draftToResponse: 'function',
} satisfies Record<keyof AnswerParts<ItemType>, 'string' | 'function'>;

// fields whose text is only for after answering, wherever a type puts them
const SECRET_FIELDS = new Set(['feedback', 'otherFeedback', 'explanation', 'modelAnswer', 'description']);
function secretFieldTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => secretFieldTexts(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (SECRET_FIELDS.has(k) && typeof v === 'string') out.push(v);
      else secretFieldTexts(v, out);
    }
  }
  return out;
}

const SECRET = 'registry-test-secret-registry-test-secret';
const types = Object.keys(QUESTION_TYPES) as ItemType[];

it('the client registry and the inputs list exactly the types of the server registry', () => {
  expect(Object.keys(CLIENT_TYPES).sort()).toEqual([...types].sort());
  expect(Object.keys(INPUTS).sort()).toEqual([...types].sort());
});

// the Playwright tests find a type's e2e parts by its folder's name (e2e/helpers/question-types.ts); they import
// Playwright, so they are read as text here (each file's `E2eType` annotation has the compiler check its shape)
it('every type has its e2e parts in its own folder, as the e2e helpers look for them', () => {
  for (const type of types) {
    const file = join(__dirname, type, 'e2e.ts');
    expect(fs.existsSync(file), `question-types/${type}/e2e.ts`).toBe(true);
    expect(fs.readFileSync(file, 'utf8'), `question-types/${type}/e2e.ts`).toMatch(/^export const e2e: E2eType</m);
  }
});

describe.each(types)('question type "%s"', (type) => {
  const server = QUESTION_TYPES[type] as ErasedType;
  const client = CLIENT_TYPES[type] as unknown as ClientQuestionType<ItemType>;
  const answer = answerParts(type);
  const item = itemSchema.parse(server.example);
  const ids = partIds(practiceScope('registry-test'), item, SECRET);
  const pub = { id: item.id, prompt: item.prompt, sentences: item.sentences, stimulus: [], shuffle: item.shuffle, ...server.toPublic(item, ids) };

  it('has every server and client part', () => {
    for (const [part, kind] of Object.entries(SERVER_PARTS)) expect(typeof server[part as keyof ErasedType], part).toBe(kind);
    for (const [part, kind] of Object.entries(CLIENT_PARTS)) expect(typeof client[part as keyof typeof client], part).toBe(kind);
    for (const [part, kind] of Object.entries(ANSWER_PARTS)) expect(typeof answer[part as keyof typeof answer], part).toBe(kind);
    for (const [part, kinds] of Object.entries(LINT_PARTS)) expect(kinds, `lint.${part}`).toContain(typeof server.lint[part as keyof ErasedType['lint']]);
    // its name for teachers, in every language
    for (const locale of ['en', 'ur'] as const) expect(teacherWords(locale)(`types.${type}`)).not.toMatch(/^items\.teacher/);
    expect(typeLabel(type).length).toBeGreaterThan(0);
    expect(answer.missing.length).toBeGreaterThan(0);
  });

  it('gives the quality gate its texts, choice groups, tags and chance model on its example', () => {
    const { lint } = server;
    const score = (r: unknown) => server.grade(item, server.responseSchema.parse(r)).score;
    const texts = lint.texts(item);
    // every text a student reads of the type is measured (reading level, length, ids, sources): each secret too
    for (const t of [...texts.question, ...texts.feedback]) expect(typeof t[1] === 'string' && t[1].length > 0, t[0]).toBe(true);
    const shown = [...texts.question, ...texts.feedback].map(([, text]) => text);
    for (const s of server.secretTexts(item)) expect(shown.some((t) => t.includes(s)), s).toBe(true);
    for (const g of lint.choiceGroups(item)) for (const k of g.keys) expect(g.options.map((o) => o.id)).toContain(k);
    for (const p of lint.tagged(item)) expect(server.misconceptions(item)).toContain(p.tag);
    expect(lint.problems(item)).toEqual([]);
    if (lint.closed) {
      const chance = lint.closed.chance(item, score);
      expect(chance).toBeGreaterThan(0);
      expect(chance).toBeLessThan(1);
      expect(lint.closed.testWise(item, score)).toBeGreaterThanOrEqual(0);
    }
    for (const p of lint.judged?.(item, score) ?? []) expect(p.scores.some(([, s]) => s === 1), p.text).toBe(true);
  });

  it('maps its example to the LMS formats and says what each format loses', () => {
    const { exports } = server;
    expect(exports.label.length).toBeGreaterThan(0);
    for (const format of ['qti', 'moodle', 'gift'] as const) expect(Array.isArray(exports.losses[format]), format).toBe(true);
    const qti = exports.qti(item, (role: string, id: string) => `${role}-${id}`);
    expect(qti.interactionTypes.length).toBeGreaterThan(0);
    expect(qti.body.length).toBeGreaterThan(0);
    expect(exports.lms(item).moodle.qtype).toMatch(/^(multichoice|matching|ordering|essay)$/);
    // its row of the mapping table in docs/exports.md, and the README's line for each tagged wrong answer
    for (const cell of ['qti', 'scoring', 'moodle', 'gift'] as const) expect(exports.mapping[cell].trim().length, `mapping.${cell}`).toBeGreaterThan(0);
    expect([...new Set(exports.tagged(item).map((t) => t.tag))].sort()).toEqual([...new Set(server.misconceptions(item))].sort());
  });

  it('parses its example with its own schema and finds no problem in it', () => {
    expect(server.itemSchema.parse(server.example)).toEqual(item);
    expect(item.type).toBe(type);
    const problems: string[] = [];
    const checks: ContentChecks = { add: (path, message) => problems.push(`${path}: ${message}`), checkIds: () => {} };
    server.check(item, checks);
    expect(problems).toEqual([]);
  });

  it('names every text the leak scan must look for, and none of them is in the public view', () => {
    const secrets = server.secretTexts(item);
    expect(secrets.length).toBeGreaterThan(0);
    for (const s of secrets) expect(typeof s === 'string' && s.trim().length > 0, JSON.stringify(s)).toBe(true);
    // explanation is added by lib/quiz/secrets.ts for every type; the rest must be listed by the type
    for (const text of secretFieldTexts({ ...item, explanation: undefined })) expect(secrets, text).toContain(text);
    const json = JSON.stringify(pub);
    for (const s of [...secrets, item.explanation]) expect(json, s).not.toContain(s);
    // a defensible alternative's credit says which non-key answer is worth something: it is feedback too
    expect(json).not.toMatch(/"credit"/);
  });

  it('grades its key response full marks, and its feedback and words fit the item', () => {
    const key = server.responseSchema.parse(server.keyResponse(item, 'A written answer.'));
    expect(server.responseProblem(item, key)).toBeNull();
    expect(server.grade(item, key)).toMatchObject({ score: 1, correct: true, pending: false });
    expect(server.feedback(item, key).type).toBe(type);
    const sample: Sampler = { next: () => 0.3, int: (min) => min, pick: <T,>(items: readonly T[]) => items[0] as T, tempting: <T,>(items: readonly T[]) => items[0] as T, writtenAnswer: () => 'A written answer.' };
    const wrong = server.responseSchema.parse(server.wrongResponse(item, sample));
    expect(server.responseProblem(item, wrong)).toBeNull();
    expect(server.describeKey(item).length).toBeGreaterThan(0);
    expect(server.describeResponse(item, key).length).toBeGreaterThan(0);
    // what teachers read, in Urdu when given an Urdu `t`: no message missing (it would show as its key)
    const ur = teacherWords('ur');
    const inUrdu = [...server.describeKey(item, ur), ...server.describeResponse(item, key, ur), JSON.stringify(server.guide(item, ur))];
    for (const line of inUrdu) expect(line).not.toMatch(/items\.teacher/);
    expect(server.responseKey(key)).toMatch(new RegExp(`^${type}:`));
    expect(Array.isArray(server.misconceptions(item))).toBe(true);
    const guide = server.guide(item);
    expect(guide.rows.length).toBeGreaterThan(0);
    expect(guide.choiceHeading && guide.rightHeading).toBeTruthy();
    const counts = server.optionCounts(item, [key]);
    expect(counts === null || counts.some((c) => c.count === 1)).toBe(true);
  });

  it('agrees with the browser on ids: public parts, drafts, responses and feedback', () => {
    const authored = server.parts(item).map(([, id]) => id);
    const shown = server.shownIds(pub);
    expect(client.shownIds(pub)).toEqual(shown);
    for (const id of shown) expect(authored, id).not.toContain(id);
    // the key response in public ids, kept as a draft, is the response the player sends
    const publicKey = server.mapResponseIds(server.keyResponse(item, 'A written answer.'), ids.toPublic);
    const { selfRating: _unused, ...draft } = publicKey as Record<string, unknown>;
    const sent = answer.draftToResponse(pub, draft);
    expect(typeof sent, String(sent)).toBe('object');
    for (const id of client.namedIds(draft)) expect(shown).toContain(id);
    // and it comes back to author ids unchanged
    const back = server.mapResponseIds(sent, (kind, id) => ids.toAuthor(kind, id) ?? `unknown:${id}`);
    expect(server.grade(item, back).score).toBe(type === 'written' ? 0 : 1);
    const feedback = server.feedbackForBrowser(server.feedback(item, back), ids.toPublic);
    for (const id of client.feedbackIds(feedback)) expect(shown).toContain(id);
    // what is still missing is a message the player says in the reader's language
    const missing = (loadSourceMessagesSync('en').items as { player: { missing: Record<string, string> } }).player.missing;
    expect(Object.keys(missing)).toContain(answer.draftToResponse(pub, {}));
    expect(Object.keys(missing)).toContain(answer.missing);
  });

  it('renders its input and its feedback', () => {
    const feedback = {
      itemId: item.id,
      grade: server.grade(item, server.keyResponse(item, 'A written answer.')),
      explanation: item.explanation,
      sentences: item.sentences,
      sources: [],
      ...server.feedbackForBrowser(server.feedback(item, server.keyResponse(item, 'A written answer.')), ids.toPublic),
    };
    const render = (ui: ReturnType<typeof createElement>, locale: 'en' | 'ur') => renderToString(createElement(IntlWrapper, { locale } as Parameters<typeof IntlWrapper>[0], ui));
    const visible = (html: string) => html.replace(/<[^>]+>/g, ' ');
    for (const locale of ['en', 'ur'] as const) {
      const input = render(createElement(answer.Input, { item: pub, draft: undefined, setDraft: () => {}, locked: false, seed: 's', labelId: 'q' }), locale);
      const shown = render(createElement(client.Feedback, { item: pub, feedback }), locale);
      for (const html of [input, shown]) {
        expect(html.length).toBeGreaterThan(0);
        // every message found (a missing one shows as its key), and no part id where a student reads
        expect(html).not.toMatch(/items\.player/);
        for (const id of server.shownIds(pub)) expect(visible(html)).not.toMatch(new RegExp(`(^|\\s)${id}(\\s|$)`));
      }
    }
  });
});
