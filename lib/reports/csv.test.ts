import { describe, expect, it } from 'vitest';
import { answersCsv, csvCell, studentsCsv, toCsv } from './csv';
import { studentRows } from './students';
import { attempts, quiz, students } from './test-fixtures';

describe('csvCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+CMD', "'+CMD"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    // compatibility forms that NFKC folds to a formula sign: full-width, small and superscript
    ['＝1+2', "'＝1+2"],
    ['＋CMD', "'＋CMD"],
    ['﹣2', "'﹣2"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['⁺1', "'⁺1"],
  ])('defuses a formula: %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and leaves plain text alone', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Sam (2)')).toBe('Sam (2)');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers, dates and empty values', () => {
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(new Date('2030-01-02T03:04:05Z'))).toBe('2030-01-02T03:04:05.000Z');
  });

  it('joins rows with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 'c,d']])).toBe('a,b\r\n1,"c,d"\r\n');
  });
});

describe('studentsCsv', () => {
  it('writes one row per student and defuses a formula in a name', () => {
    const evil = [...students, { id: 's-evil', displayName: '=cmd|"/c calc"!A1', joinedAt: new Date(0) }];
    const csv = studentsCsv(studentRows(quiz, evil, attempts));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + evil.length);
    expect(lines[0]).toMatch(/^Student,Status,Score,Out of,Percent,Answered/);
    expect(csv).toContain(`"'=cmd|""/c calc""!A1",not started,0,4`);
    expect(lines.find((l) => l.startsWith('Ben,'))).toMatch(/^Ben,submitted,1\.5,4,38,3,4,0,1,1,/);
  });
});

describe('answersCsv', () => {
  it('writes one row per answer with the answer in words', () => {
    const csv = answersCsv(quiz, students, attempts);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 16);
    const cy = lines.find((l) => l.startsWith('Cy,1,yes,1,'));
    expect(cy).toContain('Officials said so');
    expect(cy).toContain('An official source makes it verified');
    const dee = lines.find((l) => l.startsWith('Dee,1,yes,4,'));
    expect(dee).toContain(',to rate,');
  });
});
