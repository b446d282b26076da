import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { countingColumn, countTitle } from '../../src/tables/count-title.js';
import { docOf } from '../rules/rule-tester.js';

/** Count columns under a money caption or a money group title; tables written here in GFM, HTML and spaced text. */
const tablesOf = (file: string, text: string): readonly Table[] => docOf({ file, text }).tables;
const units = (t: Table): (string | null)[] => t.columns.map((c) => c.unit);
const values = (t: Table, col: number): (string | undefined)[] => t.rows.map((r) => r.cells[col]!.value?.toFixed());

describe('countTitle', () => {
  it('reads pieces, indexes and staff years as counts', () => {
    for (const h of ['st', 'Antal (st.)', 'stycken', 'Index', 'Prisindex (2015=100)', 'KPI-index', 'Årsarbetare', 'Antal årsarbetskrafter']) {
      expect(countTitle(h), h).toEqual({ unit: 'count', scale: 1 });
    }
  });

  it('reads counts of households as counts', () => {
    for (const h of ['Hushåll', 'Antal hushåll', 'Biståndshushåll', 'Bistånds-hushåll']) {
      expect(countTitle(h), h).toEqual({ unit: 'count', scale: 1 });
    }
  });

  it('leaves prices per piece, amounts per household, words that only contain the letters, and other titles alone', () => {
    for (const h of ['kr/st', 'Kostnad per st', 'Kronor per hushåll', 'Biståndsbelopp/hushåll (kr)', 'Hushållens inkomster', 'Stöd', 'Indexuppräkning', 'Utbetalt', 'Bostäder', '']) {
      expect(countTitle(h), h).toBeNull();
    }
  });

  it('lets a leaf that counts win over a money group title, but not a leaf that names money', () => {
    const tkr = { unit: 'SEK' as const, scale: 1e3 };
    expect(countingColumn(['Belopp i tkr', 'Antal'], tkr)).toEqual({ unit: 'count', scale: 1 });
    expect(countingColumn(['Belopp i tkr', 'Index'], tkr)).toEqual({ unit: 'count', scale: 1 });
    expect(countingColumn(['Belopp i tkr', 'Utbetalt'], tkr)).toEqual(tkr);
    expect(countingColumn(['Antal', 'tkr'], tkr)).toEqual(tkr);
    expect(countingColumn(['Befolkning', 'Antal'], { unit: 'persons', scale: 1 })).toEqual({ unit: 'persons', scale: 1 });
  });
});

describe('a count column in a table of money', () => {
  it('keeps "st" and "Andel %" unscaled under a "Tkr" header corner (GFM)', () => {
    const [t] = tablesOf('st.md', ['Tabell 4. Ärenden och kostnader', '', '| Tkr | st | Kostnad | Andel % |', '|---|---|---|---|', '| Uppsala | 310 | 1 200 | 40 |', '| Västerås | 465 | 1 800 | 60 |', '| Totalt | 775 | 3 000 | 100 |', ''].join('\n'));
    expect(units(t!)).toEqual(['count', 'SEK', 'percent']);
    expect(values(t!, 0)).toEqual(['310', '465', '775']);
    expect(values(t!, 1)).toEqual(['1200000', '1800000', '3000000']);
  });

  it('keeps "Antal" under a "Belopp i tkr" group title as a count (HTML)', () => {
    const html = [
      '<table>',
      '<tr><th>Län</th><th colspan="2">Belopp i tkr</th></tr>',
      '<tr><th></th><th>Antal</th><th>Utbetalt</th></tr>',
      '<tr><td>Uppsala län</td><td>1 376</td><td>4 500</td></tr>',
      '<tr><td>Gotlands län</td><td>624</td><td>1 500</td></tr>',
      '<tr><td>Summa</td><td>2 000</td><td>6 000</td></tr>',
      '</table>',
    ].join('\n');
    const [t] = tablesOf('grupp.html', html);
    expect(units(t!)).toEqual(['count', 'SEK']);
    expect(values(t!, 0)).toEqual(['1376', '624', '2000']);
    expect(values(t!, 1)).toEqual(['4500000', '1500000', '6000000']);
  });

  it('keeps an "Index" column unscaled beside a cost column in thousands (spaced text)', () => {
    const text = [
      'Kostnader per verksamhet (tkr)',
      '',
      'Verksamhet          Antal årsarbetare    Kostnad    Index',
      'Tillsyn                          120      98 400      104',
      'Prövning                          45      31 200       98',
      'Totalt                           165     129 600      102',
      '',
    ].join('\n');
    const [t] = tablesOf('index.txt', text);
    expect(units(t!)).toEqual(['count', 'SEK', 'count']);
    expect(values(t!, 1)).toEqual(['98400000', '31200000', '129600000']);
    expect(values(t!, 2)).toEqual(['104', '98', '102']);
  });
});

/**
 * Social assistance per municipality: the households helped beside the amount paid. The households
 * are a count, not kronor, though the amounts around them are money. Tables written for this test.
 */
describe('households beside amounts of money', () => {
  const rows = [['Alby', '120', '4 800'], ['Beda', '80', '3 200'], ['Totalt', '200', '8 000']];
  for (const [layout, file, text] of [
    ['GFM', 'hh.md', ['| Kommun | Biståndshushåll | Utbetalt bistånd (tkr) |', '|---|---:|---:|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n')],
    ['one cell a line', 'hh.txt', [['Kommun', 'Bistånds-hushåll', 'Utbetalt ekonomiskt bistånd, kr'], ...rows].flat().join('\n\n') + '\n'],
  ] as const) {
    it(`reads the households as a count, ${layout}`, () => {
      const [t] = tablesOf(file, text);
      expect(units(t!)).toEqual(['count', 'SEK']);
      expect(values(t!, 0)).toEqual(['120', '80', '200']);
    });
  }
});
