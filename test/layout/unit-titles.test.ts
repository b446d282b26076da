import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { unitTitles } from '../../src/layout/unit-titles.js';
import { docOf } from '../rules/rule-tester.js';

/** Header lines whose every column title ends in the same unit, copied with single spaces. Examples written for this test ("_" a no-break space). */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n').replace(/_/g, '\u00a0') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('unitTitles: the first title of several words among titles of one', () => {
  it('goes back to the capital that opens it, not a word into it', () => {
    expect(unitTitles('Konto Kommun Utbetalt under perioden, tkr 2010, tkr 2011, tkr')).toEqual({
      label: 'Konto Kommun',
      columns: ['Utbetalt under perioden, tkr', '2010, tkr', '2011, tkr'],
    });
    expect(unitTitles('Län Andel av alla sökande (%) Kvinnor (%) Män (%)')).toEqual({ label: 'Län', columns: ['Andel av alla sökande (%)', 'Kvinnor (%)', 'Män (%)'] });
  });
});

describe('column titles that each end in the unit', () => {
  it('cuts a line of twelve "title, Antal" at the unit, the first word the label column\'s', () => {
    const [t] = tablesOf([
      'Länsvis Kvalitet, Antal Budget, Antal Ersättning, Antal Netto, Antal Intäkter, Antal Utbetalt, Antal Prognos, Antal Bidrag, Antal Utveckling, Antal Kostnader, Antal Tillägg, Antal Beviljat, Antal',
      'Region Dalarna 12 35 24 90 24 10 61 87 5 15 16 29',
      'Region Norrbotten 15 91 60 39 6 71 79 10 27 3 5 93',
      'Region Gotland 20 14 8 11 33 2 40 7 18 22 9 1',
      'Hela landet 47 140 92 140 63 83 180 104 50 40 30 123',
    ]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual([
      'Kvalitet, Antal', 'Budget, Antal', 'Ersättning, Antal', 'Netto, Antal', 'Intäkter, Antal', 'Utbetalt, Antal',
      'Prognos, Antal', 'Bidrag, Antal', 'Utveckling, Antal', 'Kostnader, Antal', 'Tillägg, Antal', 'Beviljat, Antal',
    ]);
    expect(rowsOf(t!)[3]).toEqual(['Hela landet', '47', '140', '92', '140', '63', '83', '180', '104', '50', '40', '30', '123']);
  });

  it('cuts a line longer than a header line of words at "(tusental kronor)", under a code column and titles of three words', () => {
    const [t] = tablesOf([
      'Kod Kommun Utfall kvartal 1 (tusental kronor) Utfall kvartal 2 (tusental kronor) Utfall kvartal 3 (tusental kronor) Budget kvartal 1 (tusental kronor) Budget kvartal 2 (tusental kronor) Budget kvartal 3 (tusental kronor)',
      '0114 Upplands Väsby 12_400 11_950 13_020 12_000 12_000 12_500',
      '0115 Vallentuna 8_310 8_125 7_990 8_000 8_200 8_100',
      '0117 Österåker 9_870 10_240 9_915 10_000 10_000 10_100',
      '0120 Värmdö 10_520 10_300 10_880 10_400 10_400 10_600',
    ]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual([
      'Utfall kvartal 1 (tusental kronor)', 'Utfall kvartal 2 (tusental kronor)', 'Utfall kvartal 3 (tusental kronor)',
      'Budget kvartal 1 (tusental kronor)', 'Budget kvartal 2 (tusental kronor)', 'Budget kvartal 3 (tusental kronor)',
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Upplands Väsby', '12400000', '11950000', '13020000', '12000000', '12000000', '12500000'],
      ['Vallentuna', '8310000', '8125000', '7990000', '8000000', '8200000', '8100000'],
      ['Österåker', '9870000', '10240000', '9915000', '10000000', '10000000', '10100000'],
      ['Värmdö', '10520000', '10300000', '10880000', '10400000', '10400000', '10600000'],
    ]);
  });

  it('reads no titles where the unit closes one title only or runs into a word', () => {
    expect(unitTitles('Region Antal Belopp, tkr')).toBeNull();
    expect(unitTitles('Region Utfall (mnkr)Budget (mnkr)')).toBeNull();
    expect(unitTitles('Region 2019, tkr 2020, tkr')).toEqual({ label: 'Region', columns: ['2019, tkr', '2020, tkr'] });
  });
});
