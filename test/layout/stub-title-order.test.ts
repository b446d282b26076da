import { describe, expect, it } from 'vitest';
import { stubTitleStandsFirst } from '../../src/layout/stub-title-order.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/**
 * Two-level headers copied one cell a line, a blank line between cells, whose label column's title
 * stands first and whose second group names a rate or a share: written for this test in two
 * wordings, values checked by hand.
 */
const E = '\u00a0';
const page = (before: string[], cells: string[]): string => [...before, ...cells].join('\n\n') + '\n';

describe('the rows\' title before groups whose second names a measure', () => {
  it('reads "Diagnos" as the rows\' title over counts and rates per 100 000, and sums no rate', () => {
    const text = page(
      ['Anmälda fall efter diagnos 2023'],
      ['Diagnos', 'Antal fall', 'Per 100 000 invånare', 'Länet', 'Riket', 'Länet', 'Riket',
        'Diagnos A', '120', '4 300', '41,2', '40,9',
        'Diagnos B', '35', '1 800', '12,0', '17,1',
        'Diagnos C', '8', '610', '2,7', '5,8',
        'Summa', '163', '6 710', '60,3', '63,8'],
    );
    const [t] = docOf({ file: 't.txt', text }).tables;
    expect(t!.columns.map((c) => c.header)).toEqual([['Antal fall', 'Länet'], ['Antal fall', 'Riket'], ['Per 100 000 invånare', 'Länet'], ['Per 100 000 invånare', 'Riket']]);
    // 41,2 + 12,0 + 2,7 = 55,9 against 60,3: rates per kind need not add up to the total's rate, so no finding says they must.
    expect(findingsOf(columnTotal, [{ file: 't.txt', text }]).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads "Skolort" before "Sökande" and "Andel (%)" over the years', () => {
    const text = page(
      ['Sökande per kommun'],
      ['Skolort', 'Sökande', 'Andel (%)', '2023', '2024', '2023', '2024',
        'Alby', '210', '225', '31,0', '32,5',
        'Byn', '140', E, '20,7', E,
        'Cestad', '326', '318', '48,2', '46,0'],
    );
    const [t] = docOf({ file: 't.txt', text }).tables;
    expect(t!.columns.map((c) => c.header)).toEqual([['Sökande', '2023'], ['Sökande', '2024'], ['Andel (%)', '2023'], ['Andel (%)', '2024']]);
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')])).toEqual([
      ['Alby', '210', '225', '31', '32.5'],
      ['Byn', '140', '', '20.7', ''],
      ['Cestad', '326', '318', '48.2', '46'],
    ]);
  });
});

describe('stubTitleStandsFirst', () => {
  it('is true where the title after the groups names a measure and the first names none', () => {
    expect(stubTitleStandsFirst(['Brottstyp', 'Anmälda brott', 'Per 1000 invånare', 'Länet', 'Riket'], 2)).toBe(true);
    expect(stubTitleStandsFirst(['Skolort', 'Sökande', 'Andel (%)', '2023'], 2)).toBe(true);
  });

  it('is false where the groups come first and the rows\' title after them, or the first title is a year', () => {
    expect(stubTitleStandsFirst(['Budget', 'Utfall', 'Nämnd', '2023', '2024'], 2)).toBe(false);
    // The unit of the amounts is a rows' title statements print after the groups.
    expect(stubTitleStandsFirst(['Kommunen', 'Koncernen', 'Belopp, mkr', '2024'], 2)).toBe(false);
    expect(stubTitleStandsFirst(['2023', '2024', 'Andel', 'Kvinnor'], 2)).toBe(false);
  });
});
