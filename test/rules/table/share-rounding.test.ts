import { describe, expect, it } from 'vitest';
import { share } from '../../../src/rules/table/share.js';
import { findingsOf } from '../rule-tester.js';

/**
 * Shares rounded so that they add up to 100 (largest remainders rounded up), and shares per
 * section closed by a sum row of 100 %. Examples written here; every share worked by hand.
 */
const tab = (head: string[], rows: string[][]): string => [head.join('\t'), ...rows.map((r) => r.join('\t')), ''].join('\n');
const gfm = (head: string[], rows: string[][]): string =>
  [`| ${head.join(' | ')} |`, `|---|${head.slice(1).map(() => '---:').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const layouts = [
  ['tab-separated', 't.txt', tab],
  ['GFM', 't.md', gfm],
] as const;

// Of 10 000: 1 545 = 15,45 %, 2 640 = 26,4 %, 3 385 = 33,85 %, 1 410 = 14,1 %, 420 = 4,2 %, 310 = 3,1 %,
// 120 = 1,2 %, 10 = 0,1 % twice, 150 = 1,5 %. Rounded down: 15 + 26 + 33 + 14 + 4 + 3 + 1 + 0 + 0 + 1 = 97; the
// three largest remainders (0,85, 0,5, 0,45) go up: 16, 26, 34, 14, 4, 3, 1, 0, 0, 2 = 100.
const rows = (a: string, b: string): string[][] => [
  ['Skolan', '1 545', `${a} %`],
  ['Vården', '2 640', `${b} %`],
  ['Omsorgen', '3 385', '34 %'],
  ['Kulturen', '1 410', '14 %'],
  ['Gatorna', '420', '4 %'],
  ['Parkerna', '310', '3 %'],
  ['Räddningen', '120', '1 %'],
  ['Valen', '10', '0 %'],
  ['Revisionen', '10', '0 %'],
  ['Turismen', '150', '2 %'],
  ['Summa', '10 000', '100 %'],
];
const head = ['Verksamhet', 'Kostnad (tkr)', 'Andel (%)'];

describe.each(layouts)('shares rounded to make 100, %s', (_, file, layout) => {
  it('gives an info for a share the largest remainders round up, no error', () => {
    const found = findingsOf(share, [{ file, text: layout(head, rows('16', '26')) }]);
    expect(found.map((f) => f.severity)).toEqual(['info']);
    expect(found[0]!.message).toContain('"Skolan"');
    expect(found[0]!.message).toContain('1 545 000 / 10 000 000 = 15,45 %');
    expect(found[0]!.message).toContain('de största resterna');
  });

  it('errs where one share too many is rounded up (the shares make 101)', () => {
    const found = findingsOf(share, [{ file, text: layout(head, rows('16', '27')) }]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ['error', '16', '15'],
      ['error', '27', '26'],
    ]);
  });

  it('errs where a smaller remainder is rounded up in place of a larger (15 and 27: 0,4 goes up before 0,45)', () => {
    const found = findingsOf(share, [{ file, text: layout(head, rows('15', '27')) }]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '27', '26']]);
  });
});

// Two sections, each closed by a sum of 100 %. Costs of 1 000: 612 = 61,2, 231 = 23,1, 95 = 9,5, 42 = 4,2,
// 20 = 2 (61 + 23 + 10 + 4 + 2 = 100). Income of 800: 520 = 65, 160 = 20, 72 = 9, 24 = 3 twice.
const sectioned = (rent: string): string[][] => [
  ['Personal', '612', '61 %'],
  ['Lokaler', '231', '23 %'],
  ['Material', '95', '10 %'],
  ['Övrigt', '42', '4 %'],
  ['IT', '20', '2 %'],
  ['Summa kostnader', '1 000', '100 %'],
  ['Skatter', '520', '65 %'],
  ['Avgifter', '160', '20 %'],
  ['Hyror', '72', `${rent} %`],
  ['Bidrag', '24', '3 %'],
  ['Räntor', '24', '3 %'],
  ['Summa intäkter', '800', '100 %'],
];
const sectionHead = ['Post', 'Mnkr', 'Andel i %'];

describe.each(layouts)('shares per section closed by 100 %%, %s', (_, file, layout) => {
  it('checks each section against its own sum, with nothing to report', () => {
    const found = findingsOf(share, [{ file, text: layout(sectionHead, sectioned('9')) }]);
    // Material 9,5 % printed 10: normal rounding, no finding.
    expect(found).toEqual([]);
  });

  it('warns of a share its section does not give, naming the section', () => {
    // Hyror printed 39 % where 72 / 800 = 9 %.
    const found = findingsOf(share, [{ file, text: layout(sectionHead, sectioned('39')) }]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '39', '9']]);
    expect(found[0]!.message).toContain('72 000 000 / 800 000 000 = 9 %');
    expect(found[0]!.message).toContain('"Summa intäkter"');
  });
});
