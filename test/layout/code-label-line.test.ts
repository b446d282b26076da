import { describe, expect, it } from 'vitest';
import { isCodeLine } from '../../src/layout/code-label-line.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A short code on its own line above an unlabelled row of values labels that row. Examples written here. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const read = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()))]);

describe('code on the line above its row', () => {
  it('knows a code line', () => {
    expect(isCodeLine('45')).toBe(true);
    expect(isCodeLine(' 01-05 ')).toBe(true);
    expect(isCodeLine('2 450')).toBe(false);
    expect(isCodeLine('Konto 45')).toBe(false);
  });

  it('labels account rows whose codes are alone on a line, codes and ranges mixed', () => {
    const [t] = tablesOf(
      ['Kostnader per kontogrupp, tkr', '', 'Konto Norr Söder Väster', '40-44', '1 250 980 2 310', '45', '310 275 402', '46', '12 8 15', '50-59', '4 100 3 950 5 020'].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['40-44', '1250000', '980000', '2310000'],
      ['45', '310000', '275000', '402000'],
      ['46', '12000', '8000', '15000'],
      ['50-59', '4100000', '3950000', '5020000'],
    ]);
  });

  it('labels rows numbered one a line in a table of counts', () => {
    const [t] = tablesOf(['Elever per årskurs och skola', '', 'Årskurs Ekskolan Björkskolan Lindskolan', '7', '48 52 61', '8', '45 50 58', '9', '44 49 60'].join('\n'));
    expect(read(t!)).toEqual([
      ['7', '48', '52', '61'],
      ['8', '45', '50', '58'],
      ['9', '44', '49', '60'],
    ]);
  });
});
