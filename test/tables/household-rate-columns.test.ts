import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { RATE_HEADER } from '../../src/tables/units.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Social assistance per municipality: households helped, the amount paid and the amount per
 * household, closed by the county's row and the country's. The amount per household is a
 * quotient: never the sum of the rows above it. The county's count of households may count a
 * household helped in two municipalities once, so the county row is checked as the
 * municipalities' sum only because its amounts add up, and a count that does not is a warning.
 * Jämtlands län has eight municipalities; the figures are written for this test, sums by hand.
 */
const nonInfo = (text: string, file: string) => findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info');

const towns = [
  ['Berg', '40', '1 600', '40 000'],
  ['Bräcke', '50', '2 250', '45 000'],
  ['Härjedalen', '60', '2 100', '35 000'],
  ['Krokom', '80', '3 600', '45 000'],
  ['Ragunda', '30', '1 050', '35 000'],
  ['Strömsund', '70', '2 800', '40 000'],
  ['Åre', '90', '4 500', '50 000'],
  ['Östersund', '500', '25 000', '50 000'],
];
// Households: 40 + 50 + 60 + 80 + 30 + 70 + 90 + 500 = 920; paid: 1 600 + 2 250 + 2 100 + 3 600
// + 1 050 + 2 800 + 4 500 + 25 000 = 42 900 tkr; per household in the county 42 900 000 / 905 ≈ 47 403.
const county = (households: string) => ['Jämtlands län', households, '42 900', '47 403'];
const nation = ['Riket', '200 000', '10 000 000', '50 000'];

const gfm = (perHousehold: string, households: string) =>
  [`| Kommun | Hushåll | Utbetalt bistånd (tkr) | ${perHousehold} |`, '|---|---:|---:|---:|', ...[...towns, county(households), nation].map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const blankLines = (perHousehold: string, households: string) =>
  [['Kommun', 'Hushåll', 'Utbetalt bistånd (tkr)', perHousehold], ...towns, county(households), nation].flat().join('\n\n') + '\n';

describe('amounts per household beside counts of households', () => {
  it.each(['Belopp per hushåll (kr)', 'Biståndsbelopp/hushåll (kr)', 'Bistånds- belopp- /hushåll (kr)', 'Kronor / hushåll'])('%s heads a rate column', (h) => {
    expect(RATE_HEADER.test(h)).toBe(true);
  });

  it.each(['Biståndshushåll', 'Antal hushåll', 'Hushåll/personer', 'Hushåll med barn'])('%s heads no rate column', (h) => {
    expect(RATE_HEADER.test(h)).toBe(false);
  });

  for (const [layout, of, file] of [['GFM', gfm, 'a.md'], ['one cell a line with blank lines between', blankLines, 'b.txt']] as const) {
    for (const header of ['Belopp per hushåll (kr)', 'Biståndsbelopp/hushåll (kr)']) {
      it(`never sums "${header}" to the country's row, ${layout}`, () => {
        const text = of(header, '920');
        const t = docOf({ file, text }).tables[0]!;
        expect(t.columns.map((c) => c.rate === true)).toEqual([false, false, true]);
        expect(nonInfo(text, file)).toEqual([]);
      });

      it(`warns that the county's households are not its municipalities' sum, "${header}", ${layout}`, () => {
        const found = nonInfo(of(header, '905'), file);
        expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '905', '920']]);
      });
    }
  }
});
