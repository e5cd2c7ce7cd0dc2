// Running totals over time as step lines: the first series solid, the second dashed, each named with its total in
// a legend drawn with the same line, so the two differ in line style and words as well as colour.
import { useTranslations } from '#i18n/use-translations';
import type { LineData } from '@/lib/reports/charts/types';
import { ChartFigure, ChartSvg, DataTable, figureIds } from './chart-figure';
import styles from './charts.module.css';

const W = 400;
const H = 240;
const LEGEND = 46;
const L = 36;
const R = 12;
const T = 12;
const B = 46;
const LINE_CLASS = [styles.lineA, styles.lineB];

export function LineChart({ id, title, data }: { id: string; title: string; data: LineData }) {
  const t = useTranslations('charts');
  const ids = figureIds(id);
  const sx = (x: number) => L + (x / data.xMax) * (W - L - R);
  const sy = (y: number) => H - B - (y / data.yMax) * (H - T - B);
  const yTicks = [...new Set([0, Math.round(data.yMax / 2), data.yMax])];
  const xTicks = [...new Set([0, Math.round(data.xMax / 2), data.xMax])];
  const ends = data.series.map((s) => s.points[s.points.length - 1]?.[1] ?? 0);
  const chart = (
    <ChartSvg ids={ids} width={W} height={H + LEGEND}>
      {yTicks.map((v) => (
        <g key={v}>
          <line x1={L} x2={W - R} y1={sy(v)} y2={sy(v)} className={styles.grid} />
          <text x={L - 4} y={sy(v) + 5} textAnchor="end" className={styles.note}>
            {v}
          </text>
        </g>
      ))}
      {xTicks.map((v) => (
        <text key={v} x={sx(v)} y={H - B + 18} textAnchor="middle" className={styles.note}>
          {v}
        </text>
      ))}
      <path d={`M${L} ${T}V${H - B}H${W - R}`} className={styles.axis} />
      {data.series.map((s, i) => {
        // carried on to the right edge: the total holds until now
        const pts = [...s.points, [data.xMax, ends[i] ?? 0] as [number, number]];
        const d = pts.map(([x, y], j) => `${j === 0 ? 'M' : 'L'}${sx(x).toFixed(1)} ${sy(y).toFixed(1)}`).join('');
        const legendY = H + 14 + i * 22;
        return (
          <g key={s.id}>
            <path d={d} className={LINE_CLASS[i % 2]} />
            <path d={`M0 ${legendY - 5}H36`} className={LINE_CLASS[i % 2]} />
            <text x="44" y={legendY}>
              {s.label}: {ends[i]}
            </text>
          </g>
        );
      })}
      <text x={(L + W - R) / 2} y={H - 8} textAnchor="middle" className={styles.note}>
        {data.xTitle} →
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
          caption={t('line.tableCaption', { title })}
          head={[t('line.since'), ...data.series.map((s) => s.label)]}
          rows={data.table.map((r) => ({ key: String(r.x), cells: [r.label, ...r.values] }))}
        />
      }
    />
  );
}
