// The editor's calls to its routes (app/(teacher)/teacher/drafts/...): JSON in, JSON out, and every failure as a
// message the editor can show (the server's own, or one for a dropped connection).
import type { CheckReport, Finding } from '@/lib/authoring/editor/findings';

export type Reply<T> =
  { ok: true; data: T } | { ok: false; status: number; message: string; fields?: Record<string, string>; findings?: Finding[] };
export type { CheckReport, Finding };
/** The editor's words for a failed call, from its `editor.status` messages (the caller's useTranslations). */
export type Say = (key: 'connection' | 'serverAnswered', values?: { status: number }) => string;

export async function call<T>(url: string, method: 'POST' | 'PUT', body: unknown, say: Say, signal?: AbortSignal): Promise<Reply<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return { ok: false, status: 0, message: say('connection') };
  }
  const data = (await response.json().catch(() => null)) as
    (T & { message?: string; fields?: Record<string, string>; findings?: Finding[] }) | null;
  if (response.ok && data) return { ok: true, data };
  return {
    ok: false,
    status: response.status,
    message: data?.message ?? say('serverAnswered', { status: response.status }),
    ...(data?.fields && { fields: data.fields }),
    ...(data?.findings && { findings: data.findings }),
  };
}

/** The id of an item field's control, so a finding can link to the field it is about. */
export const fieldDomId = (itemId: string, field: string) => `f-${itemId}-${field.replace(/\./g, '--')}`;
