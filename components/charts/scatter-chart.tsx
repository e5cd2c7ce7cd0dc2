// Each question as a point, facility across and discrimination up. The zones where a question tells a teacher
// little are hatched, and a question in one is drawn as a diamond with its label in bold: shape, pattern and words.
import { useTranslations } from '#i18n/use-translations';
import type { ScatterData } from '@/lib/reports/charts/types';
import { ChartFigure, ChartSvg, DataTable, figureIds } from './chart-figure';
import styles from './charts.module.css';

const W = 400;
const H = 300;
const L = 46;
const R = 12;
const T = 10;
const B = 80;

export interface ScatterZones {
  /** x below / above these and y below this are hatched (the problem zones). */
  xLow: number;
  xHigh: number;
  yLow: number;
}

const fmt = (n: number) => n.toFixed(2);
const pctText = (n: number) => `${Math.round(n * 100)}%`;

export function ScatterChart({ id, title, data, zones }: { id: string; title: string; data: ScatterData; zones: ScatterZones }) {
  const t = useTranslations('charts');
  const ids = figureIds(id);
  const [x0, x1] = data.xDomain;
  const [y0, y1] = data.yDomain;
  const sx = (x: number) => L + ((x - x0) / (x1 - x0)) * (W - L - R);
  const sy = (y: number) => H - B - ((y - y0) / (y1 - y0)) * (H - T - B);
  const hatch = `url(#${ids.pattern})`;
  const zone = { className: styles.zone, fill: hatch, fillOpacity: 0.35 };
  const yTicks = [...new Set([y0, 0, zones.yLow, 0.5, 1])].filter((v) => v >= y0 && v <= y1);
  const chart = (
    <ChartSvg ids={ids} width={W} height={H}>
      <rect x={sx(x0)} y={sy(y1)} width={sx(zones.xLow) - sx(x0)} height={sy(y0) - sy(y1)} {...zone} />
      <rect x={sx(zones.xHigh)} y={sy(y1)} width={sx(x1) - sx(zones.xHigh)} height={sy(y0) - sy(y1)} {...zone} />
      <rect x={sx(x0)} y={sy(zones.yLow)} width={sx(x1) - sx(x0)} height={sy(y0) - sy(zones.yLow)} {...zone} />
      {yTicks.map((v) => (
        <g key={v}>
          <line x1={L} x2={W - R} y1={sy(v)} y2={sy(v)} className={styles.grid} />
          <text x={L - 4} y={sy(v) + 5} textAnchor="end" className={styles.note}>
            {v.toFixed(v === 0 || v === 1 ? 0 : 2)}
          </text>
        </g>
      ))}
      {[0, 0.5, 1].map((v) => (
        <text key={v} x={sx(v)} y={H - B + 18} textAnchor="middle" className={styles.note}>
          {pctText(v)}
        </text>
      ))}
      <path d={`M${L} ${T}V${H - B}H${W - R}`} className={styles.axis} />
      {data.points.map((p) => {
        const cx = sx(p.x);
        const cy = sy(p.y);
        const nearRight = cx > W - R - 30;
        return (
          <g key={p.id}>
            {p.problem ? (
              <path d={`M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z`} className={styles.problem} />
            ) : (
              <circle cx={cx} cy={cy} r="5" className={styles.point} />
            )}
            <text x={nearRight ? cx - 9 : cx + 9} y={cy + 4} textAnchor={nearRight ? 'end' : 'start'} fontSize="13" fontWeight={p.problem ? 700 : 400}>
              {p.label}
            </text>
          </g>
        );
      })}
      <text x={(L + W - R) / 2} y={H - B + 36} textAnchor="middle" className={styles.note}>
        {data.xTitle} →
      </text>
      <text x="0" y={H - 24} className={styles.note}>
        ↑ {data.yTitle}
      </text>
      <text x="0" y={H - 6} className={styles.note}>
        {t('scatter.legend')}
      </text>
    </ChartSvg>
  );
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={data.summary}
      chart={data.points.length > 0 ? chart : null}
      table={
        <DataTable
          caption={t('scatter.tableCaption', { title })}
          head={[t('scatter.question'), t('scatter.facility'), t('scatter.discrimination'), t('scatter.lookAgain')]}
          rows={data.points.map((p) => ({ key: p.id, cells: [p.label, pctText(p.x), fmt(p.y), p.problem ?? t('scatter.no')] }))}
        />
      }
    />
  );
}
