import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { quizSchema } from '../schema';
import { factsFileSchema } from './facts';
import { translatorFor } from '@/test/intl';
import type { TeacherWords } from '@/question-types/shared/teacher-words';
import { lessonsTogether, lintQuiz, tableRows, type LintWords } from './lint';

const dir = path.join(__dirname, '../../test/fixtures/lint');
const quiz = (name: string) => quizSchema.parse(YAML.parse(fs.readFileSync(path.join(dir, `${name}.yaml`), 'utf8')));
const facts = factsFileSchema.parse(YAML.parse(fs.readFileSync(path.join(dir, 'facts.yaml'), 'utf8'))).facts;
const reasons = (name: string) => lintQuiz(quiz(name), facts).problems.map((p) => `${p.at}: ${p.reason}`);

describe('content lint', () => {
  it('passes a quiz with no cue (so each failure below comes from its cue)', () => {
    expect(reasons('clean')).toEqual([]);
  });

  it('fails a bank whose key is the longest, hedged option, and the test-wise student who picks it', () => {
    const r = reasons('longest-key');
    expect(r).toContainEqual(expect.stringMatching(/strictly longest option in 100%/));
    expect(r).toContainEqual(expect.stringMatching(/length ratio/));
    expect(r).toContainEqual(expect.stringMatching(/hedges in 100% of keys but 0% of distractors/));
    expect(r).toContainEqual(expect.stringMatching(/“Single choice” items: a test-wise student scores 100%/));
  });

  it('fails absolute words that only distractors carry', () => {
    const r = reasons('absolute-words');
    expect(r).toContainEqual(expect.stringMatching(/absolute words in 100% of distractors but 0% of keys/));
    expect(r).toContainEqual(expect.stringMatching(/“Single choice” items: a test-wise student scores 67%/));
  });

  it('fails a constant answer that beats chance in classify and scope', () => {
    const r = reasons('constant-strategy');
    expect(r).toContainEqual(expect.stringMatching(/“Sort into a status word” items: answering “claim” every time scores 100% against chance 25%/));
    expect(r).toContainEqual(expect.stringMatching(/“What does it prove\?” items: answering “does not prove” every time scores 80%/));
  });

  it('fails a tag the wrong answer cannot show, on the part it sits on', () => {
    const r = reasons('bad-tag');
    expect(r).toContainEqual(expect.stringMatching(/item t1 options.claim: tag “agency-vouches” is not allowed on a classify-claim part/));
    expect(r).toContainEqual(expect.stringMatching(/item t2 claims.late: tag “writer-verb” is not allowed on a match-claim part/));
  });

  it('fails an outside fact with no source on its screen, and passes it once the source shows there', () => {
    const factProblems = (q: ReturnType<typeof quiz>) => lintQuiz(q, facts).problems.filter((p) => /outside fact/.test(p.reason));
    expect(factProblems(quiz('unsourced-fact')).map((p) => `${p.at}: ${p.reason}`)).toEqual([
      expect.stringMatching(/item u1 prompt: outside fact “council-estimate” shows without its source on the question screen/),
    ]);
    const q = quiz('unsourced-fact');
    const item = q.sections[0]!.items[0]!;
    // a source in the feedback does not cover a fact shown before answering
    const afterOnly = { ...q, sections: [{ ...q.sections[0]!, items: [{ ...item, sources: [{ outlet: 'Valley Gazette' }] }] }] };
    expect(factProblems(afterOnly)).toHaveLength(1);
    const shown = {
      ...q,
      sections: [{ ...q.sections[0]!, items: [{ ...item, stimulus: [{ kind: 'outside-fact' as const, title: 'Damage', body: 'The regional council put it at 4 million.', sources: [{ outlet: 'Valley Gazette', date: 'May 2024' }] }] }] }],
    };
    expect(factProblems(shown)).toEqual([]);
  });

  it('fails sentence ids and item ids in student-facing text', () => {
    const r = reasons('internal-id');
    expect(r).toContainEqual(expect.stringMatching(/item who-counted prompt: internal id “p1-s1”/));
    expect(r).toContainEqual(expect.stringMatching(/item who-counted explanation: internal id “who-counted”/));
  });

  it('fails a prompt over 35 words and a credited option that carries a tag', () => {
    const q = quiz('clean');
    const item = q.sections[0]!.items[0]!;
    if (item.type !== 'single') throw new Error('fixture changed');
    const long = { ...item, prompt: Array.from({ length: 36 }, () => 'word').join(' ') + '?' };
    const credited = { ...item, options: item.options.map((o) => (o.id === 'c' ? { ...o, credit: 0.5 } : o)) };
    const r = lintQuiz({ ...q, sections: [{ ...q.sections[0]!, items: [long, credited, ...q.sections[0]!.items.slice(1)] }] }, facts).problems;
    expect(r.map((p) => p.reason)).toContainEqual(expect.stringMatching(/prompt has 36 words/));
    expect(r.map((p) => p.reason)).toContainEqual(expect.stringMatching(/given credit cannot carry a misconception/));
  });

  it('also judges a series of lessons on one article as one quiz, and leaves single quizzes out of it', () => {
    const a = { ...quiz('clean'), id: 'lesson-a', lesson: 1 };
    const b = { ...quiz('longest-key'), id: 'lesson-b', lesson: 2 };
    const [series, ...rest] = lessonsTogether([b, a, quiz('internal-id')]);
    expect(rest).toEqual([]);
    expect(series!.sections.map((s) => s.id)).toEqual(['lesson-a-one', 'lesson-b-one']);
    expect(lintQuiz(series!, facts).row.items).toMatchObject({ single: 6, classify: 4, scope: 1 });
    expect(lessonsTogether([a])).toEqual([]);
  });

  it('says its findings and its measures in the words it is given: Urdu on an Urdu page, with no English left', () => {
    const urdu: LintWords = {
      lint: translatorFor('lint', 'ur') as unknown as TeacherWords,
      teacher: translatorFor('items.teacher', 'ur') as unknown as TeacherWords,
    };
    const { row, problems } = lintQuiz(quiz('longest-key'), facts, urdu);
    expect(problems.length).toBeGreaterThan(2);
    const latin = /[A-Za-z]{3,}/;
    // the group-wide findings: every word Urdu (ids quoted from the quiz are the only Latin)
    for (const p of problems.filter((x) => !x.at.startsWith('item '))) {
      expect(`${p.at}: ${p.reason}`.replace(/“[^”]*”/g, ''), p.reason).not.toMatch(latin);
    }
    for (const [measure, value] of tableRows(row, urdu)) {
      expect(measure).not.toMatch(latin);
      expect(value.replace(/“[^”]*”/g, '')).not.toMatch(latin);
    }
    // and the English default says the same findings in English
    expect(lintQuiz(quiz('longest-key'), facts).problems.map((p) => p.at)).toContainEqual(expect.stringMatching(/^“Single choice” items$/));
  });
});
