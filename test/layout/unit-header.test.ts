import { describe, expect, it } from 'vitest';
import { isUnitHeader } from '../../src/layout/unit-header.js';
import { docOf } from '../rules/rule-tester.js';

/** Small tables of allowances and fees pasted one cell per line, written for this test. */
const tablesOf = (text: string) => docOf({ file: 'a.txt', text }).tables.map((t) => [t.columns.map((c) => c.header.join(' ')), ...t.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed() ?? null])]);

describe('isUnitHeader', () => {
  it('knows a header naming the unit or period of the figures', () => {
    for (const h of ['Per år', 'Per månad', 'Belopp i kr', 'Avgift (kr)', 'Kronor', 'Pris', 'kr/månad']) expect(isUnitHeader(h)).toBe(true);
    for (const h of ['Kommun', 'Telefon', 'Per Svensson', 'Antal barn']) expect(isUnitHeader(h)).toBe(false);
  });
});

describe('two-row tables under a unit header', () => {
  it('are read when cells stand one a paragraph, section after section', () => {
    const text = [
      'Ersättning till fristående verksamhet 2021',
      '',
      'Fritidshem',
      '',
      'Per månad',
      '',
      'Årskurs F–3',
      '',
      '3 210',
      '',
      'Årskurs 4–6',
      '',
      '1 985',
      '',
      'Öppen fritidsverksamhet',
      '',
      'Per månad',
      '',
      'Per deltagare',
      '',
      '640',
      '',
      'Per grupp',
      '',
      '2 300',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      [['Per månad'], ['Årskurs F–3', '3210'], ['Årskurs 4–6', '1985']],
      [['Per månad'], ['Per deltagare', '640'], ['Per grupp', '2300']],
    ]);
  });

  it('are read when cells stand one a line, under a header naming the unit', () => {
    const text = ['Lokalhyra', 'Avgift (kr)', 'Stora salen', '1 450', 'Lilla salen', '780', '', 'Vi tar emot bokningar på vardagar.', ''].join('\n');
    expect(tablesOf(text)).toEqual([[['Avgift (kr)'], ['Stora salen', '1450'], ['Lilla salen', '780']]]);
  });

  it('leave two label/figure pairs under another heading as text', () => {
    const text = ['Kontakt', '', 'Växel', '', '0570 810 00', '', 'Fax', '', '0570 810 01', ''].join('\n');
    expect(tablesOf(text)).toEqual([]);
  });
});
