// The class over the lesson: how many had started and how many had handed in, minute by minute from the first start.
import type { StudentRow } from '../students';
import type { LineData, LineSeries, Translate } from './types';

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

/** `t`: the `charts` namespace. */
export function progressOverTime(rows: readonly StudentRow[], t: Translate): LineData {
  const starts = rows.flatMap((r) => (r.startedAt ? [r.startedAt.getTime()] : []));
  const first = starts.length > 0 ? Math.min(...starts) : 0;
  const minutes = (d: Date) => Math.round(((d.getTime() - first) / MINUTE) * 10) / 10;
  const started = rows.flatMap((r) => (r.startedAt ? [minutes(r.startedAt)] : []));
  const submitted = rows.flatMap((r) => (r.submittedAt ? [minutes(r.submittedAt)] : []));
  const last = Math.max(0, ...started, ...submitted);
  const xMax = Math.max(1, Math.ceil(last));
  const step = Math.max(1, Math.ceil(xMax / (TABLE_ROWS - 1)));
  const xs = [...new Set([...Array.from({ length: Math.floor(xMax / step) + 1 }, (_, i) => i * step), xMax])];
  const table = xs.map((x) => ({ x, label: t('progress.minutes', { n: x }), values: [atTime(started, x), atTime(submitted, x)] }));
  let summary: string;
  if (started.length === 0) summary = t('progress.none');
  else if (submitted.length === 0) summary = t('progress.started', { started: started.length, total: rows.length, submitted: 0 });
  else {
    const sorted = [...submitted].sort((a, b) => a - b);
    const half = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
    summary = t('progress.handedIn', {
      started: started.length,
      total: rows.length,
      submitted: submitted.length,
      half: Math.ceil(half),
      last: Math.ceil(sorted[sorted.length - 1] ?? 0),
    });
  }
  return {
    xTitle: t('progress.xTitle'),
    yTitle: t('progress.yTitle'),
    xMax,
    yMax: Math.max(1, rows.length),
    series: [cumulative('started', t('progress.startedSeries'), started), cumulative('submitted', t('progress.submittedSeries'), submitted)],
    table,
    summary,
  };
}
