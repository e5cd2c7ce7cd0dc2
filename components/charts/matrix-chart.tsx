// A small matrix of counts (what it is against what was said; how sure against right or wrong). Right cells are
// washed green with a solid border, wrong cells with a count are hatched, the cell to look at has a dashed outline
// and a legend says all three in words.
import { useTranslations } from '#i18n/use-translations';
import { wrapText } from '@/lib/reports/charts/wrap';
import type { MatrixData } from '@/lib/reports/charts/types';
import { ChartFigure, ChartSvg, DataTable, figureIds, type FigureIds } from './chart-figure';
import styles from './charts.module.css';

const W = 400;
const LEFT = 104;
const TOP = 58;
const CELL_H = 44;
const LEGEND = 44;

/** The first word of a long heading (e.g. "Verified" for "Verified / corroborated"): the table has it whole. */
const shortLabel = (label: string, room: number, lines: number) => (label.length * 7.5 <= room * lines ? label : (label.split(/[\s/]+/)[0] ?? label));

function Cells({ data, ids, cellW }: { data: MatrixData; ids: FigureIds; cellW: number }) {
  return data.rows.map((row, r) =>
    data.cols.map((col, c) => {
      const n = data.counts[r]?.[c] ?? 0;
      const x = LEFT + c * cellW;
      const y = TOP + r * CELL_H;
      const right = data.tones[r]?.[c] === 'key';
      const cls = right ? styles.key : styles.wrongWash;
      return (
        <g key={`${row.id}-${col.id}`}>
          <rect x={x + 1} y={y + 1} width={cellW - 2} height={CELL_H - 2} className={cls} fillOpacity={right ? 0.18 : undefined} />
          {!right && n > 0 ? <rect x={x + 1} y={y + 1} width={cellW - 2} height={CELL_H - 2} fill={`url(#${ids.pattern})`} /> : null}
          {n > 0 || right ? (
            <>
              <rect x={x + cellW / 2 - 15} y={y + CELL_H / 2 - 12} width="30" height="24" rx="4" fill="var(--paper, Canvas)" />
              <text x={x + cellW / 2} y={y + CELL_H / 2 + 5} textAnchor="middle" className={styles.cellText}>
                {n}
              </text>
            </>
          ) : null}
        </g>
      );
    }),
  );
}

export function MatrixChart({ id, title, data }: { id: string; title: string; data: MatrixData }) {
  const t = useTranslations('charts');
  const ids = figureIds(id);
  const cellW = (W - LEFT) / Math.max(1, data.cols.length);
  const gridBottom = TOP + data.rows.length * CELL_H;
  const chart = (
    <ChartSvg ids={ids} width={W} height={gridBottom + LEGEND}>
      <text x={LEFT} y="14" className={styles.note}>
        {data.colTitle} →
      </text>
      <text x="0" y={TOP - 6} className={styles.note}>
        {data.rowTitle} ↓
      </text>
      {data.cols.map((col, c) => (
        <text key={col.id} x={LEFT + c * cellW + cellW / 2} y="20" textAnchor="middle">
          {wrapText(shortLabel(col.label, cellW - 8, 2), Math.floor(cellW / 8), 2).map((l, i) => (
            <tspan key={i} x={LEFT + c * cellW + cellW / 2} dy={i === 0 ? 16 : 17}>
              {l}
            </tspan>
          ))}
        </text>
      ))}
      {data.rows.map((row, r) => (
        <text key={row.id} x="0" y={TOP + r * CELL_H + CELL_H / 2 + 5}>
          {shortLabel(row.label, LEFT - 6, 1)}
        </text>
      ))}
      <Cells data={data} ids={ids} cellW={cellW} />
      {data.marked.map((m) => (
        <rect key={`${m.row}-${m.col}`} x={LEFT + m.col * cellW + 3} y={TOP + m.row * CELL_H + 3} width={cellW - 6} height={CELL_H - 6} className={styles.mark} />
      ))}
      <text x="0" y={gridBottom + 18} className={styles.note}>
        {t('matrix.legend')}
      </text>
      {data.marked[0] ? (
        <text x="0" y={gridBottom + 36} className={styles.note}>
          {t('matrix.marked', { label: data.marked[0].label.toLowerCase() })}
        </text>
      ) : null}
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
          caption={t('matrix.tableCaption', { title, rows: data.rowTitle.toLowerCase(), cols: data.colTitle.toLowerCase() })}
          head={[data.rowTitle, ...data.cols.map((c) => c.label)]}
          rows={data.rows.map((row, r) => ({ key: row.id, cells: [row.label, ...data.cols.map((_, c) => data.counts[r]?.[c] ?? 0)] }))}
        />
      }
    />
  );
}
