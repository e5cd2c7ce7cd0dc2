// A class roster from what a teacher types, pastes or uploads: one name a line, or a CSV with a `name` column.
// UTF-8 with or without a BOM; a header is recognised; every bad row is reported by its line, and then nothing is
// imported (a half-imported roster is worse than none).
import crypto from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '@/lib/assignments/join-code';
import { errorMessage, type SingleMessage } from '@/lib/error-message';
import { nameKey, normalizeDisplayName } from './display-name';

export const MAX_ROSTER = 200;
export const PERSONAL_CODE_LENGTH = 6;

export type RosterResult = { ok: true; names: string[] } | { ok: false; problems: { line: number; message: SingleMessage }[] };

/** The cells of one CSV line (RFC 4180 quotes; comma or semicolon, as spreadsheets in many locales write). */
function cells(line: string, separator: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out.map((c) => c.trim());
}

export function parseRoster(text: string): RosterResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const separator = first.includes(',') ? ',' : first.includes(';') ? ';' : null;
  const problems: { line: number; message: SingleMessage }[] = [];
  let column = 0;
  let start = 0;
  if (separator) {
    const header = cells(first, separator).map((c) => c.toLowerCase());
    const found = header.findIndex((c) => c === 'name' || c === 'student' || c === 'student name');
    if (found >= 0) {
      column = found;
      start = lines.indexOf(first) + 1;
    } else if (header.length > 1) {
      return { ok: false, problems: [{ line: lines.indexOf(first) + 1, message: 'roster.needsNameColumn' }] };
    }
  } else if (/^(name|student|student name)$/i.test(first.trim())) {
    start = lines.indexOf(first) + 1;
  }
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const value = separator ? (cells(raw, separator)[column] ?? '') : raw;
    const name = normalizeDisplayName(value);
    if (!name.ok) {
      problems.push({ line: i + 1, message: value.trim() === '' ? 'roster.noName' : name.message });
      continue;
    }
    const earlier = seen.get(nameKey(name.name));
    if (earlier !== undefined) {
      problems.push({ line: i + 1, message: errorMessage('roster.duplicate', { name: name.name, earlier }) });
      continue;
    }
    seen.set(nameKey(name.name), i + 1);
    names.push(name.name);
  }
  if (names.length + problems.length === 0) return { ok: false, problems: [{ line: 1, message: 'roster.empty' }] };
  if (names.length > MAX_ROSTER) problems.push({ line: lines.length, message: errorMessage('roster.tooMany', { max: MAX_ROSTER }) });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, names };
}

/** A student's personal code: 6 characters with no look-alikes, as the join codes. */
export function generatePersonalCode(): string {
  let code = '';
  for (let i = 0; i < PERSONAL_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[crypto.randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
