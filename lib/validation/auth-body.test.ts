import { describe, expect, it } from 'vitest';
import { errorText } from '@/lib/error-text';
import type { ErrorMessage } from '@/lib/error-message';
import { authBodyProblem } from './auth-body';

const english = (m: ErrorMessage | null) => (m ? errorText(m, 'en') : null);
const asJson = (body: unknown) => english(authBodyProblem(JSON.stringify(body), 'application/json'));

describe('authBodyProblem', () => {
  it('passes what the sign-up form could send', () => {
    expect(asJson({ name: 'Ms Rahimi', email: 'r@school.org', password: 'correct horse battery' })).toBeNull();
    expect(authBodyProblem('name=Ms+Rahimi&email=r%40school.org', 'application/x-www-form-urlencoded')).toBeNull();
  });

  it('refuses an over-long name, password or body with a clear message', () => {
    expect(asJson({ name: 'x'.repeat(81), email: 'r@school.org', password: 'correct horse battery' })).toBe(
      'The name must be at most 80 characters.',
    );
    expect(english(authBodyProblem(`name=${'x'.repeat(81)}`, 'application/x-www-form-urlencoded'))).toBe('The name must be at most 80 characters.');
    expect(asJson({ newPassword: 'p'.repeat(129) })).toBe('The new password must be at most 128 characters.');
    expect(asJson({ name: 'x', pad: 'y'.repeat(20_000) })).toBe('That request is too large.');
  });

  it('refuses a NUL or control character in a name or email (it would fail the insert with a 500)', () => {
    expect(asJson({ name: 'Ms\u0000Rahimi', email: 'r@school.org', password: 'correct horse battery' })).toBe(
      'The name cannot contain control characters.',
    );
    expect(asJson({ email: 'r\u0000@school.org', password: 'correct horse battery' })).toBe('The email address cannot contain control characters.');
  });

  it('leaves what it cannot read to better-auth', () => {
    expect(authBodyProblem('{not json', 'application/json')).toBeNull();
    expect(asJson(['a'])).toBeNull();
    expect(authBodyProblem('', 'text/plain')).toBeNull();
  });
});
