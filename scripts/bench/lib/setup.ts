// Demo data made through the app's real HTTP surface, as a teacher would: sign up (better-auth's endpoint), create
// a class and an assignment (the server-action forms, posted as a browser without JavaScript posts them).
import { CookieJar, submitForm, timedFetch } from './http';

export interface Classroom {
  teacher: { email: string; password: string; jar: CookieJar };
  classId: string;
  assignmentId: string;
  code: string;
  quizId: string;
}

export type Mode = 'each' | 'submit' | 'due';

export async function signUpTeacher(origin: string, email: string, password = 'correct horse battery staple'): Promise<CookieJar> {
  const jar = new CookieJar();
  const res = await timedFetch(`${origin}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ name: 'Bench Teacher', email, password }),
  });
  if (res.status !== 200 || !res.res) throw new Error(`teacher sign-up failed: ${res.status} ${res.body.slice(0, 300)}`);
  jar.take(res.res);
  if (!jar.find('better-auth.session_token')) throw new Error('teacher sign-up set no session cookie');
  return jar;
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
  const password = 'correct horse battery staple';
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
