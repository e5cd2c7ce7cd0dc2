import { afterEach, describe, expect, it, vi } from 'vitest';
import { setStudentCookie, studentCookieName } from './device-cookie';

const set = vi.fn<(...args: unknown[]) => void>();
vi.mock('next/headers', () => ({ cookies: async () => ({ set }) }));

const classId = '3f2b8c1e-5d4a-4c6b-9e7f-0a1b2c3d4e5f';

describe('the student device cookie', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    set.mockReset();
  });

  it('is HttpOnly and SameSite=Lax for the whole site, and not Secure over http', async () => {
    vi.stubEnv('BETTER_AUTH_URL', 'http://127.0.0.1:3500');
    await setStudentCookie({ classId, token: 't0ken' });
    expect(set).toHaveBeenCalledWith(studentCookieName(classId), 't0ken', {
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
    });
  });

  it('is Secure when the app is served over https', async () => {
    vi.stubEnv('BETTER_AUTH_URL', 'https://claimcheck.example.org');
    await setStudentCookie({ classId, token: 't0ken' });
    expect(set.mock.calls[0]?.[2]).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true });
  });
});
