import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { ruleTester } from '../rules/rule-tester.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A county's municipalities and the county beside the whole country, or a few counties beside it:
 * the national row is a comparison, not their sum. Written in two layouts (cells one per
 * paragraph; a tab table) with figures made up for the tests.
 */
const cells = (...xs: string[]): string => `${xs.join('\n\n')}\n`;

ruleTester(columnTotal, {
  valid: [
    {
      // Costs per inhabitant: Mora 4 120 + Leksand 2 050 + Dalarnas län 3 300 = 9 470, over twice the
      // country's 3 900, yet Mora alone is above it: no sum. Lines with single spaces, as fact pages paste.
      name: 'figures per inhabitant of a few places and "Riket", single-spaced lines',
      code: 'Kostnader 2021\n\nKommun/Region Kronor per invånare\nMora 4 120\nLeksand 2 050\nDalarnas län 3 300\nRiket 3 900\n',
    },
  ],
  invalid: [
    // The national row beside a few regions is no sum of them and is not checked, but the rows are
    // a part of the country only: an info says so rather than nothing.
    {
      // Kumla 410 + Hallsberg 380 + Askersund 150 + Örebro län 2 900 = 3 840 against a Riket of 160 000: a comparison.
      name: 'municipalities, their county and "Riket", one cell a paragraph',
      code: cells('Kommun/Region', 'Antal 2023', 'Antal 2024', 'Kumla', '410', '395', 'Hallsberg', '380', '371', 'Askersund', '150', '149', 'Örebro län', '2 900', '2 870', 'Riket', '160 000', '158 500'),
      findings: [
        { severity: 'info', message: '4 rader summerar till 3 840; summaraden anger 160 000 (skillnad 156 160) i kolumnen "Antal 2023" — raderna namnger bara en del av landet (1 av 21 län) och riksraden är landets siffra som jämförelse, inte deras summa; summan kontrolleras inte' },
        { severity: 'info', message: '4 rader summerar till 3 785; summaraden anger 158 500 (skillnad 154 715) i kolumnen "Antal 2024" — raderna namnger bara en del av landet (1 av 21 län) och riksraden är landets siffra som jämförelse, inte deras summa; summan kontrolleras inte' },
      ],
    },
    {
      // 1 200 + 900 = 2 100 against 95 000 in the whole country.
      name: 'two counties and "Hela riket", a tab table',
      code: 'Län\tAntal personer\nNorrbottens län\t1 200\nVästerbottens län\t900\nHela riket\t95 000\n',
      findings: [{ severity: 'info', message: '2 rader summerar till 2 100 personer; summaraden anger 95 000 personer (skillnad 92 900 personer) i kolumnen "Antal personer" — raderna namnger bara en del av landet (2 av 21 län) och riksraden är landets siffra som jämförelse, inte deras summa; summan kontrolleras inte' }],
    },
    {
      // A year series of levels in a pipe table: 200 + 1 450 + 300 = 1 950 against 1 000 and
      // 210 + 1 500 + 320 = 2 030 against 1 050; each national figure below the largest row (and
      // far from the rows' plain mean, so no average either).
      name: 'levels of two counties and a municipality beside "Hela landet", a pipe table',
      code: '| Område | 2022 | 2023 |\n|---|---|---|\n| Umeå | 200 | 210 |\n| Västerbottens län | 1 450 | 1 500 |\n| Norrbottens län | 300 | 320 |\n| Hela landet | 1 000 | 1 050 |\n',
      findings: [
        { severity: 'info', message: '3 rader summerar till 1 950; summaraden anger 1 000 (skillnad 950) i kolumnen "2022" — raderna namnger bara en del av landet (2 av 21 län) och riksraden är landets siffra som jämförelse, inte deras summa; summan kontrolleras inte' },
        { severity: 'info', message: '3 rader summerar till 2 030; summaraden anger 1 050 (skillnad 980) i kolumnen "2023" — raderna namnger bara en del av landet (2 av 21 län) och riksraden är landets siffra som jämförelse, inte deras summa; summan kontrolleras inte' },
      ],
    },
    {
      // Every county listed: a national row below one of them is a total with a misprint, still checked.
      // The 21 counties add up to 2 100 + 20 × 100 = 4 100 against 1 900.
      name: 'all counties above a "Riket" smaller than one of them stay a sum',
      code: `Län\tAntal personer\n${['Stockholms län\t2 100', ...['Uppsala', 'Södermanlands', 'Östergötlands', 'Jönköpings', 'Kronobergs', 'Kalmar', 'Gotlands', 'Blekinge', 'Skåne', 'Hallands', 'Västra Götalands', 'Värmlands', 'Örebro', 'Västmanlands', 'Dalarnas', 'Gävleborgs', 'Västernorrlands', 'Jämtlands', 'Västerbottens', 'Norrbottens'].map((c) => `${c} län\t100`)].join('\n')}\nRiket\t1 900\n`,
      findings: [
        {
          severity: 'error',
          message: '21 rader summerar till 4 100 personer; summaraden anger 1 900 personer (skillnad 2 200 personer) i kolumnen "Antal personer"',
        },
      ],
    },
    {
      // A few counties that nearly reach the national figure: a total with rows left out, still checked.
      // 40 000 + 45 000 = 85 000 against 95 000.
      name: 'two counties that reach more than half of "Riket" stay a sum',
      code: 'Län\tAntal personer\nStockholms län\t40 000\nSkåne län\t45 000\nRiket\t95 000\n',
      findings: [
        {
          severity: 'warning',
          message:
            '2 rader summerar till 85 000 personer; summaraden anger 95 000 personer (skillnad 10 000 personer) i kolumnen "Antal personer" — osäker läsning: riksraden kan omfatta fler än de rader som står i tabellen (okänt län, utlandet)',
        },
      ],
    },
    {
      // Rows that are no regions say nothing about what the national row covers: still checked.
      // 10 + 20 = 30 against 400.
      name: 'rows that name no region under "Riket" stay a sum',
      code: 'Verksamhet\tAntal personer\nVerksamhet A\t10\nVerksamhet B\t20\nRiket\t400\n',
      findings: [
        {
          severity: 'warning',
          message:
            '2 rader summerar till 30 personer; summaraden anger 400 personer (skillnad 370 personer) i kolumnen "Antal personer" — osäker läsning: riksraden kan omfatta fler än de rader som står i tabellen (okänt län, utlandet)',
        },
      ],
    },
  ],
});

describe('the rows beside a national comparison row', () => {
  it('are read as the table shows them', () => {
    const [t] = docOf({ file: 'case.txt', text: 'Län\tAntal personer\nNorrbottens län\t1 200\nVästerbottens län\t900\nHela riket\t95 000\n' }).tables;
    expect(t!.rows.map((r) => [r.label, r.region?.code ?? null, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Norrbottens län', '25', '1200'],
      ['Västerbottens län', '24', '900'],
      ['Hela riket', null, '95000'],
    ]);
  });
});
