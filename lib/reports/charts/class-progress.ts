// The class over its assignments, oldest first: the average score of those who handed in, and the share of the
// class that handed in, per assignment. Each assignment's own report gives the figures (lib/reports/report.ts).
import type { AssignmentReport } from '../report';
import { pct, type Translate } from './types';

export interface ClassAssignment {
  id: string;
  title: string;
  opensAt: Date;
  report: Pick<AssignmentReport, 'progress' | 'students'>;
}

export interface TrendPoint {
  id: string;
  label: string;
  /** Average score of the handed-in attempts, 0–100, or null with none handed in. */
  score: number | null;
  /** Share of the class handed in, 0–100. */
  handedIn: number;
  submitted: number;
  students: number;
}

export interface TrendData {
  points: TrendPoint[];
  summary: string;
}

export function classProgress(assignments: readonly ClassAssignment[], t: Translate): TrendData {
  const points = [...assignments]
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime() || a.id.localeCompare(b.id))
    .map((a) => {
      const done = a.report.students.filter((s) => s.status === 'submitted' && s.max > 0);
      const score = done.length > 0 ? Math.round((done.reduce((n, s) => n + s.score / s.max, 0) / done.length) * 100) : null;
      const { students, submitted } = a.report.progress;
      return { id: a.id, label: a.title, score, handedIn: pct(submitted, students), submitted, students };
    });
  const scored = points.filter((p) => p.score !== null);
  const first = scored[0];
  const last = scored[scored.length - 1];
  const latest = points[points.length - 1];
  let summary: string;
  if (!first || !last || !latest) summary = t('classProgress.none');
  else if (scored.length === 1) summary = t('classProgress.summaryOne', { last: last.score ?? 0, handedIn: latest.handedIn });
  else summary = t('classProgress.summary', { n: scored.length, first: first.score ?? 0, last: last.score ?? 0, handedIn: latest.handedIn });
  return { points, summary };
}
