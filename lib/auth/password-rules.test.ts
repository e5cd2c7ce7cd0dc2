import { describe, expect, it } from 'vitest';
import { errorText } from '@/lib/error-text';
import type { KeyedMessage } from '@/lib/error-message';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-rules';

const english = (m: KeyedMessage | null) => (m ? errorText(m, 'en') : null);

describe('passwordProblem', () => {
  it('holds the length limits and refuses a password containing the email name', () => {
    expect(english(passwordProblem('x'.repeat(MIN_PASSWORD_LENGTH - 1)))).toMatch(/at least 10/);
    expect(english(passwordProblem('x'.repeat(MAX_PASSWORD_LENGTH + 1)))).toMatch(/at most 128/);
    expect(passwordProblem('correct horse battery', 'ana@school.org')).toBeNull();
    expect(english(passwordProblem('rahimi-2024-secret', 'rahimi@school.org'))).toMatch(/email/);
    // a short local part is too common to refuse
    expect(passwordProblem('bob is my uncle here', 'bob@school.org')).toBeNull();
  });
});
