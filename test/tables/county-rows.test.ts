import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { countyRows } from '../../src/tables/county-rows.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A national table that names all 21 counties once and, among them, areas made of counties or of
 * parts of them ("Götaland", "Svealand", "Norrland"; "Storstadsområdena", "Riket i övrigt"): the
 * country's total adds the counties, not the counties and the areas together. Figures written for
 * this test: county n (in code order) has n × 100, so the counties sum to 100 × (1 + … + 21) = 23 100.
 */
const COUNTIES = [
  ['01', 'Stockholms län'], ['03', 'Uppsala län'], ['04', 'Södermanlands län'], ['05', 'Östergötlands län'], ['06', 'Jönköpings län'],
  ['07', 'Kronobergs län'], ['08', 'Kalmar län'], ['09', 'Gotlands län'], ['10', 'Blekinge län'], ['12', 'Skåne län'], ['13', 'Hallands län'],
  ['14', 'Västra Götalands län'], ['17', 'Värmlands län'], ['18', 'Örebro län'], ['19', 'Västmanlands län'], ['20', 'Dalarnas län'],
  ['21', 'Gävleborgs län'], ['22', 'Västernorrlands län'], ['23', 'Jämtlands län'], ['24', 'Västerbottens län'], ['25', 'Norrbottens län'],
] as const;
const figure = (code: string): number => (COUNTIES.findIndex(([c]) => c === code) + 1) * 100;
const sumOf = (codes: readonly string[]): number => codes.reduce((s, c) => s + figure(c), 0);
const spaced = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');

// Landsdelar: Götaland 05–14, Svealand 01–04 and 17–20, Norrland 21–25; 7 200 + 6 300 + 9 600 = 23 100.
const LANDSDELAR: [string, string[]][] = [
  ['Götaland', ['05', '06', '07', '08', '09', '10', '12', '13', '14']],
  ['Svealand', ['01', '03', '04', '17', '18', '19', '20']],
  ['Norrland', ['21', '22', '23', '24', '25']],
];
// Storstadsområdena (Stockholms, Skåne and Västra Götalands län here) and the rest of the country.
const METRO: [string, string[]][] = [
  ['Storstadsområdena', ['01', '12', '14']],
  ['Riket i övrigt', COUNTIES.map(([c]) => c).filter((c) => !['01', '12', '14'].includes(c))],
];

const rows = (areas: [string, string[]][], total: number): [string, string][] => [
  ['Hela riket', spaced(total)],
  ...areas.map(([name, codes]): [string, string] => [name, spaced(sumOf(codes))]),
  ...COUNTIES.map(([code, name]): [string, string] => [name, spaced(figure(code))]),
];
const tabs = (areas: [string, string[]][], total: number) => ['Område\tAntal', ...rows(areas, total).map((r) => r.join('\t')), ''].join('\n');
const gfm = (areas: [string, string[]][], total: number) => ['| Område | Antal |', '|---|---:|', ...rows(areas, total).map((r) => `| ${r.join(' | ')} |`), ''].join('\n');

describe.each([
  ['tab-separated', tabs, 'a.txt'],
  ['GFM', gfm, 'b.md'],
] as const)('the 21 counties among areas made of them, %s', (_, of, file) => {
  for (const [wording, areas] of [['landsdelar', LANDSDELAR], ['storstadsområden', METRO]] as const) {
    it(`reads the total as the counties' sum (${wording})`, () => {
      const text = of(areas, 23_100);
      // The areas are read as aggregate rows (area-rows.ts): the data rows are the 21 counties.
      const table = docOf({ file, text }).tables[0]!;
      expect(table.rows.filter((r) => r.kind === 'data').map((r) => r.region?.code)).toEqual(COUNTIES.map(([c]) => c));
      expect(table.rows.filter((r) => r.kind === 'other').map((r) => r.label)).toEqual(areas.map(([name]) => name));
      expect(findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info')).toEqual([]);
    });
    it(`still reports a total the counties do not make (${wording})`, () => {
      const found = findingsOf(columnTotal, [{ file, text: of(areas, 23_200) }]).filter((f) => f.severity !== 'info');
      expect(found.length).toBeGreaterThan(0);
    });
  }
  it('is no such table where a county is missing', () => {
    const text = of(LANDSDELAR, 23_100).replace(/.*Gotlands län.*\n/, '');
    expect(countyRows(docOf({ file, text }).tables[0]!)).toBeNull();
  });
});
