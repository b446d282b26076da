import { describe, expect, it } from 'vitest';
import { columnTitleLine } from '../../src/layout/column-title-line.js';
import { docOf } from '../rules/rule-tester.js';

/** One column of small figures under a line naming both columns, written for this test. */
const tablesOf = (text: string) =>
  docOf({ file: 't.txt', text }).tables.map((t) => ({
    header: t.columns.map((c) => c.header.join(' ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

describe('a line naming the label column and the figure column', () => {
  it('gives the first word to the labels and the rest to the figures', () => {
    expect(columnTitleLine('Region Brott per 1000 inv.')).toEqual({ label: 'Region', figure: 'Brott per 1000 inv.' });
    expect(columnTitleLine('Kommun Antal elever')).toEqual({ label: 'Kommun', figure: 'Antal elever' });
    expect(columnTitleLine('Län Andel (%)')).toEqual({ label: 'Län', figure: 'Andel (%)' });
  });

  it('takes a label title that names two kinds of row, joined by a slash', () => {
    expect(columnTitleLine('Kommun/Region Kronor per invånare')).toEqual({ label: 'Kommun/Region', figure: 'Kronor per invånare' });
    expect(columnTitleLine('Län/riket Antal nystartade')).toEqual({ label: 'Län/riket', figure: 'Antal nystartade' });
    expect(columnTitleLine('Kommun/ Antal')).toBeNull();
  });

  it('gives a figure column per inhabitant under such a title its header, a rate not summed', () => {
    // Three municipalities, their county and the country, costs per inhabitant made up for this test.
    const perHead = ['Kommun/Region Kronor per invånare', 'Mora 4 120', 'Leksand 2 050', 'Dalarnas län 3 300', 'Riket 3 900', ''].join('\n');
    const counts = ['Län/riket Antal nystartade', 'Gotlands län 410', 'Kalmar län 1 020', 'Riket 71 300', ''].join('\n');
    expect(tablesOf(perHead)).toEqual([
      { header: ['Kronor per invånare'], rows: [['Mora', '4120'], ['Leksand', '2050'], ['Dalarnas län', '3300'], ['Riket', '3900']] },
    ]);
    expect(docOf({ file: 't.txt', text: perHead }).tables[0]!.columns[0]!.rate).toBe(true);
    expect(tablesOf(counts)).toEqual([
      { header: ['Antal nystartade'], rows: [['Gotlands län', '410'], ['Kalmar län', '1020'], ['Riket', '71300']] },
    ]);
  });

  it('is not a sentence, a lead-in, a line ending in a figure or a single word', () => {
    expect(columnTitleLine('Så här många elever gick ut i år.')).toBeNull();
    expect(columnTitleLine('Fördelningen ser ut så här:')).toBeNull();
    expect(columnTitleLine('Antal elever 2023')).toBeNull();
    expect(columnTitleLine('Kommun')).toBeNull();
    expect(columnTitleLine('Region 12 procent')).toBeNull();
  });

  it('makes a table of small figures under it, a rate column or a count column', () => {
    const rates = ['Kommun Nyföretagande per 1000 inv.', 'Ånge 6,1', 'Härnösand 7,4', 'Sundsvall 8,9', 'Länet 8,0', ''].join('\n');
    const counts = ['Skolenkäten', '', 'Område Svarande elever', 'Centrum 412', 'Norr 268', 'Söder 305', 'Totalt 985', ''].join('\n');
    expect(tablesOf(rates)).toEqual([
      {
        header: ['Nyföretagande per 1000 inv.'],
        rows: [['Ånge', '6.1'], ['Härnösand', '7.4'], ['Sundsvall', '8.9'], ['Länet', '8']],
      },
    ]);
    expect(tablesOf(counts)).toEqual([
      {
        header: ['Svarande elever'],
        rows: [['Centrum', '412'], ['Norr', '268'], ['Söder', '305'], ['Totalt', '985']],
      },
    ]);
  });

  it('leaves small figures without such a line as text', () => {
    const prose = ['Så här gick det i år.', 'Centrum 412', 'Norr 268', 'Söder 305', ''].join('\n');
    expect(tablesOf(prose)).toEqual([]);
  });
});
