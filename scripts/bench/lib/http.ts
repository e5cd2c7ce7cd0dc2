// HTTP the way a browser without JavaScript does it: a cookie jar per device, and server-action forms posted as
// multipart with the hidden $ACTION_* fields React renders into them (no app change needed to drive the forms).

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0\b/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  find(prefix: string): [string, string] | undefined {
    for (const entry of this.cookies) if (entry[0].startsWith(prefix)) return entry;
    return undefined;
  }
}

export interface Timed {
  status: number; // 0: no response (network error, timeout)
  ms: number;
  body: string;
  res?: Response;
  error?: string;
}

/** One request, timed until the whole body has arrived. Never throws. */
export async function timedFetch(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Timed> {
  const started = performance.now();
  const { timeoutMs = 30_000, ...rest } = init;
  try {
    const res = await fetch(url, { redirect: 'manual', ...rest, signal: AbortSignal.timeout(timeoutMs) });
    const body = await res.text();
    return { status: res.status, ms: performance.now() - started, body, res };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    return { status: 0, ms: performance.now() - started, body: '', error: e.cause?.code ?? e.name ?? 'error' };
  }
}

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The first <form> in the HTML whose markup contains `marker`, with its hidden inputs. */
export function findForm(html: string, marker: string): { hidden: [string, string][] } | null {
  for (const m of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)) {
    const form = m[0];
    if (!form.includes(marker)) continue;
    const hidden: [string, string][] = [];
    for (const input of form.matchAll(/<input\b([^>]*?)\/?>/g)) {
      const attrs = input[1] ?? '';
      if (!/\btype="hidden"/.test(attrs)) continue;
      const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
      if (name === undefined) continue;
      hidden.push([decode(name), decode(/\bvalue="([^"]*)"/.exec(attrs)?.[1] ?? '')]);
    }
    return { hidden };
  }
  return null;
}

/** The multipart body a browser without JavaScript sends for that form, with `fields` filled in. */
export function formBody(form: { hidden: [string, string][] }, fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [name, value] of form.hidden) if (!(name in fields)) fd.append(name, value);
  for (const [name, value] of Object.entries(fields)) fd.append(name, value);
  return fd;
}

/**
 * GETs `pagePath`, finds the form containing `marker`, and posts it back to the same URL (server-action forms render
 * action=""). Returns the response: a server action that redirects answers 303 with a Location.
 */
export async function submitForm(
  origin: string,
  pagePath: string,
  marker: string,
  fields: Record<string, string>,
  jar: CookieJar,
  extraHeaders: Record<string, string> = {},
): Promise<{ page: Timed; post: Timed }> {
  const page = await timedFetch(`${origin}${pagePath}`, { headers: { cookie: jar.header(), ...extraHeaders } });
  if (page.res) jar.take(page.res);
  if (page.status !== 200) return { page, post: { status: 0, ms: 0, body: '', error: `page ${page.status}` } };
  const form = findForm(page.body, marker);
  if (!form) return { page, post: { status: 0, ms: 0, body: '', error: `no form with ${marker} on ${pagePath}` } };
  const post = await timedFetch(`${origin}${pagePath}`, {
    method: 'POST',
    body: formBody(form, fields),
    headers: { cookie: jar.header(), origin, ...extraHeaders },
  });
  if (post.res) jar.take(post.res);
  return { page, post };
}
