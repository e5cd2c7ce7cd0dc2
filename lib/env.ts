import 'server-only';
// Server settings, validated with zod when first needed (never at import: `next build` imports this file).
// Every setting is documented in .env.example.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// An empty value in .env means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optional(
    z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgres:// or postgresql:// URL' }),
  ),
  BETTER_AUTH_SECRET: optional(z.string().min(32, 'BETTER_AUTH_SECRET must be at least 32 characters')),
  BETTER_AUTH_URL: optional(z.url({ protocol: /^https?$/, error: 'BETTER_AUTH_URL must be an http(s) URL' })),
  PGLITE_DIR: optional(z.string()),
});

export interface Env {
  nodeEnv: 'development' | 'production' | 'test';
  databaseUrl: string | undefined;
  /** The app's public origin, e.g. https://claimcheck.school.org (no trailing slash). */
  appUrl: string;
  /** True when BETTER_AUTH_URL was set, so the origin can be trusted over the request's Host header. */
  appUrlConfigured: boolean;
  pgliteDir: string;
  secretFromEnv: string | undefined;
}

export function getEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment settings (see .env.example):\n${lines}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    appUrl: (e.BETTER_AUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    appUrlConfigured: e.BETTER_AUTH_URL !== undefined,
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ e.PGLITE_DIR ?? path.join('data', 'pglite')),
    secretFromEnv: e.BETTER_AUTH_SECRET,
  };
}

export const SECRET_FILE = path.join('data', 'secret');

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET if set, else one generated on first start and kept in
 * data/secret (mode 600), so `npm start` on a fresh machine just works and sessions survive restarts.
 * Several instances behind one DATABASE_URL must share one secret: set BETTER_AUTH_SECRET for them.
 */
export function getAuthSecret(): string {
  const env = getEnv();
  if (env.secretFromEnv) return env.secretFromEnv;
  const file = path.resolve(/*turbopackIgnore: true*/ SECRET_FILE);
  // Asked on every answer save and student page (public part ids, join keys): read the file once per process.
  const known = fileSecrets.get(file);
  if (known) return known;
  const secret = readOrCreateSecret(file, env);
  fileSecrets.set(file, secret);
  return secret;
}

const fileSecrets = new Map<string, string>();

function readOrCreateSecret(file: string, env: Env): string {
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
    throw new Error(`${file} holds a secret shorter than 32 characters: delete the file to have a new one made`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  try {
    fs.writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // another process wrote it first: use theirs
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw error;
  }
  if (env.databaseUrl) {
    console.warn(`[env] generated a session secret in ${file}; set BETTER_AUTH_SECRET when several instances share DATABASE_URL`);
  }
  return secret;
}
