import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { splitParagraphHeadings } from '../../src/layout/paragraph-headings.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Rows pasted as paragraphs with a section's heading on the line above its first row; figures written here, sums checked by hand. */
const read = (text: string): (string | null)[][] => docOf({ text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const loud = (text: string) => findingsOf(columnTotal, text).filter((f) => f.severity !== 'info');

describe('a section heading in its first row\'s paragraph', () => {
  it('is a row of its own: the figures stay under their years (tkr in the first title)', () => {
    const text = [
      'Bidrag per kommun och skolform',
      '',
      'Belopp i tkr\n2023\n2024\n2025',
      'Grundskola\nAle\n1 200\n1 300\n1 400',
      'Borås\n800\n850\n900',
      'Kumla\n500\n550\n600',
      'Summa grundskola\n2 500\n2 700\n2 900',
      'Gymnasium\nEslöv\n300\n310\n320',
      'Gävle\n700\n690\n680',
      'Summa gymnasium\n1 000\n1 000\n1 000',
      'Totalt\n3 500\n3 700\n3 900',
    ].join('\n\n') + '\n';
    expect(read(text)).toEqual([
      ['Grundskola', null, null, null],
      ['Ale', '1200000', '1300000', '1400000'],
      ['Borås', '800000', '850000', '900000'],
      ['Kumla', '500000', '550000', '600000'],
      ['Summa grundskola', '2500000', '2700000', '2900000'],
      ['Gymnasium', null, null, null],
      ['Eslöv', '300000', '310000', '320000'],
      ['Gävle', '700000', '690000', '680000'],
      ['Summa gymnasium', '1000000', '1000000', '1000000'],
      ['Totalt', '3500000', '3700000', '3900000'],
    ]);
    expect(loud(text)).toEqual([]);
  });

  it('is a row of its own under a titled label column too (regions, two value columns)', () => {
    const text = [
      'Medel per län, kronor',
      '',
      'Län\nTilldelat\nUtbetalt',
      'Norrland\nNorrbottens län\n4 100\n4 000',
      'Västerbottens län\n3 900\n3 900',
      'Jämtlands län\n2 000\n1 950',
      'Svealand\nUppsala län\n5 000\n4 800',
      'Dalarnas län\n3 000\n3 000',
      'Summa\n18 000\n17 650',
    ].join('\n\n') + '\n';
    expect(read(text)).toEqual([
      ['Norrland', null, null],
      ['Norrbottens län', '4100', '4000'],
      ['Västerbottens län', '3900', '3900'],
      ['Jämtlands län', '2000', '1950'],
      ['Svealand', null, null],
      ['Uppsala län', '5000', '4800'],
      ['Dalarnas län', '3000', '3000'],
      ['Summa', '18000', '17650'],
    ]);
    expect(loud(text)).toEqual([]);
  });

  it('splits nothing where most rows open with two labels (a second name column)', () => {
    const line = (raw: string, n: number) => ({ raw, line: n });
    const paras = [
      [line('Ale', 1), line('Göteborgsregionen', 2), line('120', 3)],
      [line('Borås', 5), line('Sjuhärad', 6), line('80', 7)],
      [line('Kumla', 9), line('Örebro', 10), line('40', 11)],
    ];
    const isLabel = (raw: string): boolean => !/\d/.test(raw);
    expect(splitParagraphHeadings(paras, isLabel)).toEqual(paras);
    // One row of two labels among rows of one: its first line is a heading.
    const mixed = [paras[0]!, [line('Borås', 5), line('80', 6)], [line('Kumla', 8), line('40', 9)]];
    expect(splitParagraphHeadings(mixed, isLabel)).toEqual([[line('Ale', 1)], [line('Göteborgsregionen', 2), line('120', 3)], mixed[1], mixed[2]]);
  });
});

describe('a short row\'s cells on one line, single spaced', () => {
  it('reads the line as the cells the row lacks where the digit groups allow one reading only', () => {
    const text = ['Kommun\n2023\n2024\n2025', 'Ale\n10 000\n5 000\n15 000', 'Borås\n2 400\n2 800\n5 200', 'Summa\n12 400 7 800 20 200'].join('\n\n') + '\n';
    expect(read(text)).toEqual([
      ['Ale', '10000', '5000', '15000'],
      ['Borås', '2400', '2800', '5200'],
      ['Summa', '12400', '7800', '20200'],
    ]);
    expect(loud(text)).toEqual([]);
    const part = ['Verksamhet\nBudget\nUtfall\nAvvikelse', 'Skola\n1 500\n2 250 3 750', 'Vård\n900\n1 000\n1 900', 'Kultur\n100\n150\n250'].join('\n\n') + '\n';
    expect(read(part)).toEqual([
      ['Skola', '1500', '2250', '3750'],
      ['Vård', '900', '1000', '1900'],
      ['Kultur', '100', '150', '250'],
    ]);
  });

  it('keeps a line that reads more than one way as one cell, not a figure', () => {
    const text = ['Kommun\n2024\n2025', 'Ale\n1 000\n200', 'Borås\n250\n100', 'Summa\n1 250 300'].join('\n\n') + '\n';
    // "1 250 | 300" or "1 | 250 300": the line stays one cell, its value in doubt, the other cell empty.
    const summa = docOf({ text }).tables[0]!.rows[2]!;
    expect(summa.label).toBe('Summa');
    expect(summa.cells.map((c) => [c.value?.toFixed() ?? null, c.uncertain !== undefined])).toEqual([['1250300', true], [null, false]]);
    expect(loud(text).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
