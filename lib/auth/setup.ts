import 'server-only';
// The first account: on a start with no account yet, the server prints a one-time setup link (and writes it to
// SETUP_LINK_FILE, default data/setup-link, mode 600, for scripts); whoever opens it creates the instance's admin.
// Only the token's hash is stored; each start before the first account makes a new link and voids the old one.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { settings } from '@/lib/db/schema';
import { readSetting, writeSetting } from './settings';
import { countAccounts } from './teacher-accounts';

const SETUP_KEY = 'setup_token_hash';

export function setupLinkFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SETUP_LINK_FILE || path.join('data', 'setup-link'));
}

const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** At start: if there is no account yet, a new setup link, printed and written to the file; else nothing. */
export async function announceSetupLink(): Promise<string | null> {
  if ((await countAccounts()) > 0) {
    fs.rmSync(setupLinkFile(), { force: true });
    return null;
  }
  const token = crypto.randomBytes(24).toString('base64url');
  await writeSetting(SETUP_KEY, hash(token));
  const url = `${getEnv().appUrl}/teacher/setup?token=${token}`;
  const file = setupLinkFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${url}\n`, { mode: 0o600 });
  const line = '─'.repeat(Math.min(url.length + 4, 110));
  console.log(`\n${line}\n  No teacher account yet. Create the first one (the admin) here, once:\n\n  ${url}\n\n  Keep this link private: whoever opens it first becomes the admin.\n${line}\n`);
  return url;
}

/** True while no account exists and this is the token of the latest setup link. */
export async function setupTokenValid(token: string): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const stored = await readSetting(SETUP_KEY);
  if (!stored || (await countAccounts()) > 0) return false;
  const given = Buffer.from(hash(token));
  return given.length === stored.length && crypto.timingSafeEqual(given, Buffer.from(stored));
}

/** Spends the setup token, once: of two people opening the link at the same moment, one becomes the admin. */
export async function consumeSetupToken(token: string): Promise<boolean> {
  if (!(await setupTokenValid(token))) return false;
  const db = await getDb();
  const gone = await db.delete(settings).where(and(eq(settings.key, SETUP_KEY), eq(settings.value, hash(token)))).returning();
  if (gone.length === 0) return false;
  fs.rmSync(setupLinkFile(), { force: true });
  return true;
}
