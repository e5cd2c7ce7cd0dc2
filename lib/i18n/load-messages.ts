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

function compileAll(value: unknown): unknown {
  // icu-minify gives plural and select branches null-prototype objects, which React cannot pass to the client's
  // provider ("Only plain objects ... can be passed to Client Components"): a JSON round trip makes them plain
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

/** The namespaces a client tree needs, and nothing else: every string in them ships in the page. */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const ns of namespaces) if (ns in messages) picked[ns] = messages[ns];
  return picked;
}
