// Horizontal bars, one per row: the label (wrapped) and its note above, the bar and its value in words beside it.
// The right answer is solid, a wrong one hatched, and each says so in its label: colour is never the only cue.
import { wrapText } from '@/lib/reports/charts/wrap';
import type { BarData, BarRow } from '@/lib/reports/charts/types';
import { ChartFigure, ChartSvg, DataTable, figureIds, type FigureIds } from './chart-figure';
import styles from './charts.module.css';

const W = 400;
const LINE = 18;
const NOTE = 16;
const BAR = 16;
const GAP = 14;
const VALUE_ROOM = 86;
const CHARS = 46;

function fill(row: BarRow, ids: FigureIds) {
  if (row.tone === 'key') return { className: styles.key };
  // the class sets only the edge: a CSS fill would override the pattern
  if (row.tone === 'wrong') return { className: styles.wrongEdge, fill: `url(#${ids.pattern})` };
  return { className: styles.neutral };
}

function layoutBars({ data, ids }: { data: BarData; ids: FigureIds }) {
  let y = 0;
  const drawn = data.rows.map((row) => {
    const lines = wrapText(row.label, CHARS);
    const top = y;
    const noteY = top + lines.length * LINE + (row.note ? NOTE : 0);
    const barY = noteY + 4;
    const width = Math.max(row.value > 0 ? 2 : 0, ((W - VALUE_ROOM) * row.value) / data.max);
    y = barY + BAR + GAP;
    return (
      <g key={row.id}>
        <text y={top}>
          {lines.map((l, i) => (
            <tspan key={i} x="0" dy={LINE}>
              {l}
            </tspan>
          ))}
        </text>
        {row.note ? (
          <text x="0" y={noteY - 3} className={styles.note}>
            {wrapText(row.note, 54, 1)[0]}
          </text>
        ) : null}
        <rect x="0.5" y={barY} width={W - VALUE_ROOM} height={BAR} className={styles.track} />
        <rect x="0.5" y={barY} width={width} height={BAR} {...fill(row, ids)} />
        <text x={width + 6} y={barY + BAR - 3}>
          {row.barText}
        </text>
      </g>
    );
  });
  return { drawn, height: y };
}

export function BarChart({
  id,
  title,
  data,
  tableCaption,
  head,
}: {
  id: string;
  title: string;
  data: BarData;
  tableCaption: string;
  /** Column headings: what a bar stands for, its value, and (when rows have notes) the note. */
  head: [string, string, string];
}) {
  const ids = figureIds(id);
  const { drawn, height } = layoutBars({ data, ids });
  const hasNotes = data.rows.some((r) => r.note);
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={data.summary}
      chart={
        data.rows.length > 0 ? (
          <ChartSvg ids={ids} width={W} height={height}>
            {drawn}
          </ChartSvg>
        ) : null
      }
      table={
        <DataTable
          caption={tableCaption}
          head={hasNotes ? head : head.slice(0, 2)}
          rows={data.rows.map((r) => ({ key: r.id, cells: hasNotes ? [r.label, r.valueText, r.note ?? ''] : [r.label, r.valueText] }))}
        />
      }
    />
  );
}
