// Student display names: what a student types, tidied, and told apart from a classmate of the same name.
import { errorMessage, type SingleMessage } from '@/lib/error-message';

export const MAX_NAME_LENGTH = 40;

export type NameResult = { ok: true; name: string; key: string } | { ok: false; message: SingleMessage };

/** Trims, collapses white space, drops control characters; 1 to 40 characters. `key` compares names. */
export function normalizeDisplayName(raw: string): NameResult {
  const name = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const length = [...name].length;
  if (length === 0) return { ok: false, message: 'student.nameRequired' };
  if (length > MAX_NAME_LENGTH) return { ok: false, message: errorMessage('student.nameTooLong', { max: MAX_NAME_LENGTH }) };
  return { ok: true, name, key: nameKey(name) };
}

export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** "Sam" if free, else "Sam (2)", "Sam (3)", ...: the smallest that no classmate has (compared without case). */
export function chooseDisplayName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(nameKey));
  if (!used.has(nameKey(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!used.has(nameKey(candidate))) return candidate;
  }
}
