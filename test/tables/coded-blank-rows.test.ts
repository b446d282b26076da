import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Region tables with a code column where a region gives no figure, written for this test. */
const rowsOf = (text: string, file = 'k.md') =>
  docOf({ file, text }).tables.map((t) => t.rows.map((r) => [r.code ?? null, r.label, r.kind, r.region?.name ?? null]));

const COUNTIES = (sum: string) => ['# Bidrag', '', 'Belopp i kronor.', '', '| Kod | Län | Belopp |', '|---|---|---|', '| 10 | Blekinge län | 1 200 |', '| 20 | Dalarnas län | |', '| 09 | Gotlands län | 800 |', `| | Summa | ${sum} |`, ''].join('\n');

describe('a coded region with no figure', () => {
  it('is a data row with its region among regions coded alike (a table of cells)', () => {
    expect(rowsOf(COUNTIES('2 000'))).toEqual([
      [
        ['10', 'Blekinge län', 'data', 'Region Blekinge'],
        ['20', 'Dalarnas län', 'data', 'Region Dalarna'],
        ['09', 'Gotlands län', 'data', 'Region Gotland'],
        [null, 'Summa', 'total', null],
      ],
    ]);
  });

  it('is a data row in single-spaced lines too', () => {
    const text = ['Avvikelse per region, miljoner kronor', '', 'Kod Avvikelse', '13 Region Halland 31', '23 Region Jämtland Härjedalen', '12 Region Skåne 18', 'Summa 49', ''].join('\n');
    expect(rowsOf(text, 'k.txt')).toEqual([
      [
        ['13', 'Region Halland', 'data', 'Region Halland'],
        ['23', 'Region Jämtland Härjedalen', 'data', 'Region Jämtland Härjedalen'],
        ['12', 'Region Skåne', 'data', 'Region Skåne'],
        [null, 'Summa', 'total', null],
      ],
    ]);
  });

  it('makes a sum that disagrees a warning naming the row', () => {
    // 1 200 + 800 = 2 000 against 2 100: Dalarnas län gives no figure, so the sum is uncertain.
    const found = findingsOf(columnTotal, [{ file: 'k.md', text: COUNTIES('2 100') }]);
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['warning', '2 rader summerar till 2 000 kr; summaraden anger 2 100 kr (skillnad 100 kr) i kolumnen "Belopp" — osäker läsning: raden "Dalarnas län" saknar värde i kolumnen'],
    ]);
  });

  it('stays a heading when coded otherwise than the rows under it (a county over its municipalities)', () => {
    const text = ['# Bidrag', '', 'Belopp i kronor.', '', '| Kod | Område | Belopp |', '|---|---|---|', '| 01 | Stockholms län | |', '| 0114 | Upplands Väsby | 1 200 |', '| 0115 | Vallentuna | 800 |', '| 03 | Uppsala län | |', '| 0305 | Håbo | 500 |', '| | Summa | 2 500 |', ''].join('\n');
    expect(rowsOf(text).flat().filter((r) => r[2] === 'other').map((r) => r[1])).toEqual(['Stockholms län', 'Uppsala län']);
  });
});
