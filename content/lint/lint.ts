// The item-quality gate: measures a quiz for cues that let a student score without reading, and for texts a
// 12-year-old cannot use. Pure: takes a parsed quiz (and its article's outside facts), returns a table row and
// every problem with the item and the reason.
import { questionType } from '@/question-types/lookup';
import type { ItemType, Quiz } from '../schema';
import { factsIn, covers, type OutsideFact } from './facts';
import { gradeLevel } from './readability';
import { hasAbsolute, hasHedge, SURFACE_RULES, wordCount } from './surface';
import { ALLOWED_TAGS, TAG_CUES, type PartKind } from './tags';
import { chance, CLOSED_TYPES, constantScores, judgedParts, mean, ruleScores, testWise } from './test-wise';
import { shownTexts } from './text';
import { THRESHOLDS as T } from './thresholds';
import { englishWords, plainEnglish, type TeacherWords } from '@/question-types/shared/teacher-words';

/**
 * The words the lint says its findings and measures in: `lint` (messages/<locale>/lint.json) and `teacher`
 * (items.teacher, for the type names and each type's own findings). A page passes getTranslations of both; the
 * command-line tools and the checks on save use the English default.
 */
export interface LintWords {
  lint: TeacherWords;
  teacher: TeacherWords;
}
export const ENGLISH_LINT: LintWords = { lint: plainEnglish('lint'), teacher: englishWords };

export interface LintProblem {
  at: string;
  reason: string;
}
export interface LintRow {
  quiz: string;
  items: Partial<Record<ItemType, number>>;
  longestKeyShare: number | null;
  keyLengthRatio: number | null;
  absoluteKeys: number | null;
  absoluteDistractors: number | null;
  hedgedKeys: number | null;
  hedgedDistractors: number | null;
  constant: ReturnType<typeof constantScores>;
  testWise: Partial<Record<ItemType, { score: number; chance: number; judged: boolean }>>;
  longPrompts: number;
  meanGrade: number;
  maxGrade: number;
  internalIds: number;
  unsourcedFacts: number;
  badTags: number;
  problems: number;
}

// where the error lies in what the part says (not only in the status picked), its words must show it
const CUED_KINDS = new Set<PartKind>(['choice', 'classify-verified', 'scope-overclaim']);
const pct = (n: number) => `${Math.round(n * 100)}%`;
const allItems = (quiz: Quiz) => quiz.sections.flatMap((s) => s.items);

// Author ids: article sentence and paragraph ids (p7-s1, p7), and the quiz's own item and section ids.
function internalIdPattern(quiz: Quiz): RegExp {
  const ids = [...quiz.sections.map((s) => s.id), ...allItems(quiz).map((i) => i.id)].filter((id) => id.includes('-'));
  const escaped = ids.map((id) => id.replace(/[-]/g, '\\-'));
  return new RegExp(`\\bp\\d+(-s\\d+)?\\b${escaped.length ? `|\\b(${escaped.join('|')})\\b` : ''}`);
}

export function lintQuiz(quiz: Quiz, facts: OutsideFact[] = [], words: LintWords = ENGLISH_LINT): { row: LintRow; problems: LintProblem[] } {
  const problems: LintProblem[] = [];
  const { lint: w, teacher } = words;
  const fail = (at: string, key: string, values?: Record<string, string | number>) => problems.push({ at, reason: w(`fail.${key}`, values) });
  const why = (name: keyof typeof T) => w(`why.${name}`);
  const choiceItems = w('at.choice');
  const typeItems = (type: string) => w('at.type', { type: teacher(`types.${type}`) });
  const items = allItems(quiz);
  const counts: LintRow['items'] = {};
  for (const i of items) counts[i.type] = (counts[i.type] ?? 0) + 1;

  // ---- the form of the options: every set of options picked by their words (a two-part item has two)
  const choice = items.flatMap((i) => questionType(i.type).lint.choiceGroups(i));
  let longest = 0;
  const keyTexts: string[] = [];
  const distractorTexts: string[] = [];
  for (const item of choice) {
    const keys = item.keys;
    const max = Math.max(...item.options.map((o) => o.text.length));
    const top = item.options.filter((o) => o.text.length === max);
    if (top.length === 1 && keys.includes(top[0]!.id)) longest++;
    for (const o of item.options) (keys.includes(o.id) ? keyTexts : distractorTexts).push(o.text);
  }
  const share = (xs: string[], f: (t: string) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 0);
  const row: LintRow = {
    quiz: quiz.id,
    items: counts,
    longestKeyShare: choice.length ? longest / choice.length : null,
    keyLengthRatio: choice.length ? mean(keyTexts.map((t) => t.length)) / mean(distractorTexts.map((t) => t.length)) : null,
    absoluteKeys: choice.length ? share(keyTexts, hasAbsolute) : null,
    absoluteDistractors: choice.length ? share(distractorTexts, hasAbsolute) : null,
    hedgedKeys: choice.length ? share(keyTexts, hasHedge) : null,
    hedgedDistractors: choice.length ? share(distractorTexts, hasHedge) : null,
    constant: constantScores(items),
    testWise: {},
    longPrompts: 0,
    meanGrade: 0,
    maxGrade: 0,
    internalIds: 0,
    unsourcedFacts: 0,
    badTags: 0,
    problems: 0,
  };
  if (row.longestKeyShare !== null && row.longestKeyShare > T.longestKeyShareMax.value) {
    fail(choiceItems, 'longestKey', { share: pct(row.longestKeyShare), max: pct(T.longestKeyShareMax.value), why: why('longestKeyShareMax') });
  }
  if (row.keyLengthRatio !== null && (row.keyLengthRatio < T.keyLengthRatio.min || row.keyLengthRatio > T.keyLengthRatio.max)) {
    fail(choiceItems, 'keyLength', { ratio: row.keyLengthRatio.toFixed(2), why: why('keyLengthRatio') });
  }
  if (row.absoluteDistractors !== null && row.absoluteDistractors - row.absoluteKeys! > T.absoluteAsymmetryMax.value) {
    fail(choiceItems, 'absolute', { distractors: pct(row.absoluteDistractors), keys: pct(row.absoluteKeys!), why: why('absoluteAsymmetryMax') });
  }
  if (row.hedgedKeys !== null && row.hedgedKeys - row.hedgedDistractors! > T.hedgeAsymmetryMax.value) {
    fail(choiceItems, 'hedge', { keys: pct(row.hedgedKeys), distractors: pct(row.hedgedDistractors!), why: why('hedgeAsymmetryMax') });
  }

  // ---- constant answers and surface rules (classify and scope)
  // items judged part by part (scope statements) count their parts
  const parts = (type: ItemType) => items.filter((i) => i.type === type).reduce((n, i) => n + (judgedParts(i)?.length ?? 1), 0);
  const enough = (type: ItemType) => parts(type) >= T.minItemsPerType.value;
  for (const [type, c] of Object.entries(row.constant)) {
    if (c && enough(type as ItemType) && c.score - c.chance > T.constantMarginMax.value) {
      fail(typeItems(type), 'constant', { best: c.best, score: pct(c.score), chance: pct(c.chance), why: why('constantMarginMax') });
    }
  }
  for (const [name, rule] of Object.entries(SURFACE_RULES)) {
    for (const r of ruleScores(items, rule)) {
      if (r.fires >= T.ruleMinFires.value && r.score - r.chance > T.ruleMarginMax.value) {
        const values = { rule: w(`rule.${name}`), best: r.best, score: pct(r.score), fires: r.fires, chance: pct(r.chance), why: why('ruleMarginMax') };
        fail(typeItems(r.type), 'rule', values);
      }
    }
  }

  // ---- the test-wise student, per type
  for (const type of CLOSED_TYPES) {
    const of = items.filter((i) => i.type === type);
    if (of.length === 0) continue;
    const tw = mean(of.map((i) => testWise(i) ?? 0));
    const ch = mean(of.map((i) => chance(i) ?? 0));
    row.testWise[type] = { score: tw, chance: ch, judged: enough(type) };
    if (enough(type) && Math.abs(tw - ch) > T.testWiseMarginMax.value) {
      fail(typeItems(type), 'testWise', { score: pct(tw), chance: pct(ch), why: why('testWiseMarginMax') });
    }
  }

  // ---- reading load, internal ids, outside facts
  const idPattern = internalIdPattern(quiz);
  const grades: number[] = [];
  for (const t of shownTexts(quiz)) {
    if (t.role === 'prompt' && wordCount(t.text) > T.promptWordsMax.value) {
      row.longPrompts++;
      fail(t.at, 'longPrompt', { words: wordCount(t.text), why: why('promptWordsMax') });
    }
    if (t.role === 'verdict' && wordCount(t.text) > T.feedbackWordsMax.value) {
      fail(t.at, 'longFeedback', { words: wordCount(t.text), why: why('feedbackWordsMax') });
    }
    if (t.role !== 'other') {
      const g = gradeLevel(t.text);
      grades.push(g);
      if (g > T.gradeMaxPerText.value) fail(t.at, 'grade', { grade: g.toFixed(1), why: why('gradeMaxPerText') });
    }
    const id = t.text.match(idPattern);
    if (id) {
      row.internalIds++;
      fail(t.at, 'internalId', { id: id[0] });
    }
    for (const fact of factsIn(t.text, facts)) {
      if (!covers(t.sources, fact)) {
        row.unsourcedFacts++;
        fail(t.at, 'unsourced', { fact: fact.id, screen: w(`screen.${t.screen}`), outlets: fact.sources.map((s) => s.outlet).join('; ') });
      }
    }
  }
  row.meanGrade = mean(grades);
  row.maxGrade = grades.length ? Math.max(...grades) : 0;
  if (row.meanGrade > T.gradeMeanMax.value) fail(w('at.texts'), 'meanGrade', { grade: row.meanGrade.toFixed(1), why: why('gradeMeanMax') });

  // ---- misconception tags
  for (const item of items) {
    for (const p of questionType(item.type).lint.tagged(item)) {
      const at = `item ${item.id} ${p.path}`;
      const allowed = ALLOWED_TAGS[p.kind];
      if (!(p.tag in allowed)) {
        row.badTags++;
        fail(at, 'tagNotAllowed', { tag: p.tag, kind: p.kind });
      } else if (CUED_KINDS.has(p.kind) && !TAG_CUES[p.tag].test(p.text)) {
        row.badTags++;
        fail(at, 'tagNoCue', { tag: p.tag, pattern: String(TAG_CUES[p.tag]) });
      }
    }
  }
  // what each type checks of its own form (an alternative given credit is not an error, ...)
  for (const item of items) {
    for (const p of questionType(item.type).lint.problems(item, teacher)) problems.push({ at: `item ${item.id} ${p.path}`, reason: p.reason });
  }
  row.problems = problems.length;
  return { row, problems };
}

/**
 * A series of lessons on one article, as one quiz: a student takes them all, so a cue spread thinly over several
 * lessons (too few items of a type in each to judge) still shows here.
 */
export function lessonsTogether(quizzes: Quiz[]): Quiz[] {
  const byArticle = new Map<string, Quiz[]>();
  for (const q of quizzes) if (q.lesson !== undefined) byArticle.set(q.article, [...(byArticle.get(q.article) ?? []), q]);
  return [...byArticle.values()]
    .filter((series) => series.length > 1)
    .map((series) => {
      const sorted = [...series].sort((a, b) => (a.lesson ?? 0) - (b.lesson ?? 0));
      return {
        ...sorted[0]!,
        id: `${sorted[0]!.article}-lessons`,
        title: `All lessons on ${sorted[0]!.article}`,
        sections: sorted.flatMap((q) => q.sections.map((s) => ({ ...s, id: `${q.id}-${s.id}` }))),
        claimMap: [],
      };
    });
}

const f2 = (n: number | null) => (n === null ? '–' : pct(n));

/**
 * The measures of one quiz as [measure, value] rows: printed by the script, shown in the teacher's guide. Question
 * types are named in the teacher's words; a constant answer is the status or option id it gives.
 */
export function tableRows(r: LintRow, { lint: w, teacher }: LintWords = ENGLISH_LINT): Array<[string, string]> {
  const list = (parts: string[]) => parts.join(', ') || '–';
  const types = list(Object.entries(r.items).map(([t, n]) => `${teacher(`types.${t}`)} ${n}`));
  const tw = list(
    Object.entries(r.testWise).map(([t, v]) => `${teacher(`types.${t}`)} ${pct(v!.score)}/${pct(v!.chance)}${v!.judged ? '' : ` ${w('rows.tooFew')}`}`),
  );
  const c = list(Object.entries(r.constant).map(([t, v]) => `${teacher(`types.${t}`)} “${v!.best}” ${pct(v!.score)}/${pct(v!.chance)}`));
  return [
    [w('rows.types'), types],
    [w('rows.longestKey'), f2(r.longestKeyShare)],
    [w('rows.keyLength'), r.keyLengthRatio === null ? '–' : r.keyLengthRatio.toFixed(2)],
    [w('rows.absolute'), `${f2(r.absoluteKeys)} / ${f2(r.absoluteDistractors)}`],
    [w('rows.hedged'), `${f2(r.hedgedKeys)} / ${f2(r.hedgedDistractors)}`],
    [w('rows.constant'), c],
    [w('rows.testWise'), tw],
    [w('rows.longPrompts', { max: T.promptWordsMax.value }), String(r.longPrompts)],
    [w('rows.grade'), `${r.meanGrade.toFixed(1)} / ${r.maxGrade.toFixed(1)}`],
    [w('rows.internalIds'), String(r.internalIds)],
    [w('rows.unsourced'), String(r.unsourcedFacts)],
    [w('rows.badTags'), String(r.badTags)],
  ];
}

export function formatTable(rows: LintRow[]): string {
  return rows
    .flatMap((r) => [
      `## ${r.quiz}: ${r.problems === 0 ? 'passes' : `${r.problems} problem(s)`}`,
      '| measure | value |',
      '| --- | --- |',
      ...tableRows(r).map(([m, v]) => `| ${m} | ${v} |`),
      '',
    ])
    .join('\n');
}
