import 'server-only';
// Optional: the admin may let anyone with an email address at chosen domains (the school's) create a teacher
// account without an invite. Off (no domains) by default.
import { z } from 'zod';
import { readSetting, writeSetting } from './settings';

const KEY = 'allowed_email_domains';
const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/);

/** Domains from what an admin typed (commas, spaces or lines between them), or the entries that are not domains. */
export function parseDomains(text: string): { ok: true; domains: string[] } | { ok: false; bad: string[] } {
  const entries = text.split(/[\s,;]+/).map((d) => d.replace(/^@/, '')).filter(Boolean);
  const bad = entries.filter((d) => !domainSchema.safeParse(d).success);
  if (bad.length > 0) return { ok: false, bad: bad.slice(0, 5) };
  return { ok: true, domains: [...new Set(entries.map((d) => d.toLowerCase()))].slice(0, 50) };
}

export async function allowedDomains(): Promise<string[]> {
  const value = await readSetting(KEY);
  return value ? value.split(',').filter(Boolean) : [];
}

export async function setAllowedDomains(domains: string[]): Promise<void> {
  await writeSetting(KEY, domains.join(','));
}

export async function emailDomainAllowed(email: string): Promise<boolean> {
  const domain = email.trim().toLowerCase().split('@').at(-1) ?? '';
  return (await allowedDomains()).includes(domain);
}
