import { describe, expect, it } from 'vitest';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-rules';

describe('passwordProblem', () => {
  it('holds the length limits and refuses a password containing the email name', () => {
    expect(passwordProblem('x'.repeat(MIN_PASSWORD_LENGTH - 1))).toMatch(/at least/);
    expect(passwordProblem('x'.repeat(MAX_PASSWORD_LENGTH + 1))).toMatch(/at most/);
    expect(passwordProblem('correct horse battery', 'ana@school.org')).toBeNull();
    expect(passwordProblem('rahimi-2024-secret', 'rahimi@school.org')).toMatch(/email/);
    // a short local part is too common to refuse
    expect(passwordProblem('bob is my uncle here', 'bob@school.org')).toBeNull();
  });
});
