import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Cells that lost their separators, written for this test in layouts of their own. */
const rowsOf = (text: string) =>
  docOf({ file: 'g.txt', text }).tables.map((t) => ({
    caption: t.caption,
    unit: t.unit ? `${t.unit}×${t.scale}` : null,
    columnUnits: t.columns.map((c) => c.unit),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

describe('tables whose cells lost their separators', () => {
  it('reads a header of one word a line, places a short row by its spaces and starts a new table at a unit heading', () => {
    const text = [
      'Tabell 3 Driftbudget för tekniska nämnden',
      '',
      'Tusen kronorUtfall',
      '2022',
      'Budget',
      '2023',
      'Budget',
      '2024',
      'Avgifter7 420318 9052 115',
      'Bidrag1 10098 0501 050',
      'Summa8 520416 9553 165',
      'Tilläggsanslag 2 500 ',
      'Ökning, procent   ',
      'Avgifter 42,74,8',
      'Bidrag 8,9−99,8',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      {
        caption: 'Tabell 3 Driftbudget för tekniska nämnden',
        unit: 'SEK×1000',
        columnUnits: ['SEK', 'SEK', 'SEK'],
        rows: [
          ['Avgifter', '7420000', '318905000', '2115000'],
          ['Bidrag', '1100000', '98050000', '1050000'],
          ['Summa', '8520000', '416955000', '3165000'],
          ['Tilläggsanslag', null, '2500000', null],
        ],
      },
      {
        caption: 'Ökning, procent',
        // The header's unit stays the table's; the heading over the columns makes them percent (the empty first column is dropped).
        unit: 'SEK×1000',
        columnUnits: ['percent', 'percent'],
        rows: [
          ['Avgifter', '42.7', '4.8'],
          ['Bidrag', '8.9', '-99.8'],
        ],
      },
    ]);
  });

  it('reads code-led labels glued to two amount columns named at the end of the header line', () => {
    const text = [
      'Inkomster per moment',
      '',
      'Kapitel 4kronor  antal',
      '4.AVGIFTER OCH ERSÄTTNINGAR1 250 000 00042 600',
      '01.Tillståndsavgifter1 000 000 00030 100',
      '02.Tillsynsavgifter250 000 00012 500',
      '',
    ].join('\n');
    const [t] = rowsOf(text);
    expect(t!.rows).toEqual([
      ['4.AVGIFTER OCH ERSÄTTNINGAR', '1250000000', '42600'],
      ['01.Tillståndsavgifter', '1000000000', '30100'],
      ['02.Tillsynsavgifter', '250000000', '12500'],
    ]);
    const doc = docOf({ file: 'g.txt', text });
    expect(doc.tables[0]!.columns.map((c) => [c.header.join(' '), c.unit])).toEqual([['kronor', 'SEK'], ['antal', 'count']]);
  });

  it('leaves prose, phone numbers, spaced rows and a lone heading number alone', () => {
    const prose = ['Kontakt', 'Telefon 08-123 45 67', 'Växel 010-223 10 00', 'Fax 08-123 45 68', ''].join('\n');
    expect(rowsOf(prose)).toEqual([]);
    const spaced = ['Belopp 2023 2024', 'Intäkter 1 -990,2 -1 014,7', 'Kostnader -3,1 -2,0', 'Netto 1,0 2,0', ''].join('\n');
    const doc = docOf({ file: 'g.txt', text: spaced });
    expect(doc.tables.every((t) => t.rows.every((r) => r.cells.every((c) => c.readBy !== 'glued')))).toBe(true);
  });

  it('makes a sum that disagrees over glued cells a warning naming the cell, never an error', () => {
    const text = ['Kronor 2023 2024', 'Hyror12 40013 100', 'Arrenden2 1002 200', 'Summa14 60015 300', ''].join('\n');
    const found = findingsOf(columnTotal, [{ file: 'case.txt', text }]).map((f) => [f.severity, /utan mellanrum/.test(f.message)]);
    expect(found).toEqual([['warning', true]]);
  });
});

describe('a glued header that opens with its unit', () => {
  const read = (text: string) => docOf({ file: 'a.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

  it('scales the rows by "1 000 kronor" glued to the dates over the columns', () => {
    // 1 245 300 + 310 455 = 1 555 755 = 820 000 + 735 755; 1 180 250 + 295 100 = 1 475 350 = 790 400 + 684 950.
    const text = ['Balansräkning', '', '1 000 kronor31.12.202331.12.2022', 'Anläggningstillgångar1 245 3001 180 250', 'Omsättningstillgångar310 455295 100', 'Summa tillgångar1 555 7551 475 350', 'Eget kapital820 000790 400', 'Skulder735 755684 950', ''].join('\n');
    expect(read(text)[0]![0]).toEqual(['Anläggningstillgångar', '1245300000', '1180250000']);
  });

  it('scales the rows by "tkr" glued to the dates as the corner of the header', () => {
    // 412 330 − 1 240 118 = −827 788; 398 120 − 1 180 502 = −782 382.
    const text = ['Driftredovisning', '', 'tkr2023-12-312022-12-31', 'Intäkter412 330398 120', 'Kostnader-1 240 118-1 180 502', 'Nettokostnad-827 788-782 382', ''].join('\n');
    expect(read(text)[0]).toEqual([
      ['Intäkter', '412330000', '398120000'],
      ['Kostnader', '-1240118000', '-1180502000'],
      ['Nettokostnad', '-827788000', '-782382000'],
    ]);
  });
});
