// What teachers read of a type (its name, the guide's table, answers in words, the lint's reasons) is in
// messages/<locale>/items.json under items.teacher. The type's functions take a `t` for that namespace (a page passes
// `await getTranslations('items.teacher')`); without one they say it in English, read from the English messages, so
// the command-line tools and the callers that pass none yet read as before. No plural or select in these messages:
// the English default fills plain {arguments} only.
import { loadSourceMessagesSync } from '@/lib/i18n/load-messages';

export type TeacherWords = (key: string, values?: Record<string, string | number>) => string;

/** The English messages under `namespace` ("items.teacher", "lint"), said with plain {arguments} filled in. */
export function plainEnglish(namespace: string): TeacherWords {
  let english: unknown;
  return (key, values) => {
    english ??= namespace.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], loadSourceMessagesSync('en'));
    let at: unknown = english;
    for (const part of key.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
    if (typeof at !== 'string') throw new Error(`${namespace}.${key}: no such message`);
    return at.replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
  };
}

export const englishWords: TeacherWords = plainEnglish('items.teacher');
