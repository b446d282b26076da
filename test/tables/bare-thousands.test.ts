import { describe, expect, it } from 'vitest';
import { bareThousands } from '../../src/tables/bare-thousands.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statistics tables state thousands in a column's header alone ("Sysselsatta 1000-tal", "Kvinnor,
 * tusental"), with no "Antal" or money word beside it. Written for these tests in three layouts:
 * header cells run together in plain text, a pipe table, a tab table; figures made up.
 */
const read = (file: string, text: string) =>
  docOf({ file, text }).tables.map((t) => ({
    columns: t.columns.map((c) => [c.header.join(' / '), c.unit, c.scale]),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

describe('a header that states thousands alone', () => {
  it('scales the column, header cells run together in plain text', () => {
    const [t] = read('a.txt', 'Personal i hemtjänsten\n\nRegionAnställda 1000-talÅrsarbetare 1000-tal\nRegion Skåne 12,1 10,2\nRegion Halland 4,0 3,5\nSumma 16,1 13,7\n');
    expect(t!.columns).toEqual([
      ['Anställda 1000-tal', 'count', 1000],
      ['Årsarbetare 1000-tal', 'count', 1000],
    ]);
    expect(t!.rows.map((r) => r.slice(1))).toEqual([
      ['12100', '10200'],
      ['4000', '3500'],
      ['16100', '13700'],
    ]);
  });

  it('scales the column, a pipe table with a percent column beside', () => {
    const [t] = read('b.md', '| Näringsgren | Sysselsatta, tusental | Andel, procent |\n|---|---|---|\n| Jordbruk | 92 | 1,8 |\n| Industri | 512 | 10,1 |\n| Totalt | 604 | 11,9 |\n');
    expect(t!.columns).toEqual([
      ['Sysselsatta, tusental', 'count', 1000],
      ['Andel, procent', 'percent', 1],
    ]);
    expect(t!.rows[1]).toEqual(['Industri', '512000', '10.1']);
  });

  it('takes the money of the table beside it, a tab table under a unit line', () => {
    const [t] = read('c.txt', 'Bidrag per län, kronor\n\nLän\tBelopp (1 000-tal)\nKalmar län\t1 250\nGotlands län\t310\nSumma\t1 560\n');
    expect(t!.columns).toEqual([['Belopp (1 000-tal)', 'SEK', 1000]]);
    expect(t!.rows[2]).toEqual(['Summa', '1560000']);
  });
});

describe('bareThousands', () => {
  it('leaves money, rates and columns with no thousands alone', () => {
    expect(bareThousands('Belopp, tusental kronor', { unit: 'SEK', scale: 1000 }, null)).toEqual({ unit: 'SEK', scale: 1000 });
    expect(bareThousands('Per 1 000-tal invånare', null, null)).toBeNull();
    expect(bareThousands('Anställda', { unit: 'persons', scale: 1 }, null)).toEqual({ unit: 'persons', scale: 1 });
    expect(bareThousands('Tusentalsavgränsare', null, null)).toBeNull();
  });
});
