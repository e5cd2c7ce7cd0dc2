// A small quiz and a class of hand-made attempts for the report tests (numbers worked out by hand in the tests).
import { quizSchema, type Confidence } from '@/content/schema';
import { classify, multiple, single, written } from '@/lib/quiz/test-items';
import type { ReportAnswer, ReportAttempt, ReportStudent } from './types';

export const quiz = quizSchema.parse({
  id: 'q',
  article: 'a',
  title: 'T',
  summary: 'S',
  minutes: 5,
  sections: [
    { id: 's1', title: 'One', items: [single, classify] },
    { id: 's2', title: 'Two', items: [multiple, written] },
  ],
});

const t0 = new Date('2030-03-01T09:00:00Z');
export const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

export const answer = (itemId: string, response: unknown, score: number, confidence: Confidence | null, minute: number, extra: Partial<ReportAnswer> = {}): ReportAnswer => ({
  itemId,
  response,
  score,
  confidence,
  answeredAt: at(minute),
  selfRating: null,
  teacherRating: null,
  ...extra,
});

export const students: ReportStudent[] = ['Ana', 'Ben', 'Cy', 'Dee', 'Eli', 'Fay'].map((name, i) => ({
  id: `s-${name.toLowerCase()}`,
  displayName: name,
  joinedAt: at(-10 + i),
}));

const attempt = (student: string, answers: ReportAnswer[], submittedMinute: number | null, number = 1): ReportAttempt => ({
  id: `a-${student}-${number}`,
  studentId: `s-${student}`,
  number,
  startedAt: at(0),
  submittedAt: submittedMinute === null ? null : at(submittedMinute),
  answers,
});

// single: key b (a = official-source, c = both-sides-unknowable); classify: key claim (verified = precise-number);
// multiple: key [a, b] (c = precise-number, d = quoted-true)
export const attempts: ReportAttempt[] = [
  attempt('ana', [
    answer(single.id, { type: 'single', choice: 'b' }, 1, 'sure', 1),
    answer(classify.id, { type: 'classify', status: 'claim' }, 1, 'sure', 2),
    answer(multiple.id, { type: 'multiple', choices: ['a', 'b'] }, 1, 'fairly', 3),
    answer(written.id, { type: 'written', text: 'Good answer', selfRating: 2 }, 1, null, 4, { selfRating: 2 }),
  ], 5),
  attempt('ben', [
    answer(single.id, { type: 'single', choice: 'b' }, 1, 'fairly', 1),
    answer(classify.id, { type: 'classify', status: 'verified' }, 0, 'sure', 2),
    answer(multiple.id, { type: 'multiple', choices: ['a'] }, 0.5, 'guessing', 3),
  ], 10),
  attempt('cy', [
    answer(single.id, { type: 'single', choice: 'a' }, 0, 'sure', 1),
    answer(classify.id, { type: 'classify', status: 'claim' }, 1, 'fairly', 2),
    answer(multiple.id, { type: 'multiple', choices: ['c'] }, 0, 'guessing', 3),
  ], 4),
  attempt('dee', [
    answer(single.id, { type: 'single', choice: 'c' }, 0, 'fairly', 1),
    answer(classify.id, { type: 'classify', status: 'verified' }, 0, 'sure', 2),
    answer(multiple.id, { type: 'multiple', choices: ['b'] }, 0.5, 'fairly', 3),
    // a written answer nobody has rated yet
    answer(written.id, { type: 'written', text: 'Not sure' }, 0, null, 6),
  ], 8),
  // in progress: counted in facility and option counts, not in the discrimination
  attempt('eli', [
    answer(single.id, { type: 'single', choice: 'a' }, 0, 'sure', 2),
    answer(classify.id, { type: 'classify', status: 'claim' }, 1, 'guessing', 7),
  ], null),
  // Fay joined but has not started
];
