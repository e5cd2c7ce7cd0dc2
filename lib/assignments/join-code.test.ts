import { describe, expect, it } from 'vitest';
import { generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from './join-code';

describe('join codes', () => {
  it('use 6 characters of an alphabet without look-alikes', () => {
    for (const c of ['0', 'O', '1', 'I', 'L']) expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    for (let i = 0; i < 500; i++) {
      const code = generateJoinCode();
      expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    }
  });

  it('are spread over the whole alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) for (const c of generateJoinCode()) seen.add(c);
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('normalizes what a student types', () => {
    expect(normalizeJoinCode(' abc-def ')).toBe('ABCDEF');
    expect(normalizeJoinCode('abc de2')).toBe('ABCDE2');
    expect(normalizeJoinCode('ABCDE0')).toBeNull(); // 0 is never in a code
    expect(normalizeJoinCode('ABCDE')).toBeNull();
    expect(normalizeJoinCode('ABCDEFG')).toBeNull();
  });
});
