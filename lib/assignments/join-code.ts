// Join codes: 6 characters a student can read off a projector and type on a phone. No look-alikes (0/O, 1/I/L).
import crypto from 'node:crypto';

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
const VALID = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A fresh random code (crypto.randomInt is unbiased). Uniqueness is the database's job. */
export function generateJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[crypto.randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a student typed, made comparable: case, spaces and dashes do not matter. Null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  return VALID.test(code) ? code : null;
}
