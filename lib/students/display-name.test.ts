import { describe, expect, it } from 'vitest';
import { chooseDisplayName, normalizeDisplayName } from './display-name';

describe('display names', () => {
  it('are trimmed with white space collapsed', () => {
    expect(normalizeDisplayName('  Sam \t  Lee \n')).toEqual({ ok: true, name: 'Sam Lee', key: 'sam lee' });
  });

  it('must have 1 to 40 characters', () => {
    expect(normalizeDisplayName('   ').ok).toBe(false);
    expect(normalizeDisplayName('\u200b').ok).toBe(false);
    expect(normalizeDisplayName('a'.repeat(40)).ok).toBe(true);
    expect(normalizeDisplayName('a'.repeat(41)).ok).toBe(false);
    expect(normalizeDisplayName('😀'.repeat(40)).ok).toBe(true); // counted in characters, not UTF-16 units
  });

  it('tell classmates of the same name apart', () => {
    expect(chooseDisplayName('Sam', [])).toBe('Sam');
    expect(chooseDisplayName('Sam', ['sam'])).toBe('Sam (2)');
    expect(chooseDisplayName('Sam', ['Sam', 'Sam (2)'])).toBe('Sam (3)');
    expect(chooseDisplayName('Sam', ['Sam', 'Sam (3)'])).toBe('Sam (2)');
    expect(chooseDisplayName('Sam (2)', ['Sam (2)'])).toBe('Sam (2) (2)');
  });
});
