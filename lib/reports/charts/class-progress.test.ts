import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/test/intl';
import { buildAssignmentReport } from '../report';
import { attempts, quiz, students } from '../test-fixtures';
import { classProgress, type ClassAssignment } from './class-progress';
import type { Translate } from './types';

const t: Translate = translatorFor('charts') as never;
const report = buildAssignmentReport(quiz, { students, attempts });
const empty = buildAssignmentReport(quiz, { students, attempts: [] });

const at = (iso: string, id: string, r = report): ClassAssignment => ({ id, title: `Quiz ${id}`, opensAt: new Date(iso), report: r });

describe('classProgress', () => {
  it('orders the assignments oldest first, with each one’s average score and share handed in', () => {
    const data = classProgress([at('2026-03-02T09:00:00Z', 'b', empty), at('2026-03-01T09:00:00Z', 'a')], t);
    expect(data.points.map((p) => p.id)).toEqual(['a', 'b']);
    const [a, b] = data.points;
    const done = report.students.filter((s) => s.status === 'submitted');
    expect(a?.submitted).toBe(done.length);
    expect(a?.handedIn).toBe(Math.round((done.length / report.progress.students) * 100));
    expect(a?.score).toBe(Math.round((done.reduce((n, s) => n + s.score / s.max, 0) / done.length) * 100));
    // nobody handed in: no score (a gap in the line), and 0% handed in
    expect(b).toMatchObject({ score: null, handedIn: 0, submitted: 0 });
  });
  it('says where the class went over its assignments', () => {
    const data = classProgress([at('2026-03-01T09:00:00Z', 'a'), at('2026-03-08T09:00:00Z', 'b')], t);
    const score = data.points[0]?.score;
    expect(data.summary).toBe(
      `Over 2 assignments, the average score went from ${score}% to ${score}%; ${data.points[1]?.handedIn}% of the class handed in the latest.`,
    );
    expect(classProgress([at('2026-03-01T09:00:00Z', 'a')], t).summary).toMatch(/^One assignment so far: an average score of \d+%/);
    expect(classProgress([], t)).toEqual({ points: [], summary: 'No assignment has a handed-in attempt yet.' });
  });
  it('words it in Urdu on an Urdu page', () => {
    const ur: Translate = translatorFor('charts', 'ur') as never;
    const summary = classProgress([at('2026-03-01T09:00:00Z', 'a'), at('2026-03-08T09:00:00Z', 'b')], ur).summary;
    expect(summary).toContain('اوسط اسکور');
    expect(summary).not.toMatch(/[a-z]/i);
  });
});
