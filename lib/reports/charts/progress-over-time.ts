// The class over the lesson: how many had started and how many had handed in, minute by minute from the first start.
import type { StudentRow } from '../students';
import { count, type LineData, type LineSeries } from './types';

const MINUTE = 60_000;
/** Rows in the table: enough to read the pace, few enough to read at all. */
const TABLE_ROWS = 8;

function cumulative(id: string, label: string, times: number[]): LineSeries {
  const sorted = [...times].sort((a, b) => a - b);
  const points: Array<[number, number]> = [[0, 0]];
  sorted.forEach((t, i) => {
    const last = points[points.length - 1]!;
    if (last[0] === t) last[1] = i + 1;
    else points.push([t, i], [t, i + 1]);
  });
  return { id, label, points };
}

const atTime = (times: number[], x: number) => times.filter((t) => t <= x).length;

export function progressOverTime(rows: readonly StudentRow[]): LineData {
  const starts = rows.flatMap((r) => (r.startedAt ? [r.startedAt.getTime()] : []));
  const first = starts.length > 0 ? Math.min(...starts) : 0;
  const minutes = (d: Date) => Math.round(((d.getTime() - first) / MINUTE) * 10) / 10;
  const started = rows.flatMap((r) => (r.startedAt ? [minutes(r.startedAt)] : []));
  const submitted = rows.flatMap((r) => (r.submittedAt ? [minutes(r.submittedAt)] : []));
  const last = Math.max(0, ...started, ...submitted);
  const xMax = Math.max(1, Math.ceil(last));
  const step = Math.max(1, Math.ceil(xMax / (TABLE_ROWS - 1)));
  const xs = [...new Set([...Array.from({ length: Math.floor(xMax / step) + 1 }, (_, i) => i * step), xMax])];
  const table = xs.map((x) => ({ x, label: `${x} min`, values: [atTime(started, x), atTime(submitted, x)] }));
  let summary: string;
  if (started.length === 0) summary = 'Nobody has started yet.';
  else {
    summary = `${started.length} of ${count(rows.length, 'student', 'students')} started and ${submitted.length} handed in`;
    if (submitted.length > 0) {
      const sorted = [...submitted].sort((a, b) => a - b);
      const half = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
      summary += `; half of the hand-ins came within ${Math.ceil(half)} min of the first start, the last after ${Math.ceil(sorted[sorted.length - 1] ?? 0)} min`;
    }
    summary += '.';
  }
  return {
    xTitle: 'Minutes since the first student started',
    yTitle: 'Students',
    xMax,
    yMax: Math.max(1, rows.length),
    series: [cumulative('started', 'Started', started), cumulative('submitted', 'Handed in', submitted)],
    table,
    summary,
  };
}
