// Bars inside the data table, for a chart drawn many times on one page (each question's answer shares): the table
// is the chart, so nothing is said twice and the page stays small. Each cell's small SVG bar only repeats the number
// written beside it (hidden from screen readers); the right answer's bar is solid, a wrong one an outline.
import type { BarData } from '@/lib/reports/charts/types';
import { ChartFigure, DataTable } from './chart-figure';
import styles from './charts.module.css';

const W = 120;
const H = 12;

export function BarTable({ id, title, data, tableCaption, head }: { id: string; title: string; data: BarData; tableCaption: string; head: [string, string, string] }) {
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={data.summary}
      chart={null}
      tableShown
      table={
        <DataTable
          caption={tableCaption}
          head={head}
          rows={data.rows.map((r) => ({
            key: r.id,
            cells: [
              r.content ? (
                <>
                  {r.content.prefix ? `${r.content.prefix} ` : ''}
                  <span lang={r.content.lang} dir="ltr">{r.content.text}</span>
                </>
              ) : (
                r.label
              ),
              <>
                {r.valueText}
                <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" className={styles.cellBar}>
                  <rect x="0.5" y="0.5" width={Math.max(r.value > 0 ? 2 : 0, ((W - 1) * r.value) / data.max)} height={H - 1} className={r.tone === 'key' ? styles.key : styles.wrongWash} />
                </svg>
              </>,
              r.note ?? '',
            ],
          }))}
        />
      }
    />
  );
}
