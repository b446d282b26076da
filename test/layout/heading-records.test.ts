import { describe, expect, it } from 'vitest';
import { factLine, headingSpan } from '../../src/layout/heading-records.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { rowTotal } from '../../src/rules/table/row-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Facts under headings, written for this test in layouts of its own. */
const tablesOf = (text: string) =>
  docOf({ file: 'a.txt', text }).tables.map((t) => ({
    columns: t.columns.map((c) => c.header.join(' / ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

describe('headings and facts', () => {
  it('knows a heading by its colon or its capitals, and a fact by its key and one figure', () => {
    expect(headingSpan('Förskollärare:')).toEqual([0, 13]);
    expect(headingSpan('NORRA DISTRIKTET')).toEqual([0, 16]);
    expect(headingSpan('Så här fördelas pengarna i år')).toBeNull();
    expect(headingSpan('År 2024:')).toBeNull();
    expect(factLine({ raw: 'Män: 28 400', line: 1 })?.key).toBe('män');
    expect(factLine({ raw: 'Antal hushåll 4 100', line: 1 })?.key).toBe('antal hushåll');
    expect(factLine({ raw: 'Avgift: 1 250 kr', line: 1 })?.key).toBe('avgift');
    expect(factLine({ raw: 'Det kostade 1 250 kr i år', line: 1 })).toBeNull();
    expect(factLine({ raw: 'Män: 28 400 och kvinnor 27 100', line: 1 })).toBeNull();
  });
});

describe('facts under headings as a table', () => {
  it('reads groups in capitals over headings with a colon, the colon after a key optional', () => {
    const text = [
      'Medellön per månad i kronor.',
      '',
      'HELA LANDET:',
      'Sjuksköterskor:',
      'Män: 36 100',
      'Kvinnor 35 300',
      'Totalt: 35 400',
      'Undersköterskor:',
      'Män: 28 900',
      'Kvinnor: 28 100',
      'Totalt 28 200',
      'NORRA DISTRIKTET:',
      'Sjuksköterskor:',
      'Män: 35 200',
      'Kvinnor: 34 900',
      'Totalt: 34 950',
      'Undersköterskor:',
      '',
      'Män: 28 000',
      'Kvinnor: 27 600',
      'Totalt: 27 650',
      '',
    ].join('\n');
    const [table] = tablesOf(text);
    expect(table!.columns).toEqual(['Män', 'Kvinnor', 'Totalt']);
    expect(table!.rows).toEqual([
      ['HELA LANDET | Sjuksköterskor', '36100', '35300', '35400'],
      ['HELA LANDET | Undersköterskor', '28900', '28100', '28200'],
      ['NORRA DISTRIKTET | Sjuksköterskor', '35200', '34900', '34950'],
      ['NORRA DISTRIKTET | Undersköterskor', '28000', '27600', '27650'],
    ]);
    // "Totalt" is the average of men and women, not their sum: neither rule checks it as one.
    expect(findingsOf(rowTotal, [{ file: 'a.txt', text }])).toEqual([]);
    expect(findingsOf(columnTotal, [{ file: 'a.txt', text }])).toEqual([]);
  });

  it('reads headings without groups, facts with units and blank lines between them', () => {
    const text = [
      'Villaägarna har jämfört taxorna:',
      '',
      'Storby:',
      '',
      'Avgift: 1 250 kr',
      '',
      'Antal hushåll: 4 100',
      '',
      'Lillköping:',
      '',
      'Avgift: 1 180 kr',
      '',
      'Antal hushåll: 2 350',
      '',
      'Västeräng:',
      '',
      'Avgift: 1 420 kr',
      '',
      'Antal hushåll: 980',
      '',
    ].join('\n');
    expect(tablesOf(text)[0]!.rows).toEqual([
      ['Storby', '1250', '4100'],
      ['Lillköping', '1180', '2350'],
      ['Västeräng', '1420', '980'],
    ]);
  });

  it('leaves two blocks, one fact a heading and blocks of other keys alone', () => {
    expect(tablesOf(['Storby:', 'Avgift: 1 250', 'Hushåll: 4 100', 'Lillköping:', 'Avgift: 1 180', 'Hushåll: 2 350', ''].join('\n'))).toEqual([]);
    expect(tablesOf(['Storby:', 'Avgift: 1 250', 'Lillköping:', 'Avgift: 1 180', 'Västeräng:', 'Avgift: 1 420', ''].join('\n'))).toEqual([]);
    const mixed = ['Storby:', 'Avgift: 1 250', 'Hushåll: 4 100', 'Lillköping:', 'Skolor: 12', 'Elever: 2 350', 'Västeräng:', 'Vägar: 40', 'Broar: 3', ''].join('\n');
    expect(tablesOf(mixed)).toEqual([]);
  });
});
