import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, neutraliseFormula } from '../../src/core/records/csv';
import { attemptsCsv, choicesCsv } from '../../src/core/records/csv-export';
import { rubric } from './helpers';
import { sampleAttempt } from './records-helpers';

const competencies = rubric.competencies.map((c) => c.id);

/** Splits a CSV file into rows of fields, as RFC 4180 reads it (to check our writer against). */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted || (c !== '"' && c !== ',' && c !== '\r')) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (body[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  return rows;
}

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Hi, Renee')).toBe('"Hi, Renee"');
    expect(csvField('She said "no"')).toBe('"She said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('yes');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseFormula(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
    expect(neutraliseFormula('Dana')).toBe('Dana');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=SUM(A1,A2)')).toBe(`"'=SUM(A1,A2)"`);
  });

  it('keeps negative numbers as numbers', () => {
    expect(csvField(-2)).toBe('-2');
  });

  it('writes a byte order mark and CRLF line ends', () => {
    expect(csvDocument(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});

describe('the attempts export', () => {
  it('has the design’s columns, then one per competency', () => {
    const [header] = readCsv(attemptsCsv([], competencies));
    expect(header).toEqual([
      'learner',
      'scenario',
      'attempt',
      'mode',
      'started',
      'finished',
      'percent',
      'stars',
      'passed',
      'ending',
      'respect',
      'empathy',
      'value',
      'restraint',
      'composure',
      'followthrough',
    ]);
  });

  it('writes one row per attempt, numbering each learner’s attempts at a scenario', () => {
    const attempts = [
      sampleAttempt({ id: 'second', finishedAt: '2026-12-01T10:00:00.000Z' }),
      sampleAttempt({ id: 'first' }),
      sampleAttempt({ id: 'other learner', learner: 'Sam Ortiz' }),
    ];
    const rows = readCsv(attemptsCsv(attempts, competencies)).slice(1);
    expect(rows.map((r) => [r[0], r[2], r[5]])).toEqual([
      ['Dana Whitfield', '1', '2026-12-01T09:07:30.000Z'],
      ['Sam Ortiz', '1', '2026-12-01T09:07:30.000Z'],
      ['Dana Whitfield', '2', '2026-12-01T10:00:00.000Z'],
    ]);
    expect(rows[0]).toEqual([
      'Dana Whitfield',
      'pushy-presenter',
      '1',
      'assessment',
      '2026-12-01T09:00:00.000Z',
      '2026-12-01T09:07:30.000Z',
      '72.2',
      '4',
      'yes',
      'The Partner',
      '62.5',
      '100',
      '75',
      '',
      '',
      '',
    ]);
  });

  it('neutralises a learner name that is a formula, and reads back the name as given', () => {
    const rows = readCsv(attemptsCsv([sampleAttempt({ learner: '=cmd|"/c calc"!A1, Dana' })], competencies));
    expect(rows[1]?.[0]).toBe(`'=cmd|"/c calc"!A1, Dana`);
  });
});

describe('the choices export', () => {
  it('writes one row per choice with its deltas under each competency', () => {
    const attempt = sampleAttempt();
    attempt.choices[1] = {
      ...attempt.choices[1]!,
      label: 'Say "it’s a steal", then pause',
      deltas: { respect: -3 },
      critical: 'Belittled her budget',
    };
    const rows = readCsv(choicesCsv([attempt], competencies));
    expect(rows[0]).toEqual(['learner', 'scenario', 'attempt', 'decision', 'option', 'label', 'critical', ...competencies]);
    expect(rows.slice(1)).toEqual([
      ['Dana Whitfield', 'pushy-presenter', '1', '1', '1', 'Answer first, then ask about her', '', '', '2', '1', '', '', ''],
      [
        'Dana Whitfield',
        'pushy-presenter',
        '1',
        '2',
        '2',
        'Say "it’s a steal", then pause',
        'Belittled her budget',
        '-3',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
  });
});
