import { describe, expect, it } from 'vitest';
import { generatePersonalCode, parseRoster } from './roster';

describe('parseRoster', () => {
  it('reads one name a line, a header line, or a CSV with a name column, with or without a BOM', () => {
    expect(parseRoster('Ana\nBen\n\n  Chen Li  \n')).toEqual({ ok: true, names: ['Ana', 'Ben', 'Chen Li'] });
    expect(parseRoster('Name\r\nAna\r\nBen')).toEqual({ ok: true, names: ['Ana', 'Ben'] });
    expect(parseRoster('\uFEFFid,name,form\n1,Ana,9B\n2,"Ben, Jr",9B\n')).toEqual({ ok: true, names: ['Ana', 'Ben, Jr'] });
    expect(parseRoster('Nr;Name\n1;Zoë\n')).toEqual({ ok: true, names: ['Zoë'] });
  });

  it('reports every bad row by its line and imports nothing', () => {
    const result = parseRoster(`name\nAna\n${'x'.repeat(41)}\nana\n`);
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, message: { key: 'student.nameTooLong', values: { max: 40 } } },
        { line: 4, message: { key: 'roster.duplicate', values: { name: 'ana', earlier: 2 } } },
      ],
    });
    expect(parseRoster('id,form\n1,9B').ok).toBe(false);
    expect(parseRoster('  \n').ok).toBe(false);
  });

  it('gives personal codes of 6 unambiguous characters', () => {
    expect(generatePersonalCode()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  });
});
