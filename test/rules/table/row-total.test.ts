import { readFileSync } from 'node:fs';
import { rowTotal } from '../../../src/rules/table/row-total.js';
import { ruleTester } from '../rule-tester.js';

const seed = (n: string) => readFileSync(`corpus/${n}`, 'utf8');
const S000 = seed('000_cc938031a1688a8c.txt');
const S002 = seed('002_1364b70c4248b79d.txt');

ruleTester(rowTotal, {
  valid: [
    { name: 'seed 000: four components add up to Totalt on every row', code: S000 },
    { name: 'seed 002: Nära vård + Ambulans = Totalt; population is not a component', code: S002 },
    { name: 'no total column', code: 'Region\tA (kr)\tB (kr)\nUppsala\t1\t2\nSkåne\t3\t4\n' },
  ],
  invalid: [
    {
      name: 'seed 000 with Stockholm Totalt 354 016 003 → 354 016 030',
      code: S000.replace('278 560 864\t354 016 003', '278 560 864\t354 016 030'),
      findings: [
        {
          severity: 'error',
          message: 'raden "Stockholm": 4 kolumner summerar till 354 016 003 kr; kolumnen "Totalt" anger 354 016 030 kr (skillnad 27 kr)',
          line: 52,
          expected: '354016030',
          actual: '354016003',
        },
      ],
    },
    {
      name: 'seed 002 with Uppsala Ambulans 1 860 843 → 1 860 834',
      code: S002.replace('85 386 508\t1 860 843', '85 386 508\t1 860 834'),
      findings: [
        {
          severity: 'error',
          message: 'raden "Region Uppsala": 2 kolumner summerar till 87 247 342 kr; kolumnen "Totalt (kronor)" anger 87 247 351 kr (skillnad 9 kr)',
          expected: '87247351',
          actual: '87247342',
        },
      ],
    },
  ],
});

/** A row with a blank among its components is uncertain: a mismatch is a warning that says why. */
ruleTester(rowTotal, {
  valid: [],
  invalid: [
    {
      // 100 + 5 = 105 against 110; the investment cell is "<5". Row B: 50 + 20 + 30 = 100.
      name: 'a "<5" component',
      code: 'Post\tDrift (kr)\tInvestering (kr)\tÖvrigt (kr)\tTotalt (kr)\nA\t100\t<5\t5\t110\nB\t50\t20\t30\t100\n',
      findings: [
        {
          severity: 'warning',
          message: 'raden "A": 2 kolumner summerar till 105 kr; kolumnen "Totalt (kr)" anger 110 kr (skillnad 5 kr) — osäker läsning: cellen "<5" i kolumnen "Investering (kr)" är inget säkert tal',
        },
      ],
    },
    {
      name: 'a component given as text ("Ryms inom befintlig ram")',
      code: 'Post\tDrift (kr)\tInvestering (kr)\tÖvrigt (kr)\tTotalt (kr)\nA\t100\tRyms inom befintlig ram\t5\t110\nB\t50\t20\t30\t100\n',
      findings: [{ severity: 'warning', message: /— osäker läsning: cellen "Ryms inom befintlig ram" i kolumnen "Investering \(kr\)" är inget säkert tal$/ }],
    },
    {
      name: 'every component a number: an error',
      code: 'Post\tDrift (kr)\tInvestering (kr)\tÖvrigt (kr)\tTotalt (kr)\nA\t100\t3\t5\t110\n',
      findings: [{ severity: 'error', message: 'raden "A": 3 kolumner summerar till 108 kr; kolumnen "Totalt (kr)" anger 110 kr (skillnad 2 kr)' }],
    },
    {
      // 1 203 + 1 100 = 2 303 against 2 304: means rounded one by one, as the note says.
      name: 'counts the document calls means: a warning that quotes the note',
      code: 'Stadsdel\tMän (antal)\tKvinnor (antal)\tTotalt (antal)\nCentrum\t1 203\t1 100\t2 304\nSöder\t1 150\t1 020\t2 170\n\nAnm. Årsvärdena är medeltal av kvartalsvärdena.\n',
      findings: [
        {
          severity: 'warning',
          message:
            'raden "Centrum": 2 kolumner summerar till 2 303; kolumnen "Totalt (antal)" anger 2 304 (skillnad 1) — osäker läsning: kolumnerna är antal, och att de är totalens delar är antaget ur rubrikerna; dokumentet anger att summan kan avvika ("Årsvärdena är medeltal av kvartalsvärdena.")',
        },
      ],
    },
    {
      // 40 + 61 = 101 against 100 in a money table whose note says parts need not add up.
      name: 'a note that the figures "summerar därför inte alltid"',
      code: 'Beloppen är avrundade och summerar därför inte alltid.\n\nPost\tDrift (kr)\tÖvrigt (kr)\tTotalt (kr)\nA\t40\t61\t100\n',
      findings: [{ severity: 'warning', message: /^raden "A": 2 kolumner summerar till 101 kr; kolumnen "Totalt \(kr\)" anger 100 kr \(skillnad 1 kr\) — osäker läsning: dokumentet anger att summan kan avvika/ }],
    },
  ],
});

/**
 * Percent columns under a percent total column (tax rates) add up where most complete rows show
 * it; a total of percents that is a weighted mean is left alone. Written for this test.
 */
ruleTester(rowTotal, {
  valid: [
    // 5,1 and 4,7 give 4,9: a mean, not a sum, in every row; nothing is checked.
    { name: 'GFM: a percent total that is a mean of its columns', code: [{ file: 'p.md', text: '| Län | Män (%) | Kvinnor (%) | Totalt (%) |\n|---|---|---|---|\n| Norr | 5,1 | 4,7 | 4,9 |\n| Söder | 6,0 | 5,2 | 5,6 |\n| Väst | 4,4 | 4,0 | 4,2 |\n' }] },
  ],
  invalid: [
    {
      // 21,10 + 11,40 = 32,50 and 22,00 + 11,55 = 33,55 add up; 20,95 + 11,40 = 32,35 against 32,36 is within the
      // rounding of three figures with two decimals; 19,80 + 11,55 = 31,35 against 31,85 is not.
      name: 'tab-separated tax rates: one row within rounding, one off',
      code: 'Kommun\tKommunal skatt (%)\tRegional skatt (%)\tTotal skatt (%)\nAby\t21,10\t11,40\t32,50\nBro\t20,95\t11,40\t32,36\nCeda\t22,00\t11,55\t33,55\nDal\t19,80\t11,55\t31,85\n',
      findings: [
        { severity: 'info', message: 'raden "Bro": 2 kolumner summerar till 32,35 %; kolumnen "Total skatt (%)" anger 32,36 % (skillnad 0,01 %, avrundning tillåter ±0,015 %) — stämmer inom avrundningen', line: 3 },
        {
          severity: 'warning',
          message: 'raden "Dal": 2 kolumner summerar till 31,35 %; kolumnen "Total skatt (%)" anger 31,85 % (skillnad 0,5 %, avrundning tillåter ±0,015 %) — osäker läsning: kolumnerna är procent, och att totalen är deras summa är läst ur rubrikerna och de rader som går ihop',
          line: 5,
        },
      ],
    },
    {
      // GFM, the total first and a part blank ("."): 1,10 + 0,40 + 0,20 = 1,70 and 1,00 + 0,50 + 0,25 = 1,75 add up;
      // 0,90 + 0,45 = 1,35 (the third part not given) against 1,55 is a warning naming the blank.
      name: 'GFM fees in percent with the total column first',
      code: [{ file: 'f.md', text: '| Fond | Totalt (%) | Förvaltning (%) | Depå (%) | Övrigt (%) |\n|---|---|---|---|---|\n| A | 1,70 | 1,10 | 0,40 | 0,20 |\n| B | 1,75 | 1,00 | 0,50 | 0,25 |\n| C | 1,55 | 0,90 | 0,45 | . |\n' }],
      findings: [
        {
          severity: 'warning',
          message:
            'raden "C": 2 kolumner summerar till 1,35 %; kolumnen "Totalt (%)" anger 1,55 % (skillnad 0,2 %, avrundning tillåter ±0,015 %) — osäker läsning: cellen "." i kolumnen "Övrigt (%)" är inget säkert tal; kolumnerna är procent, och att totalen är deras summa är läst ur rubrikerna och de rader som går ihop',
          line: 5,
        },
      ],
    },
  ],
});

/** A total column that states no unit, beside count columns of one unit, is read in their unit. Written for this test. */
const COUNT_DOUBT = 'kolumnerna är antal, och att de är totalens delar är antaget ur rubrikerna';
ruleTester(rowTotal, {
  valid: [{ name: 'HTML: every row adds up', code: [{ file: 'e.html', text: '<table><tr><th>Skola</th><th>Elever (antal) ht</th><th>Elever (antal) vt</th><th>Totalt</th></tr><tr><td>Ek</td><td>210</td><td>190</td><td>400</td></tr><tr><td>Ask</td><td>88</td><td>92</td><td>180</td></tr></table>' }] }],
  invalid: [
    {
      // 88 + 92 = 180 ≠ 170.
      name: 'HTML: a pupil count with a wrong total',
      code: [{ file: 'e.html', text: '<table><tr><th>Skola</th><th>Elever (antal) ht</th><th>Elever (antal) vt</th><th>Totalt</th></tr><tr><td>Ek</td><td>210</td><td>190</td><td>400</td></tr><tr><td>Ask</td><td>88</td><td>92</td><td>170</td></tr></table>' }],
      findings: [{ severity: 'warning', message: `raden "Ask": 2 kolumner summerar till 180; kolumnen "Totalt" anger 170 (skillnad 10) — osäker läsning: ${COUNT_DOUBT}; kolumnen "Totalt" anger ingen enhet och är läst i sina delars enhet` }],
    },
    {
      // 5 + 6 = 11 ≠ 12.
      name: 'GFM: counts per year and a "Summa" column',
      code: [{ file: 's.md', text: '| Län | Antal 2022 | Antal 2023 | Summa |\n|---|---|---|---|\n| Norr | 10 | 12 | 22 |\n| Söder | 5 | 6 | 12 |\n' }],
      findings: [
        {
          severity: 'warning',
          message: `raden "Söder": 2 kolumner summerar till 11; kolumnen "Summa" anger 12 (skillnad 1) — osäker läsning: ${COUNT_DOUBT}; kolumnen "Summa" anger ingen enhet och är läst i sina delars enhet; tabellen anger ingen enhet; skillnaden ryms i en sådan avrundning`,
          line: 4,
        },
      ],
    },
  ],
});

// Zero-led numbers under a header of their own are read as figures, but they may be codes: a row
// that does not add up over them is a warning naming the cell, never an error (two layouts).
const maybeCode = (row: string, sum: string, total: string, diff: string, cell: string, column: string, totalColumn: string) =>
  `raden "${row}": 2 kolumner summerar till ${sum} kr; kolumnen "${totalColumn}" anger ${total} kr (skillnad ${diff} kr) — osäker läsning: cellen "${cell}" i kolumnen "${column}" är inget säkert tal`;
ruleTester(rowTotal, {
  valid: [],
  invalid: [
    {
      name: 'tab layout: "Län" column of county numbers beside the amounts',
      code: 'Region\tLän\tBidrag (kr)\tTotalt (kr)\nKalmar\t08\t100\t100\nGotland\t09\t200\t200\nHalland\t013\t300\t300\n',
      findings: [
        { severity: 'warning', message: maybeCode('Kalmar', '108', '100', '8', '08', 'Län', 'Totalt (kr)'), line: 2 },
        { severity: 'warning', message: maybeCode('Gotland', '209', '200', '9', '09', 'Län', 'Totalt (kr)'), line: 3 },
        { severity: 'warning', message: maybeCode('Halland', '313', '300', '13', '013', 'Län', 'Totalt (kr)'), line: 4 },
      ],
    },
    {
      name: 'GFM layout: "Område" numbers beside the amounts',
      code: [{ file: 'case.md', text: '| Kommun | Område | Medel (kr) | Summa (kr) |\n|---|---:|---:|---:|\n| Borgholm | 0885 | 1 250 | 1 250 |\n| Mörbylånga | 0840 | 2 375 | 2 375 |\n' }],
      findings: [
        { severity: 'warning', message: maybeCode('Borgholm', '2 135', '1 250', '885', '0885', 'Område', 'Summa (kr)'), line: 3 },
        { severity: 'warning', message: maybeCode('Mörbylånga', '3 215', '2 375', '840', '0840', 'Område', 'Summa (kr)'), line: 4 },
      ],
    },
  ],
});

/**
 * A last column no header names a total, but the sum of the others exactly in at least three
 * rows and half the complete rows: read as the total, at most a warning. Written for this test.
 */
const EVIDENT_ROWS = (exact: number, complete: number): string => `att sista kolumnen är radens summa är läst ur att den är det exakt i ${exact} av ${complete} rader; ingen rubrik säger det`;
ruleTester(rowTotal, {
  valid: [
    // 100 + 50 = 150, 80 + 20 = 100, 60 + 30 = 90, 200 + 70 = 270.
    { name: 'tab-separated without a header: every row adds up', code: 'Kalmar\t100\t50\t150\nGotland\t80\t20\t100\nBlekinge\t60\t30\t90\nSkåne\t200\t70\t270\n' },
    // Only two rows add up: no evidence that the last column is a total.
    { name: 'GFM: a last column that adds up in two rows only', code: [{ file: 'n.md', text: '| Kommun | Skola | Vård | Netto |\n|---|---|---|---|\n| Ale | 12,5 | 30,1 | 42,6 |\n| Borås | 40,0 | 61,2 | 101,2 |\n| Lerum | 22,4 | 35,0 | 50,0 |\n| Mölndal | 31,0 | 44,9 | 70,0 |\n' }] },
  ],
  invalid: [
    {
      // Skåne: 200 + 70 = 270 against 280; the three other rows add up exactly.
      name: 'tab-separated without a header: one row off',
      code: 'Kalmar\t100\t50\t150\nGotland\t80\t20\t100\nBlekinge\t60\t30\t90\nSkåne\t200\t70\t280\n',
      findings: [{ severity: 'warning', message: `raden "Skåne": 2 kolumner summerar till 270; kolumnen "3" anger 280 (skillnad 10) — osäker läsning: ${EVIDENT_ROWS(3, 4)}`, line: 4 }],
    },
    {
      // Ale, Borås, Lerum exact; Mölndal 31,0 + 44,9 = 75,9 against 75,8 (rounding); Partille 18,3 + 20,0 = 38,3 against 40,3.
      name: 'GFM: a "Netto" column, one row within rounding and one off',
      code: [{ file: 'n.md', text: '| Kommun | Skola | Vård | Netto |\n|---|---|---|---|\n| Ale | 12,5 | 30,1 | 42,6 |\n| Borås | 40,0 | 61,2 | 101,2 |\n| Lerum | 22,4 | 35,0 | 57,4 |\n| Mölndal | 31,0 | 44,9 | 75,8 |\n| Partille | 18,3 | 20,0 | 40,3 |\n' }],
      findings: [
        { severity: 'info', message: 'raden "Mölndal": 2 kolumner summerar till 75,9; kolumnen "Netto" anger 75,8 (skillnad 0,1, avrundning tillåter ±0,1) — stämmer inom avrundningen', line: 6 },
        { severity: 'warning', message: `raden "Partille": 2 kolumner summerar till 38,3; kolumnen "Netto" anger 40,3 (skillnad 2, avrundning tillåter ±0,1) — osäker läsning: ${EVIDENT_ROWS(3, 5)}`, line: 7 },
      ],
    },
  ],
});

/**
 * A first column no header names a total ("Hela länet", "Alla slag"), the sum of the columns after
 * it exactly in at least three rows and half the complete rows: read as the total, at most a
 * warning. Written for this test, in two layouts.
 */
const EVIDENT_FIRST = (exact: number, complete: number): string => `att första kolumnen är radens summa är läst ur att den är det exakt i ${exact} av ${complete} rader; ingen rubrik säger det`;
ruleTester(rowTotal, {
  valid: [
    // 150 = 100 + 50, 100 = 80 + 20, 90 = 60 + 30, 270 = 200 + 70.
    { name: 'tab-separated, total first: every row adds up', code: 'Kalmar\t150\t100\t50\nGotland\t100\t80\t20\nBlekinge\t90\t60\t30\nSkåne\t270\t200\t70\n' },
    // First column adds up in two rows only (Ale 42,6 = 12,5 + 30,1; Borås 101,2 = 40,0 + 61,2): no evidence.
    { name: 'GFM: a first column that adds up in two rows only', code: [{ file: 'f.md', text: '| Kommun | Hela länet | Skola | Vård |\n|---|---|---|---|\n| Ale | 42,6 | 12,5 | 30,1 |\n| Borås | 101,2 | 40,0 | 61,2 |\n| Lerum | 50,0 | 22,4 | 35,0 |\n| Mölndal | 70,0 | 31,0 | 44,9 |\n' }] },
  ],
  invalid: [
    {
      // Skåne: 200 + 70 = 270 against 280 in the first column; the three other rows add up exactly.
      name: 'tab-separated, total first: one row off',
      code: 'Kalmar\t150\t100\t50\nGotland\t100\t80\t20\nBlekinge\t90\t60\t30\nSkåne\t280\t200\t70\n',
      findings: [{ severity: 'warning', message: `raden "Skåne": 2 kolumner summerar till 270; kolumnen "1" anger 280 (skillnad 10) — osäker läsning: ${EVIDENT_FIRST(3, 4)}`, line: 4 }],
    },
    {
      // "Alla slag" first: Ale, Borås, Lerum exact over three parts; Partille 5,0 + 18,3 + 20,0 = 43,3 against 45,3.
      name: 'GFM: an "Alla slag" column first, one row off',
      code: [{ file: 'f.md', text: '| Kommun | Alla slag | Skola | Vård | Övrigt |\n|---|---|---|---|---|\n| Ale | 44,6 | 12,5 | 30,1 | 2,0 |\n| Borås | 102,2 | 40,0 | 61,2 | 1,0 |\n| Lerum | 60,4 | 22,4 | 35,0 | 3,0 |\n| Partille | 45,3 | 5,0 | 18,3 | 20,0 |\n' }],
      findings: [{ severity: 'warning', message: `raden "Partille": 3 kolumner summerar till 43,3; kolumnen "Alla slag" anger 45,3 (skillnad 2, avrundning tillåter ±0,1) — osäker läsning: ${EVIDENT_FIRST(3, 4)}`, line: 6 }],
    },
  ],
});

// A column headed by a sum of its own ("Summa tillgångar", "Summa skulder") beside other key
// figures is no total of them: written for this test in two layouts, two value columns before it.
// 480 + 35 ≠ 2 100 and 120 + 6 ≠ 900: nothing to check. Where most rows do add up ("Summa
// kostnader" = Personal + Lokaler: 300 + 120 = 420, 210 + 90 = 300), the one that does not is reported.
ruleTester(rowTotal, {
  valid: [
    {
      name: 'tab-separated key figures with a column "Summa tillgångar"',
      code: 'Bransch, mnkr\tOmsättning\tÅrets resultat\tSumma tillgångar\nEnergi\t480\t35\t2 100\nFastigheter\t120\t6\t900\nVatten\t75\t-2\t640\n',
    },
    {
      name: 'GFM key figures with a column "Summa skulder"',
      code: [{ file: 'k.md', text: '| Bolag (tkr) | Intäkter | Eget kapital | Summa skulder |\n|---|---:|---:|---:|\n| Hamnen AB | 5 200 | 1 800 | 9 400 |\n| Bostäder AB | 61 000 | 22 000 | 310 000 |\n' }],
    },
  ],
  invalid: [
    {
      name: 'tab-separated: "Summa kostnader" adds up on two rows and not on the third (150 + 60 = 210, not 201)',
      code: 'Förvaltning, tkr\tPersonal\tLokaler\tSumma kostnader\nSkola\t300\t120\t420\nVård\t210\t90\t300\nKultur\t150\t60\t201\n',
      findings: [{ severity: 'error', message: 'raden "Kultur": 2 kolumner summerar till 210 000 kr; kolumnen "Summa kostnader" anger 201 000 kr (skillnad 9 000 kr, avrundning tillåter ±1 500 kr)', line: 4 }],
    },
    {
      name: 'GFM: "Summa kostnader" adds up on two rows and not on the third',
      code: [{ file: 'c.md', text: '| Förvaltning (tkr) | Personal | Lokaler | Summa kostnader |\n|---|---:|---:|---:|\n| Skola | 300 | 120 | 420 |\n| Vård | 210 | 90 | 300 |\n| Kultur | 150 | 60 | 201 |\n' }],
      findings: [{ severity: 'error', message: 'raden "Kultur": 2 kolumner summerar till 210 000 kr; kolumnen "Summa kostnader" anger 201 000 kr (skillnad 9 000 kr, avrundning tillåter ±1 500 kr)', line: 5 }],
    },
  ],
});
