// Messages live in messages/<locale>/<namespace>.json, one file per namespace, so that a new area adds a file and
// edits no shared list. Read from disk at request time (content/ is read the same way) and kept once read, except in
// development, where an edited file shows on the next request. Each message is precompiled (icu-minify): next.config.js
// swaps use-intl's formatter for the format-only one that takes compiled messages, on the server and in the browser
// alike (vitest.config.ts does the same), so the ICU parser never ships.
import fs from 'node:fs';
import path from 'node:path';
import compile from 'icu-minify/compile';
import type { Locale } from './locales';

export type Messages = Record<string, unknown>;

const cache = new Map<Locale, Messages>();

export function messagesDir(locale: Locale): string {
  return path.join(process.cwd(), 'messages', locale);
}

export function loadMessagesSync(locale: Locale): Messages {
  const kept = process.env.NODE_ENV === 'development' ? undefined : cache.get(locale);
  if (kept) return kept;
  const messages = compileAll(loadSourceMessagesSync(locale)) as Messages;
  cache.set(locale, messages);
  return messages;
}

// icu-minify keeps plural and select branches in objects without a prototype, which React refuses to pass from a
// server component to a client one (ClientMessages): copied into plain objects, a message like "{n, plural, …}" can
// reach the browser.
function compileAll(value: unknown): unknown {
  if (typeof value === 'string') return JSON.parse(JSON.stringify(compile(value))) as unknown;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compileAll(v)]));
  return value;
}

/** The raw ICU strings of a locale, for checks that read the words themselves (lib/i18n/parity.test.ts). */
export function loadSourceMessagesSync(locale: Locale): Messages {
  const dir = messagesDir(locale);
  const messages: Messages = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    messages[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as unknown;
  }
  return messages;
}

/**
 * The namespaces a client tree needs, and nothing else: every string in them ships in the page. A dotted name
 * ("items.player") picks that part of a namespace alone, so a page does not ship the teachers' half of it.
 */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const ns of namespaces) {
    const keys = ns.split('.');
    let found: unknown = messages;
    for (const key of keys) found = found && typeof found === 'object' ? (found as Messages)[key] : undefined;
    if (found === undefined) continue;
    let into = picked;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Messages;
    into[keys[keys.length - 1]!] = found;
  }
  return picked;
}
