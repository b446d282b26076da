import { describe, expect, it } from 'vitest';
import { labelCellRegions, textColumnRegions } from '../../src/tables/label-cell-regions.js';
import { matchRegion } from '../../src/regions/index.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** County tables with text columns between the name and the figures, as encyclopedia pages print them; figures invented, sums checked by hand. */
const rowsOf = (file: string, text: string) =>
  docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toString() ?? '')]);

describe('labelCellRegions', () => {
  it('gives each label cell its region when every region is named once', () => {
    expect(labelCellRegions(['Blekinge län', 'Dalarnas län', 'Summa'], matchRegion)?.map((r) => r?.code ?? null)).toEqual(['10', '20', null]);
  });

  it('gives none when a region is named on two rows, or on one only', () => {
    expect(labelCellRegions(['Region Skåne', 'Region Skåne', 'Region Halland'], matchRegion)).toBeNull();
    expect(labelCellRegions(['Region Skåne', 'Ideell förening'], matchRegion)).toBeNull();
  });
});

describe('a county table with text columns before the figures', () => {
  // The county letters ("K", "W") are the rows' codes, never words of the label (isCountyLetterColumn in code-column.ts).
  const expected = [
    ['Blekinge län | Karlskrona', '10', '159606', '2947'],
    ['Dalarnas län | Falun', '20', '288387', '28189'],
    ['Gotlands län | Visby', '09', '61001', '3151'],
    ['Gävleborgs län | Gävle', '21', '287660', '18118'],
    ['Summa', null, '796654', '52405'],
  ];

  it('reads the regions of a tab table and of a GFM table; the text columns stay in the label', () => {
    const tab = [
      'Län\tLänsbokstav\tResidensstad\tFolkmängd\tArea (km²)',
      'Blekinge län\tK\tKarlskrona\t159 606\t2 947',
      'Dalarnas län\tW\tFalun\t288 387\t28 189',
      'Gotlands län\tI\tVisby\t61 001\t3 151',
      'Gävleborgs län\tX\tGävle\t287 660\t18 118',
      'Summa\t\t\t796 654\t52 405',
    ].join('\n');
    expect(rowsOf('a.txt', tab)).toEqual(expected);
    expect(docOf({ file: 'a.txt', text: tab }).tables[0]!.rows.map((r) => r.code ?? null)).toEqual(['K', 'W', 'I', 'X', null]);
    const gfm = [
      '| Län | Kod | Residensstad | Invånare | Landareal km² |',
      '|---|---|---|---|---|',
      '| Blekinge län | K | Karlskrona | 159 606 | 2 947 |',
      '| Dalarnas län | W | Falun | 288 387 | 28 189 |',
      '| Gotlands län | I | Visby | 61 001 | 3 151 |',
      '| Gävleborgs län | X | Gävle | 287 660 | 18 118 |',
      '| Summa | | | 796 654 | 52 405 |',
    ].join('\n');
    expect(rowsOf('b.md', gfm)).toEqual(expected);
    // 159 606 + 288 387 + 61 001 + 287 660 = 796 654; the text columns are no part of any sum.
    expect(findingsOf(columnTotal, [{ file: 'b.md', text: gfm }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads the regions of a table pasted one cell a line', () => {
    const cells = ['Län', 'Bokstav', 'Residensstad', 'Folkmängd', 'Hallands län', 'N', 'Halmstad', '340 243', 'Kalmar län', 'H', 'Kalmar', '247 175', 'Kronobergs län', 'G', 'Växjö', '203 340'];
    expect(rowsOf('c.txt', cells.join('\n') + '\n')).toEqual([
      ['Hallands län | Halmstad', '13', '340243'],
      ['Kalmar län | Kalmar', '08', '247175'],
      ['Kronobergs län | Växjö', '07', '203340'],
    ]);
  });

  it('reads no region where the label column names one region on several rows (recipients, not counties)', () => {
    const tab = ['Mottagare\tProjekt\tBelopp (tkr)', 'Region Skåne\tVårdköer\t1 200', 'Region Skåne\tAmbulans\t800', 'Region Halland\tVårdköer\t600'].join('\n');
    expect(rowsOf('d.txt', tab).map((r) => r[1])).toEqual([null, null, null]);
  });
});

describe('a grouping column before the rows\' own names', () => {
  it('takes the regions from the first text column whose every name is a region, each once', () => {
    const groups = ['Norrland', 'Norrland', 'Svealand'];
    const names = ['Jämtlands län', 'Västernorrlands län', 'Dalarnas län'];
    expect(textColumnRegions([groups, names], matchRegion)?.map((r) => r?.code ?? null)).toEqual(['23', '22', '20']);
    // A column of municipalities names a county only where a town shares its name: no regions.
    expect(textColumnRegions([['Kalmar', 'Nybro', 'Uppsala', 'Enköping']], matchRegion)).toBeNull();
  });

  // Invented figures: 40 + 25 + 60 = 125, 400 + 250 + 610 = 1 260.
  it('gives the rows their regions in a GFM table with the group on every row and in a tab table with it on the first only', () => {
    const rows = [
      ['Norrland', 'Jämtlands län', '40', '400'],
      ['Norrland', 'Västernorrlands län', '25', '250'],
      ['Svealand', 'Dalarnas län', '60', '610'],
    ];
    const gfm = ['Ärenden per län', '', '| Landsdel | Län | Ärenden | Kostnad |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`), '| Totalt | | 125 | 1 260 |', ''].join('\n');
    const firstOnly = rows.map((r, i) => (i === 1 ? ['', ...r.slice(1)] : r));
    const tab = ['Ärenden per län', '', 'Landsdel\tLän\tÄrenden\tKostnad', ...firstOnly.map((r) => r.join('\t')), 'Totalt\t\t125\t1 260', ''].join('\n');
    for (const [file, text] of [['a.md', gfm], ['b.txt', tab]] as const) {
      expect(rowsOf(file, text).map((r) => [r[1], ...r.slice(2)])).toEqual([
        ['23', '40', '400'],
        ['22', '25', '250'],
        ['20', '60', '610'],
        [null, '125', '1260'],
      ]);
      expect(findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});
