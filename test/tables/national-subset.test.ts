import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { captionCounty, nationalSelection } from '../../src/tables/national-subset.js';
import { docOf, ruleTester } from '../rules/rule-tester.js';

/**
 * A national row ("Riket", "Hela riket") under rows that name only some regions: the rows may add
 * up to a county or a selection while the country counts more, so a mismatch either way is a
 * warning naming the doubt, but for a country below the sum of distinct counties in kronor or
 * heads: less than a part of itself, an error. Rows that name every county, or close with the rest
 * of the country, stay a certain sum. Figures made up for these tests, in three layouts.
 */
const SELECTION = (n: number): string =>
  `riksraden står under ${n} rader som namnger regioner, inte alla län eller kommuner, så den kan stå som jämförelse och inte som deras summa`;

const COUNTIES = ['Stockholms', 'Uppsala', 'Södermanlands', 'Östergötlands', 'Jönköpings', 'Kronobergs', 'Kalmar', 'Gotlands', 'Blekinge', 'Skåne', 'Hallands', 'Västra Götalands', 'Värmlands', 'Örebro', 'Västmanlands', 'Dalarnas', 'Gävleborgs', 'Västernorrlands', 'Jämtlands', 'Västerbottens', 'Norrbottens'];

ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // 610 + 802 + 301 + 540 = 2 253 against 2 253; 598 + 790 + 296 + 531 = 2 215 against 2 210.
      name: 'four counties above a "Riket" smaller than their sum, a pipe table',
      code: '| Region | 2022 | 2023 |\n|---|---|---|\n| Region Norrbotten | 610 | 598 |\n| Region Västerbotten | 802 | 790 |\n| Region Jämtland Härjedalen | 301 | 296 |\n| Region Västernorrland | 540 | 531 |\n| Riket | 2 253 | 2 210 |\n',
      findings: [{ severity: 'warning', message: `4 rader summerar till 2 215; summaraden anger 2 210 (skillnad 5) i kolumnen "2023" — osäker läsning: ${SELECTION(4)}` }],
    },
    {
      // The same counties in kronor: 61,0 + 80,2 + 30,1 + 54,0 = 225,3 mnkr against 224,8. The country cannot get less
      // than four of its counties (distinct, none negative), whatever the row stands for: an error.
      name: 'four counties in kronor above a "Riket" smaller than their sum, a pipe table',
      code: '| Region | Bidrag (mnkr) |\n|---|---|\n| Region Norrbotten | 61,0 |\n| Region Västerbotten | 80,2 |\n| Region Jämtland Härjedalen | 30,1 |\n| Region Västernorrland | 54,0 |\n| Riket | 224,8 |\n',
      findings: [{ severity: 'error', message: '4 rader summerar till 225 300 000 kr; summaraden anger 224 800 000 kr (skillnad 500 000 kr, avrundning tillåter ±250 000 kr) i kolumnen "Bidrag (mnkr)"' }],
    },
    {
      // 1 200 + 450 + 380 = 2 030 persons against 2 000 in the whole country.
      name: 'three municipalities above "Hela riket", a tab table',
      code: 'Kommun\tAntal personer\nUmeå\t1 200\nSkellefteå\t450\nLycksele\t380\nHela riket\t2 000\n',
      findings: [{ severity: 'warning', message: `3 rader summerar till 2 030 personer; summaraden anger 2 000 personer (skillnad 30 personer) i kolumnen "Antal personer" — osäker läsning: ${SELECTION(3)}` }],
    },
    {
      // 300 + 250 + 120 = 670 against 660: the rest of the country closes the rows, so a certain sum.
      name: 'regions and the rest of the country above "Riket" stay a certain sum, a tab table',
      code: 'Område\tAntal personer\nStockholm\t300\nGöteborg\t250\nÖvriga landet\t120\nRiket\t660\n',
      findings: [{ severity: 'error', message: '3 rader summerar till 670 personer; summaraden anger 660 personer (skillnad 10 personer) i kolumnen "Antal personer"' }],
    },
  ],
});

describe('nationalSelection', () => {
  const rowsOf = (text: string) => docOf({ file: 'case.txt', text }).tables[0]!.rows;

  it('counts the rows that name a region under a national row', () => {
    const rows = rowsOf('Län\tAntal\nKalmar län\t100\nGotlands län\t200\nOkänt län\t5\nHela riket\t290\n');
    expect(nationalSelection(rows.at(-1)!, rows.slice(0, -1))).toBe(2);
  });

  it('is null under every county, under rows that name no region, and for a row that is not national', () => {
    const all = rowsOf(`Län\tAntal\n${COUNTIES.map((c) => `${c} län\t10`).join('\n')}\nRiket\t210\n`);
    expect(nationalSelection(all.at(-1)!, all.slice(0, -1))).toBeNull();
    const kinds = rowsOf('Verksamhet\tAntal\nVerksamhet A\t10\nVerksamhet B\t20\nRiket\t30\n');
    expect(nationalSelection(kinds.at(-1)!, kinds.slice(0, -1))).toBeNull();
    const summa = rowsOf('Län\tAntal\nKalmar län\t100\nGotlands län\t200\nSumma\t300\n');
    expect(nationalSelection(summa.at(-1)!, summa.slice(0, -1))).toBeNull();
  });
});

/** Rows of kinds under a caption that names a county, closed by "Riket": two layouts, figures made up. */
const CAPTION_DOUBT = (county: string): string =>
  `tabellens rubrik nämner ${county}, så riksraden kan vara landets siffra bredvid länets rader och inte deras summa`;

ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // 4 100 + 12 800 + 3 900 = 20 800 against 20 600.
      name: 'ages under a caption naming a county, "Riket" below their sum, a pipe table',
      code: '## Arbetslösa efter ålder, Skåne län\n\n| Ålder | Personer |\n|---|---|\n| 16–24 år | 4 100 |\n| 25–54 år | 12 800 |\n| 55–64 år | 3 900 |\n| Riket | 20 600 |\n',
      findings: [{ severity: 'warning', message: `3 rader summerar till 20 800 personer; summaraden anger 20 600 personer (skillnad 200 personer) i kolumnen "Personer" — osäker läsning: ${CAPTION_DOUBT('Skåne län')}` }],
    },
    {
      // 310 + 290 = 600 against 590.
      name: 'kinds of care under a caption naming a county, "Hela riket" below their sum, a tab table',
      code: 'Tabell 2. Platser i särskilt boende i Västra Götalands län\n\nBoendeform\tAntal personer\nPermanent boende\t310\nKorttidsboende\t290\nHela riket\t590\n',
      findings: [{ severity: 'warning', message: `2 rader summerar till 600 personer; summaraden anger 590 personer (skillnad 10 personer) i kolumnen "Antal personer" — osäker läsning: ${CAPTION_DOUBT('Västra Götalands län')}` }],
    },
  ],
});

describe('captionCounty', () => {
  it('finds the county a caption names, and nothing in a caption without one', () => {
    expect(captionCounty('Arbetslösa efter ålder, Skåne län')).toBe('Skåne län');
    expect(captionCounty('Vårdplatser i Region Uppsala 2023')).toBe('Region Uppsala');
    expect(captionCounty('Arbetslösa efter ålder i hela landet')).toBeNull();
    expect(captionCounty(null)).toBeNull();
  });
});
