import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/db';
import { checkSignInAllowed, FAILURES_PER_EMAIL, recordSignInFailure, recordSignInSuccess } from './sign-in-limit';

useTestDatabase();

describe('sign-in limit', () => {
  it('blocks an email after repeated failures, and a success clears them', async () => {
    const who = { email: 'Sam@Example.test', ip: '203.0.113.1' };
    for (let i = 0; i < FAILURES_PER_EMAIL.max; i++) {
      await checkSignInAllowed(who);
      await recordSignInFailure(who);
    }
    await expect(checkSignInAllowed({ ...who, email: 'sam@example.test' })).rejects.toMatchObject({
      code: 'rate_limited:sign-in',
      status: 429,
      message: expect.stringMatching(/^Too many sign-in attempts\. Wait \d+ minutes? and try again\.$/),
    });
    await expect(checkSignInAllowed({ ...who, email: 'other@example.test' })).resolves.toBeUndefined();
    await recordSignInSuccess(who);
    await expect(checkSignInAllowed(who)).resolves.toBeUndefined();
  });
});
