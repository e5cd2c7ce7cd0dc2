// Demo data made through the app's real HTTP surface, as people would: the admin from the setup link, a teacher
// from an invite, a class and an assignment (the server-action forms, posted as a browser without JavaScript posts
// them).
import fs from 'node:fs';
import { CookieJar, submitForm, timedFetch } from './http';
import { SETUP_LINK_FILE } from './server';

export interface Classroom {
  teacher: { email: string; password: string; jar: CookieJar };
  classId: string;
  assignmentId: string;
  code: string;
  quizId: string;
}

export type Mode = 'each' | 'submit' | 'due';

const PASSWORD = 'correct horse battery staple';

/** A URL's path and query, for the same server at `origin`. */
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

function sessionOf(jar: CookieJar, what: string, post: { status: number; error?: string; body: string }): CookieJar {
  if (post.status !== 303 || !jar.find('better-auth.session_token')) {
    throw new Error(`${what} failed: ${post.status} ${post.error ?? ''} ${post.body.slice(0, 300)}`);
  }
  return jar;
}

const admins = new Map<string, Promise<CookieJar>>();

/** The instance's admin, made once per run from the setup link the server wrote (as a newcomer would use it). */
function adminJar(origin: string): Promise<CookieJar> {
  let admin = admins.get(origin);
  if (!admin) {
    admin = (async () => {
      const link = fs.readFileSync(SETUP_LINK_FILE, 'utf8').trim();
      const jar = new CookieJar();
      const fields = { name: 'Bench Admin', email: `bench-admin-${Date.now()}@school.test`, password: PASSWORD };
      const { post } = await submitForm(origin, pathOf(link), 'Create the admin account', fields, jar);
      return sessionOf(jar, 'admin setup', post);
    })();
    admins.set(origin, admin);
  }
  return admin;
}

/** A teacher, through an invite link the admin made (POST /api/admin/invites) and the sign-up form. */
export async function signUpTeacher(origin: string, email: string, password = PASSWORD): Promise<CookieJar> {
  const admin = await adminJar(origin);
  const invite = await timedFetch(`${origin}/api/admin/invites`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie: admin.header() },
    body: JSON.stringify({ note: email, days: 1 }),
  });
  if (invite.status !== 201) throw new Error(`invite failed: ${invite.status} ${invite.body.slice(0, 300)}`);
  const { url } = JSON.parse(invite.body) as { url: string };
  const jar = new CookieJar();
  const { post } = await submitForm(origin, pathOf(url), 'Create account', { name: 'Bench Teacher', email, password }, jar);
  return sessionOf(jar, 'teacher sign-up', post);
}

function dueIn(days: number): string {
  // the form's datetime-local value in UTC (the hidden tz field is empty without JavaScript: the server uses UTC)
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
}

export async function createClassroom(
  origin: string,
  { quizId = 'paktika-practice', mode = 'submit', className = 'Bench class' }: { quizId?: string; mode?: Mode; className?: string } = {},
): Promise<Classroom> {
  const email = `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@school.test`;
  const password = PASSWORD;
  const jar = await signUpTeacher(origin, email, password);

  const made = await submitForm(origin, '/teacher', 'create-class-heading', { name: className }, jar);
  const classPath = made.post.res?.headers.get('location') ?? '';
  const classId = /\/teacher\/classes\/([0-9a-f-]{36})/.exec(classPath)?.[1];
  if (made.post.status !== 303 || !classId) {
    throw new Error(`create class failed: page ${made.page.status}, post ${made.post.status} ${made.post.error ?? ''} ${made.post.body.slice(0, 200)}`);
  }

  const assigned = await submitForm(
    origin,
    classPath,
    'New assignment',
    { quizId, opensAt: '', dueAt: dueIn(7), tz: 'UTC', mode, attemptsAllowed: '1', timeLimitMinutes: '', shuffle: 'on' },
    jar,
  );
  const sharePath = assigned.post.res?.headers.get('location') ?? '';
  const assignmentId = /\/teacher\/assignments\/([0-9a-f-]{36})\/share/.exec(sharePath)?.[1];
  if (assigned.post.status !== 303 || !assignmentId) {
    throw new Error(`create assignment failed: post ${assigned.post.status} ${assigned.post.error ?? ''} ${assigned.post.body.slice(0, 300)}`);
  }
  const share = await timedFetch(`${origin}${sharePath}`, { headers: { cookie: jar.header() } });
  const code = /\/join\/([A-Z0-9]{6})\b/.exec(share.body)?.[1];
  if (!code) throw new Error(`no join code on the share page (${share.status})`);
  return { teacher: { email, password, jar }, classId, assignmentId, code, quizId };
}
