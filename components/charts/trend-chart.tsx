// Two shares (0–100 %) across a run of events, oldest first: the first series a solid line with round points, the
// second dashed with square points, each named in a legend drawn with the same line, so they differ in line style,
// shape and words as well as colour. An event without a value leaves a gap in its line.
import { useTranslations } from '#i18n/use-translations';
import type { ReactNode } from 'react';
import type { TrendData } from '@/lib/reports/charts/class-progress';
import { ChartFigure, ChartSvg, DataTable, figureIds } from './chart-figure';
import styles from './charts.module.css';

const W = 400;
const H = 220;
const LEGEND = 46;
const L = 44;
const R = 16;
const T = 12;
const B = 46;

function path(values: Array<number | null>, sx: (i: number) => number, sy: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) pen = false;
    else {
      d += `${pen ? 'L' : 'M'}${sx(i).toFixed(1)} ${sy(v).toFixed(1)}`;
      pen = true;
    }
  });
  return d;
}

/** `opened`: each point's date, as the page shows dates (a LocalTime), in the table. */
export function TrendChart({ id, title, data, opened }: { id: string; title: string; data: TrendData; opened: ReactNode[] }) {
  const t = useTranslations('charts');
  const ids = figureIds(id);
  const n = data.points.length;
  const sx = (i: number) => (n <= 1 ? (L + W - R) / 2 : L + (i / (n - 1)) * (W - L - R));
  const sy = (v: number) => H - B - (v / 100) * (H - T - B);
  const scores = data.points.map((p) => p.score);
  const shares = data.points.map((p) => p.handedIn);
  const chart =
    n === 0 ? null : (
      <ChartSvg ids={ids} width={W} height={H + LEGEND}>
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={L} x2={W - R} y1={sy(v)} y2={sy(v)} className={styles.grid} />
            <text x={L - 4} y={sy(v) + 5} textAnchor="end" className={styles.note}>
              {v}%
            </text>
          </g>
        ))}
        {data.points.map((p, i) => (
          <text key={p.id} x={sx(i)} y={H - B + 18} textAnchor="middle" className={styles.note}>
            {i + 1}
          </text>
        ))}
        <path d={`M${L} ${T}V${H - B}H${W - R}`} className={styles.axis} />
        <text x={(L + W - R) / 2} y={H - 8} textAnchor="middle" className={styles.note}>
          {t('classProgress.xTitle')} →
        </text>
        <path d={path(scores, sx, sy)} className={styles.lineA} />
        <path d={path(shares, sx, sy)} className={styles.lineB} />
        {scores.map((v, i) => (v === null ? null : <circle key={`s${i}`} cx={sx(i)} cy={sy(v)} r="5" className={styles.point} />))}
        {shares.map((v, i) => (
          <rect key={`h${i}`} x={sx(i) - 4.5} y={sy(v) - 4.5} width="9" height="9" className={styles.key} />
        ))}
        <path d={`M0 ${H + 9}H36`} className={styles.lineA} />
        <circle cx="18" cy={H + 9} r="5" className={styles.point} />
        <text x="44" y={H + 14}>
          {t('classProgress.score')}
        </text>
        <path d={`M0 ${H + 31}H36`} className={styles.lineB} />
        <rect x="13.5" y={H + 26.5} width="9" height="9" className={styles.key} />
        <text x="44" y={H + 36}>
          {t('classProgress.handedIn')}
        </text>
      </ChartSvg>
    );
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={data.summary}
      chart={chart}
      table={
        <DataTable
          caption={t('classProgress.tableCaption', { title })}
          head={[t('classProgress.assignment'), t('classProgress.opened'), t('classProgress.score'), t('classProgress.handedIn')]}
          rows={data.points.map((p, i) => ({
            key: p.id,
            cells: [
              <span key="l">
                {i + 1}. <span lang="en" dir="ltr">{p.label}</span>
              </span>,
              opened[i] ?? '',
              p.score === null ? t('classProgress.noScore') : t('classProgress.scoreCell', { pct: p.score }),
              t('classProgress.handedInCell', { n: p.submitted, total: p.students, pct: p.handedIn }),
            ],
          }))}
        />
      }
    />
  );
}
