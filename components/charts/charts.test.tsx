// @vitest-environment happy-dom
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { calibration } from '@/lib/reports/charts/calibration';
import { itemMap, LOW_DISCRIMINATION, TOO_EASY, TOO_HARD } from '@/lib/reports/charts/item-map';
import { misconceptionBars } from '@/lib/reports/charts/misconception-bars';
import { progressOverTime } from '@/lib/reports/charts/progress-over-time';
import { statusMatrix } from '@/lib/reports/charts/status-matrix';
import { latestAttempts } from '@/lib/reports/graded';
import { buildAssignmentReport } from '@/lib/reports/report';
import { attempts, quiz, students } from '@/lib/reports/test-fixtures';
import { optionBars } from '@/lib/reports/charts/option-bars';
import { IntlWrapper, translatorFor } from '@/test/intl';
import type { Translate } from '@/lib/reports/charts/types';
import { BarChart } from './bar-chart';
import { BarTable } from './bar-table';
import { LineChart } from './line-chart';
import { MatrixChart } from './matrix-chart';
import { ScatterChart } from './scatter-chart';
import { TrendChart } from './trend-chart';
import { classProgress } from '@/lib/reports/charts/class-progress';

const t: Translate = translatorFor('charts') as never;
const report = buildAssignmentReport(quiz, { students, attempts });

function render(element: ReactElement) {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(<IntlWrapper>{element}</IntlWrapper>);
  const figure = host.querySelector('figure')!;
  const byIds = (attr: string | null) => (attr ?? '').split(' ').map((id) => host.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ');
  const svg = host.querySelector('svg');
  return {
    host,
    figure,
    name: byIds(figure.getAttribute('aria-labelledby')),
    svg,
    svgName: svg ? byIds(svg.getAttribute('aria-labelledby')) : null,
    svgDescription: svg ? byIds(svg.getAttribute('aria-describedby')) : null,
    rows: [...host.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
    head: [...host.querySelectorAll('thead th')].map((th) => th.textContent),
  };
}

describe('BarChart', () => {
  const data = misconceptionBars(report.misconceptions, report.progress.started, t);
  const r = render(<BarChart id="mis" title="Misconceptions ranked" data={data} tableCaption="Misconceptions" head={['Misconception', 'Students', 'Answers']} />);

  it('is a figure named by its title, its svg an image named and described by the caption', () => {
    expect(r.name).toBe('Misconceptions ranked');
    expect(r.svg?.getAttribute('role')).toBe('img');
    expect(r.svgName).toBe('Misconceptions ranked');
    expect(r.svgDescription).toBe(data.summary);
    expect(r.figure.querySelector('figcaption')?.textContent).toContain(data.summary);
  });
  it('has the data as a table, a row per bar', () => {
    expect(r.head).toEqual(['Misconception', 'Students', 'Answers']);
    expect(r.rows).toEqual(data.rows.map((row) => [row.label, row.valueText, row.note]));
  });
  it('draws a bar per row, wrong ones hatched, and writes each value beside it', () => {
    expect(r.host.querySelectorAll(`rect[fill="url(#mis-hatch)"]`)).toHaveLength(data.rows.length);
    expect(r.host.querySelector('pattern#mis-hatch')).not.toBeNull();
    for (const row of data.rows) expect(r.svg?.textContent).toContain(row.barText);
  });
  it('keeps long labels inside the chart by wrapping them', () => {
    const long = { ...data, rows: [{ ...data.rows[0]!, label: 'word '.repeat(30) }] };
    const lines = render(<BarChart id="x" title="T" data={long} tableCaption="T" head={['a', 'b', 'c']} />).host.querySelectorAll('tspan');
    expect(lines.length).toBe(3);
    for (const l of lines) expect(l.textContent!.length).toBeLessThanOrEqual(46);
  });
  it('draws no svg with no rows, and still says so', () => {
    const empty = render(<BarChart id="e" title="T" data={misconceptionBars([], 0, t)} tableCaption="T" head={['a', 'b', 'c']} />);
    expect(empty.svg).toBeNull();
    expect(empty.figure.textContent).toContain('No misconceptions have shown up yet.');
  });
});

describe('BarTable', () => {
  const q = report.questions[0]!;
  const data = optionBars(q.options!, q.attempts, t);
  const r = render(<BarTable id="opt" title="Question 1: each answer's share" data={data} tableCaption="Question 1: how often each answer was chosen" head={['Answer', 'Chosen by', 'Misconception']} />);
  it('is a figure named by its title with the finding in words, the table always shown', () => {
    expect(r.name).toBe("Question 1: each answer's share");
    expect(r.figure.querySelector('figcaption')?.textContent).toContain(data.summary);
    expect(r.host.querySelector('details')).toBeNull();
  });
  it('has a row per option with its share and misconception, each bar hidden beside its number', () => {
    expect(r.rows).toEqual(data.rows.map((row) => [row.label, row.valueText, row.note ?? '']));
    const bars = [...r.host.querySelectorAll('td svg')];
    expect(bars).toHaveLength(data.rows.length);
    for (const b of bars) expect(b.getAttribute('aria-hidden')).toBe('true');
    // the key's bar is solid, the others outlines: not told apart by colour alone
    expect(bars.map((b) => b.querySelector('rect')?.getAttribute('class'))).toEqual(data.rows.map((row) => (row.tone === 'key' ? 'key' : 'wrongWash')).map((c) => expect.stringContaining(c)));
  });
});

describe('MatrixChart', () => {
  const data = calibration(quiz, latestAttempts(attempts), t);
  const r = render(<MatrixChart id="cal" title="Confidence against correctness" data={data} />);
  it('is named, described, and tabled cell for cell', () => {
    expect(r.svgName).toBe('Confidence against correctness');
    expect(r.svgDescription).toBe(data.summary);
    expect(r.head).toEqual(['How sure', 'Fully right', 'Not fully right']);
    expect(r.rows).toEqual([
      ['Sure', '2', '4'],
      ['Fairly sure', '3', '2'],
      ['Guessing', '1', '2'],
    ]);
  });
  it('outlines the marked corner and says what the outline means', () => {
    expect(r.svg?.textContent).toContain('Dashed outline: confidently wrong.');
  });
  it('shortens the four status words in the drawing only', () => {
    const m = render(<MatrixChart id="st" title="What you said" data={statusMatrix([{ expected: 'claim', chosen: 'verified' }])} />);
    expect(m.svg?.textContent).toContain('Verified');
    expect(m.svg?.textContent).not.toContain('corroborated');
    expect(m.head).toContain('Verified / corroborated');
    expect(m.rows[1]).toEqual(['Claim', '1', '0', '0', '0']);
  });
});

describe('ScatterChart', () => {
  const data = itemMap(report.questions, t);
  const r = render(<ScatterChart id="map" title="Facility against discrimination" data={data} zones={{ xLow: TOO_HARD, xHigh: TOO_EASY, yLow: LOW_DISCRIMINATION }} />);
  it('places every question, problem ones as diamonds, and tables them', () => {
    expect(r.svgName).toBe('Facility against discrimination');
    expect(r.rows.map((row) => row[0])).toEqual(data.points.map((p) => p.label));
    const problems = data.points.filter((p) => p.problem).length;
    expect(r.host.querySelectorAll('svg circle')).toHaveLength(data.points.length - problems);
    expect(r.host.querySelectorAll('svg g > path')).toHaveLength(problems);
    for (const p of data.points) expect(r.svg?.textContent).toContain(p.label);
  });
});

describe('LineChart', () => {
  const data = progressOverTime(report.students, t);
  const r = render(<LineChart id="prog" title="Progress over time" data={data} />);
  it('names each line at its end and tables the running totals', () => {
    expect(r.svgDescription).toBe(data.summary);
    expect(r.svg?.textContent).toContain('Started: 5');
    expect(r.svg?.textContent).toContain('Handed in: 4');
    expect(r.rows).toEqual(data.table.map((row) => [row.label, ...row.values.map(String)]));
  });
});

describe('TrendChart', () => {
  const none = buildAssignmentReport(quiz, { students, attempts: [] });
  const data = classProgress(
    [
      { id: 'a', title: 'First quiz', opensAt: new Date('2026-03-01T09:00:00Z'), report },
      { id: 'b', title: 'Second quiz', opensAt: new Date('2026-03-08T09:00:00Z'), report: none },
      { id: 'c', title: 'Third quiz', opensAt: new Date('2026-03-15T09:00:00Z'), report },
    ],
    t,
  );
  const r = render(<TrendChart id="trend" title="The class over its assignments" data={data} opened={['1 Mar', '8 Mar', '15 Mar']} />);
  it('is a figure named by its title and described by its summary, the assignments numbered along the axis', () => {
    expect(r.name).toBe('The class over its assignments');
    expect(r.svgDescription).toBe(data.summary);
    expect(r.svg?.textContent).toContain('Average score');
    expect(r.svg?.textContent).toContain('Handed in');
  });
  it('draws a point per scored assignment (a gap where nobody handed in) and a square per share handed in', () => {
    // two scored assignments plus the legend's point
    expect(r.host.querySelectorAll('svg circle')).toHaveLength(3);
    // the gap: the score line starts again after the assignment without a score
    const [, scoreLine] = r.host.querySelectorAll('svg path'); // after the axis
    expect(scoreLine?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
  });
  it('tables each assignment with its date, average score and share handed in', () => {
    expect(r.head).toEqual(['Assignment', 'Opened', 'Average score', 'Handed in']);
    expect(r.rows.map((row) => row.slice(0, 3))).toEqual([
      ['1. First quiz', '1 Mar', `${data.points[0]?.score}%`],
      ['2. Second quiz', '8 Mar', '–'],
      ['3. Third quiz', '15 Mar', `${data.points[2]?.score}%`],
    ]);
    expect(r.rows[1]?.[3]).toBe(`0 of ${none.progress.students} (0%)`);
  });
});
