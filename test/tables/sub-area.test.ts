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

  // Landscapes split by county, each with its counties' parts under it; the parts add up to it.
  const landscapes = [
    ['SVEALAND', '5 000', '400'],
    ['Värmland', '2 000', '150'],
    ['del av Värmlands län', '1 900', '140'],
    ['del av Örebro län', '100', '10'],
    ['Dalarna', '3 000', '250'],
    ['hela Dalarnas län', '3 000', '250'],
    ['GÖTALAND', '4 000', '600'],
    ['Dalsland', '1 000', '100'],
    ['del av Västra Götalands län', '950', '95'],
    ['del av Värmlands län', '50', '5'],
    ['Öland', '3 000', '500'],
    ['hela Kalmar län', '3 000', '500'],
  ];
  const gfmOf = (rows: string[][]) => ['| Landsdel / landskap / län | Skogsmark, ha | Sjöar, ha |', '|---|---:|---:|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
  const tabOf = (rows: string[][]) => ['Landsdel, landskap, län\tSkogsmark, ha\tSjöar, ha', ...rows.map((r) => r.join('\t')), ''].join('\n');

  for (const [layout, of] of [['GFM', gfmOf], ['tab-separated', tabOf]] as const) {
    it(`reads the counties' parts under each landscape as its breakdown, ${layout}`, () => {
      const text = of(landscapes);
      expect(rowsOf(text)).toEqual([
        ['SVEALAND', 'subtotal', null],
        ['Värmland', 'data', null],
        ['del av Värmlands län', 'other', null],
        ['del av Örebro län', 'other', null],
        ['Dalarna', 'data', null],
        ['hela Dalarnas län', 'other', '20'],
        ['GÖTALAND', 'subtotal', null],
        ['Dalsland', 'data', null],
        ['del av Västra Götalands län', 'other', null],
        ['del av Värmlands län', 'other', null],
        ['Öland', 'data', null],
        ['hela Kalmar län', 'other', '08'],
      ]);
      // SVEALAND = Värmland + Dalarna, GÖTALAND = Dalsland + Öland: nothing disagrees.
      expect(nonInfo(text)).toEqual([]);
    });

    it(`still warns of a landsdel that its landscapes do not add up to, ${layout}`, () => {
      // Dalsland 1 100 (its parts say 1 000): GÖTALAND 4 000 against 1 100 + 3 000.
      const text = of(landscapes.map((r) => (r[0] === 'Dalsland' ? ['Dalsland', '1 100', '100'] : r)));
      // A sum printed above its rows is a warning: it may stand for something else (structures.ts).
      expect(nonInfo(text).map((f) => [f.severity, f.actual, /GÖTALAND/.test(f.message)])).toEqual([['warning', '4100', true]]);
    });
  }

  it('keeps a part under a county as an addend where it does not add up to it', () => {
    const tab = 'Område\tBelopp\nUppsala län\t500\ndel av Västmanlands län\t60\nGotlands län\t300\nSumma\t860\n';
    expect(rowsOf(tab).map((r) => r[1])).toEqual(['data', 'data', 'data', 'total']);
    expect(nonInfo(tab)).toEqual([]);
  });
});
