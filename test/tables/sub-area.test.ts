import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { primaryChecks, structureDoubts } from '../../src/tables/structures.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A row naming part of the area in the row above ("Stockholms län" / "del av Stockholms län",
 * "Norrbotten" / "Norrbotten (del av)") breaks out part of that row, as a "varav" row does: it is
 * no addend of the total and names no county of its own. Where no row of the whole area stands
 * above, the parts divide the country and are addends. Figures worked out by hand.
 */
const rowsOf = (text: string) => docOf({ text }).tables[0]!.rows.map((r) => [r.label, r.kind, r.region?.code ?? null]);
const nonInfo = (text: string) => findingsOf(columnTotal, text).filter((f) => f.severity !== 'info');

describe('rows naming part of the area above them', () => {
  const tab = 'Län\tBidrag\tPlatser\nStockholms län\t1 000\t50\ndel av Stockholms län\t400\t20\nUppsala län\t500\t30\nGotlands län\t300\t10\nSumma\t1 800\t90\n';
  it('reads "del av X" under X as a part, tab-separated', () => {
    expect(rowsOf(tab)).toEqual([
      ['Stockholms län', 'data', '01'],
      ['del av Stockholms län', 'other', null],
      ['Uppsala län', 'data', '03'],
      ['Gotlands län', 'data', '09'],
      ['Summa', 'total', null],
    ]);
    const [t] = docOf({ text: tab }).tables;
    expect(primaryChecks(t!, 0).map((c) => c.parts.map((p) => p.row.label).join('+'))).toEqual(['Stockholms län+Uppsala län+Gotlands län']);
    // A part, as "varav" is: no row of another kind that leaves the reading in doubt.
    expect(structureDoubts(t!, 0)).toEqual([]);
    expect(nonInfo(tab)).toEqual([]);
  });

  it('reads "X (del av)" and "delar av X" under X as parts, in a GFM table, two in a run', () => {
    const gfm = [
      '| Område | Antal |',
      '| --- | ---: |',
      '| Västra Götalands län | 2 400 |',
      '| Västra Götalands län (del av) | 900 |',
      '| delar av Västra Götalands län | 300 |',
      '| Hallands län | 700 |',
      '| Skåne län | 1 900 |',
      '| Totalt | 5 000 |',
      '',
    ].join('\n');
    expect(rowsOf(gfm)).toEqual([
      ['Västra Götalands län', 'data', '14'],
      ['Västra Götalands län (del av)', 'other', null],
      ['delar av Västra Götalands län', 'other', null],
      ['Hallands län', 'data', '13'],
      ['Skåne län', 'data', '12'],
      ['Totalt', 'total', null],
    ]);
    expect(nonInfo(gfm)).toEqual([]);
  });

  it('keeps parts that divide the country as addends where no row of the whole area stands above', () => {
    const tab = 'Område\tBelopp\nhela Kronobergs län\t300\ndel av Kalmar län\t200\nhela Blekinge län\t250\ndel av Kalmar län\t150\nSumma\t900\n';
    expect(rowsOf(tab).map((r) => r[1])).toEqual(['data', 'data', 'data', 'data', 'total']);
    expect(nonInfo(tab)).toEqual([]);
  });
});
