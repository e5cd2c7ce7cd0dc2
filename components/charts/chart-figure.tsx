// A chart as a figure: its title and its finding in words (the caption), the SVG as a labelled image, and the data
// table as the accessible alternative (folded away unless `open`, so a page of charts stays short).
import { useTranslations } from '#i18n/use-translations';
import type { ReactNode } from 'react';
import styles from './charts.module.css';

export interface FigureIds {
  title: string;
  summary: string;
  pattern: string;
}

export const figureIds = (id: string): FigureIds => ({ title: `${id}-title`, summary: `${id}-summary`, pattern: `${id}-hatch` });

export function ChartFigure({
  id,
  title,
  summary,
  chart,
  table,
  tableShown = false,
}: {
  id: string;
  title: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  tableShown?: boolean;
}) {
  const t = useTranslations('charts');
  const ids = figureIds(id);
  return (
    <figure id={id} className={styles.figure} aria-labelledby={ids.title}>
      <figcaption>
        <span id={ids.title} className={styles.title}>
          {title}
        </span>
        <span id={ids.summary}>{summary}</span>
      </figcaption>
      {chart}
      {tableShown ? (
        table
      ) : (
        <details className={styles.data}>
          <summary>{t('numbers', { title: title.toLowerCase() })}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}

/** The outer <svg>: an image named by the figure's title and described by its summary; what it draws is hidden from
 * screen readers (the table says it). */
export function ChartSvg({ ids, width, height, wide, children }: { ids: FigureIds; width: number; height: number; wide?: boolean; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${width} ${Math.ceil(height)}`}
      role="img"
      aria-labelledby={ids.title}
      aria-describedby={ids.summary}
      className={wide ? `${styles.svg} ${styles.wide}` : styles.svg}
      focusable="false"
    >
      <defs>
        <pattern id={ids.pattern} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="8" className={styles.hatch} />
        </pattern>
      </defs>
      {children}
    </svg>
  );
}

/** A simple data table: one header row, then rows whose first cell heads the row (numbers aligned to the end). */
export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: Array<{ key: string; cells: ReactNode[] }> }) {
  return (
    // on a phone a wide table scrolls sideways: the region takes focus so the keyboard can scroll it too
    <div className={styles.tableWrap} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={i} className={typeof c === 'number' ? styles.num : undefined}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
