import { describe, expect, it } from 'vitest';
import { balanceSides, isAssetsSum, isClaimsSum } from '../../../src/rules/table/balance-sides.js';
import { findingsOf, ruleTester } from '../rule-tester.js';

/** Balance sheets written for this test in several layouts; the sides' sums checked by hand in the comments. */
describe('the sides of a balance sheet by their labels', () => {
  it('knows the assets sum in its wordings and nothing else', () => {
    for (const l of ['Summa tillgångar', 'SUMMA TILLGÅNGAR', 'S:a tillgångar', 'Tillgångar, totalt', 'Tillgångar totalt', 'Summa tillgångar (not 9)', 'Summa tillgångar:'])
      expect(isAssetsSum(l), l).toBe(true);
    for (const l of ['Tillgångar', 'TILLGÅNGAR', 'Summa omsättningstillgångar', 'Summa anläggningstillgångar', 'Summa finansiella tillgångar', 'Summa eget kapital, avsättningar och skulder'])
      expect(isAssetsSum(l), l).toBe(false);
  });

  it('knows the other side in its wordings and not its parts', () => {
    for (const l of [
      'Summa eget kapital, avsättningar och skulder',
      'SUMMA EGET KAPITAL OCH SKULDER',
      'Summa skulder och eget kapital',
      'Eget kapital och skulder, totalt',
      'S:a eget kapital, obeskattade reserver, avsättningar och skulder',
      'Summa eget kapital, minoritetsintresse, avsättningar och skulder',
    ])
      expect(isClaimsSum(l), l).toBe(true);
    for (const l of ['Summa eget kapital', 'Summa skulder', 'Summa avsättningar och skulder', 'EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', 'Summa eget kapital och skulder till kreditinstitut', 'Summa tillgångar'])
      expect(isClaimsSum(l), l).toBe(false);
  });
});

const gfm = (claims2024: string): string =>
  'Balansräkning, mnkr\n\n| Post | 2024 | 2023 |\n|---|---:|---:|\n' +
  '| Anläggningstillgångar | 5 600 | 5 300 |\n| Omsättningstillgångar | 1 000 | 900 |\n| Summa tillgångar | 6 600 | 6 200 |\n' +
  '| Eget kapital | 2 700 | 2 500 |\n| Avsättningar | 300 | 280 |\n| Skulder | 3 600 | 3 420 |\n' +
  `| Summa eget kapital, avsättningar och skulder | ${claims2024} | 6 200 |\n`;

const aligned = (claimsKoncern: string): string =>
  [
    'BALANSRÄKNING (tkr)',
    '',
    '                                      Kommunen            Koncernen',
    '                                    2022      2021      2022      2021',
    'TILLGÅNGAR',
    'Anläggningstillgångar             41 250    40 100    88 400    85 900',
    'Omsättningstillgångar              8 750     7 900    11 600    10 100',
    'SUMMA TILLGÅNGAR                  50 000    48 000   100 000    96 000',
    'SKULDER OCH EGET KAPITAL',
    'Eget kapital                      20 000    19 000    30 000    29 000',
    'Skulder                           30 000    29 000    70 000    67 000',
    `SUMMA SKULDER OCH EGET KAPITAL    50 000    48 000  ${claimsKoncern.padStart(8)}    96 000`,
    '',
  ].join('\n');

ruleTester(balanceSides, {
  valid: [
    // 5 600 + 1 000 = 6 600 = 2 700 + 300 + 3 600; 5 300 + 900 = 6 200 = 2 500 + 280 + 3 420.
    { name: 'GFM, two years: the sides are equal', code: [{ file: 'a.md', text: gfm('6 600') }] },
    // 41 250 + 8 750 = 50 000 = 20 000 + 30 000, and so on in every column.
    { name: 'aligned text, two groups of two years: the sides are equal', code: aligned('100 000') },
    {
      name: 'HTML, the sums named otherwise: the sides are equal',
      code: [
        {
          file: 'b.html',
          text:
            '<html><body><p>Balansräkning, belopp i tkr</p><table><tr><th>Post</th><th>2023</th></tr>' +
            '<tr><td>Tillgångar totalt</td><td>12 345</td></tr><tr><td>Eget kapital</td><td>4 000</td></tr><tr><td>Skulder</td><td>8 345</td></tr>' +
            '<tr><td>Eget kapital och skulder, totalt</td><td>12 345</td></tr></table></body></html>\n',
        },
      ],
    },
    {
      // Two sheets stacked in one table, each side closed by its grand total after a narrower sum:
      // 900 = 300 + 600 (kommunen), 1 500 = 500 + 1 000 (koncernen); "Summa eget kapital och skulder"
      // (850, 1 400) leaves out the provisions printed after it.
      name: 'aligned text, two sheets stacked: each assets sum against its own side\'s last sum',
      code: [
        'Balansräkning (mnkr)                              2023',
        'Kommunen',
        'Anläggningstillgångar                              700',
        'Omsättningstillgångar                              200',
        'Summa tillgångar                                   900',
        'Eget kapital                                       300',
        'Skulder                                            550',
        'Summa eget kapital och skulder                     850',
        'Avsättningar                                        50',
        'Summa eget kapital, avsättningar och skulder       900',
        'Koncernen',
        'Anläggningstillgångar                            1 200',
        'Omsättningstillgångar                              300',
        'Summa tillgångar                                 1 500',
        'Eget kapital                                       500',
        'Skulder                                            900',
        'Summa eget kapital och skulder                   1 400',
        'Avsättningar                                       100',
        'Summa eget kapital, avsättningar och skulder     1 500',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      // 6 600 against 6 650 in 2024: the other side is 50 mnkr larger.
      name: 'GFM: the sides differ in one year',
      code: [{ file: 'c.md', text: gfm('6 650') }],
      findings: [
        {
          severity: 'error',
          message:
            '"Summa tillgångar" anger 6 600 000 000 kr, men "Summa eget kapital, avsättningar och skulder" anger 6 650 000 000 kr (skillnad 50 000 000 kr, avrundning tillåter ±1 000 000 kr) i kolumnen "2024": balansräkningens sidor är inte lika stora',
          line: 11,
          expected: '6600000000',
          actual: '6650000000',
        },
      ],
    },
    {
      // Koncernen 2022: 100 000 against 101 000 tkr.
      name: 'aligned text: the sides differ in one group\'s year',
      code: aligned('101 000'),
      findings: [
        {
          severity: 'error',
          message: /^"SUMMA TILLGÅNGAR" anger 100 000 000 kr, men "SUMMA SKULDER OCH EGET KAPITAL" anger 101 000 000 kr \(skillnad 1 000 000 kr, avrundning tillåter ±1 000 kr\) i kolumnen "Koncernen \/ 2022": balansräkningens sidor är inte lika stora$/,
          line: 12,
          expected: '100000000',
          actual: '101000000',
        },
      ],
    },
    {
      // One decimal: 938,2 against 938,3 is within the rounding of two printed figures (±0,05 each).
      name: 'spaced figures with one decimal: a difference within rounding is an info',
      code: [{ file: 'd.md', text: '| Post | 2018 |\n|---|---|\n| Tillgångar | 938,2 |\n| Summa tillgångar | 938,2 |\n| Skulder | 938,3 |\n| Summa eget kapital och skulder | 938,3 |\n' }],
      findings: [{ severity: 'info', message: /^"Summa tillgångar" anger 938,2, men "Summa eget kapital och skulder" anger 938,3 \(skillnad 0,1, avrundning tillåter ±0,1\) i kolumnen "2018"/, line: 6 }],
    },
    {
      // 900 against 950: the side's last sum is taken, but a narrower one (850) stands above it, so
      // which row closes the side is a reading and the difference a warning that says so.
      name: 'aligned text, two sums of the other side: the last taken, the difference a warning',
      code: [
        'Balansräkning (mnkr)                              2023',
        'Anläggningstillgångar                              700',
        'Omsättningstillgångar                              200',
        'Summa tillgångar                                   900',
        'Eget kapital                                       300',
        'Skulder                                            550',
        'Summa eget kapital och skulder                     850',
        'Avsättningar                                        50',
        'Summa eget kapital, avsättningar och skulder       950',
        '',
      ].join('\n'),
      findings: [
        {
          severity: 'warning',
          message: /^"Summa tillgångar" anger 900 000 000 kr, men "Summa eget kapital, avsättningar och skulder" anger 950 000 000 kr .* — osäker läsning: sidan har flera summor av eget kapital och skulder, och den sista är tagen som sidans summa$/,
          expected: '900000000',
          actual: '950000000',
        },
      ],
    },
    {
      // A copy with single spaces between the figures: 938,0 against 940,0 mnkr in 2018, but which
      // figure stands in which column is a reading, so the difference is a warning.
      name: 'single-spaced text: the sides differ, the cells are a reading',
      code:
        'Balansräkning (mnkr) 2018 2017\n\nTILLGÅNGAR\nMateriella anläggningstillgångar 656,1 634,9\nOmsättningstillgångar 281,9 284,4\nSumma tillgångar 938,0 919,3\n\n' +
        'EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER\nEget kapital 330,4 380,3\nAvsättningar 143,2 114,4\nSkulder 466,4 424,6\nSumma eget kapital, avsättningar och skulder 940,0 919,3\n',
      findings: [
        {
          severity: 'warning',
          message: /^"Summa tillgångar" anger 938 000 000 kr, men "Summa eget kapital, avsättningar och skulder" anger 940 000 000 kr \(skillnad 2 000 000 kr, avrundning tillåter ±100 000 kr\) i kolumnen "2018": balansräkningens sidor är inte lika stora — osäker läsning: /,
          line: 12,
          expected: '938000000',
          actual: '940000000',
        },
      ],
    },
    {
      // Two HTML tables under the same columns, assets in the first, the other side in the second:
      // 4 100 against 4 000 tkr in 2023; 2022 balances (3 900 both).
      name: 'HTML, the sheet split into two tables: paired as a reading, a warning that says so',
      code: [
        {
          file: 'e.html',
          text:
            '<html><body><h2>Balansräkning</h2><h3>Tillgångar (tkr)</h3><table><tr><th>Post</th><th>2023</th><th>2022</th></tr>' +
            '<tr><td>Inventarier</td><td>1 100</td><td>1 000</td></tr><tr><td>Kassa och bank</td><td>3 000</td><td>2 900</td></tr>' +
            '<tr><td>Summa tillgångar</td><td>4 100</td><td>3 900</td></tr></table>' +
            '<h3>Eget kapital och skulder (tkr)</h3><table><tr><th>Post</th><th>2023</th><th>2022</th></tr>' +
            '<tr><td>Eget kapital</td><td>1 500</td><td>1 400</td></tr><tr><td>Skulder</td><td>2 500</td><td>2 500</td></tr>' +
            '<tr><td>Summa eget kapital och skulder</td><td>4 000</td><td>3 900</td></tr></table></body></html>\n',
        },
      ],
      findings: [
        {
          severity: 'warning',
          message: /^"Summa tillgångar" anger 4 100 000 kr, men "Summa eget kapital och skulder" anger 4 000 000 kr \(skillnad 100 000 kr, avrundning tillåter ±1 000 kr\) i kolumnen "2023": balansräkningens sidor är inte lika stora — osäker läsning: att de två tabellerna är samma balansräkning är läst ur deras rubriker$/,
          expected: '4100000',
          actual: '4000000',
        },
      ],
    },
  ],
});

it('pairs no split sheet whose tables were read in different units', () => {
  // The unit is read for the first table only (the second stands under a numbered title of its own):
  // its 4 100 tkr and the second's 4 000 (no unit read) are not compared.
  const text =
    '<html><body><h2>Balansräkning, tkr</h2><h3>Tillgångar</h3><table><tr><th>Post</th><th>2023</th></tr><tr><td>Kassa</td><td>4 100</td></tr><tr><td>Summa tillgångar</td><td>4 100</td></tr></table>' +
    '<h3>Tabell 2 Eget kapital och skulder</h3><table><tr><th>Post</th><th>2023</th></tr><tr><td>Skulder</td><td>4 000</td></tr><tr><td>Summa eget kapital och skulder</td><td>4 000</td></tr></table></body></html>\n';
  expect(findingsOf(balanceSides, [{ file: 'f.html', text }])).toEqual([]);
});
