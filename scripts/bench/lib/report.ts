// Statistics and the two places results go: a dated section appended to docs/benchmarks.md, and one entry
// appended to a JSON file beside it.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function median(values: number[]): number {
  const s = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const round = (n: number, digits = 0) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : null);

export const DOC = path.join(ROOT, 'docs', 'benchmarks.md');
const LOG_HEADING = '## Run log (appended by `npm run bench` and `npm run lighthouse`)';

export function appendMarkdown(section: string): void {
  fs.mkdirSync(path.dirname(DOC), { recursive: true });
  let text = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  if (!text.includes(LOG_HEADING)) text = `${text.trimEnd()}\n\n${LOG_HEADING}\n`;
  fs.writeFileSync(DOC, `${text.trimEnd()}\n\n${section.trim()}\n`);
}

export function appendJson(file: string, entry: unknown): void {
  const full = path.join(ROOT, 'docs', file);
  let list: unknown[] = [];
  try {
    const parsed = JSON.parse(fs.readFileSync(full, 'utf8')) as unknown;
    if (Array.isArray(parsed)) list = parsed;
  } catch {
    // new file
  }
  list.push(entry);
  fs.writeFileSync(full, `${JSON.stringify(list, null, 2)}\n`);
}

export function table(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => (v === null ? '–' : String(v));
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export const stamp = () => new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
