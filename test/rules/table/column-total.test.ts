import { readFileSync } from 'node:fs';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../rule-tester.js';

const seed = (n: string) => readFileSync(`corpus/${n}`, 'utf8');
const S001 = seed('001_e7b5af15c7845b07.txt');

ruleTester(columnTotal, {
  valid: [
    { name: 'seed 000 (Riket row)', code: seed('000_cc938031a1688a8c.txt') },
    { name: 'seed 001 (Summa row)', code: S001 },
    { name: 'seed 002 (two Bilaga tables with bold Totalt)', code: seed('002_1364b70c4248b79d.txt') },
    { name: 'a table without a total row', code: 'Region\tBelopp (kr)\nUppsala\t10\nSkåne\t20\n' },
    { name: 'varav rows are not counted twice', code: 'Post\tBelopp (kr)\nA\t100\nvarav X\t40\nB\t50\nSumma\t150\n' },
  ],
  invalid: [
    {
      name: 'seed 001 with Kalmar 77 624 347 → 77 624 374',
      code: S001.replace('Kalmar\t77 624 347', 'Kalmar\t77 624 374'),
      findings: [
        {
          severity: 'error',
          message: '21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr) i kolumnen "Fördelade medel (kr)"',
          line: 80,
          column: 7,
          expected: '3000000000',
          actual: '3000000027',
        },
      ],
    },
    {
      name: 'seed 001 without its Gotland row',
      code: S001.replace('Gotland\t19 956 824\n', ''),
      findings: [{ severity: 'error', message: /^20 rader summerar till 2 980 043 176 kr; summaraden anger 3 000 000 000 kr \(skillnad 19 956 824 kr\)/, expected: '3000000000', actual: '2980043176' }],
    },
    {
      name: 'a table in millions that meets only within its rounding is an info',
      code: 'Tabell 3. Medel\n\nPost\tMiljoner kronor\nA\t1,4\nB\t1,4\nSumma\t2,9\n',
      findings: [{ severity: 'info', message: /^2 rader summerar till 2 800 000 kr; summaraden anger 2 900 000 kr \(skillnad 100 000 kr, avrundning tillåter ±150 000 kr\)/ }],
    },
  ],
});

/**
 * Certain errors: the plausible structures of a table are tried before a mismatch is called,
 * and a mismatch is an error only when the reading is certain. Each structure and each doubt
 * in two wordings or layouts, written for these tests (sums checked by hand in the comments).
 */
ruleTester(columnTotal, {
  valid: [
    // 100 + 50 − 30 = 120, the correction written as a negative amount.
    { name: 'a negative adjustment row netted by the sum', code: 'Post\tBelopp (kr)\nA\t100\nB\t50\nKorrigering\t-30\nSumma\t120\n' },
    // 75 + 1 200 + 45 = 1 320: the numbers of cells with a note.
    { name: 'cells with a note are read by their number', code: 'Skola\tAntal elever\nA\t75 (varav 40 under 2025)\nB\t1 200*\nC\t45¹\nTotalt\t1 320\n' },
    // Codes 08 + 09 would add 17; they are labels.
    { name: 'a code column is not summed', code: 'Län\tLänskod\tBelopp (kr)\nKalmar\t08\t100\nGotland\t09\t200\nSumma\t\t300\n' },
  ],
  invalid: [
    {
      // 150 + 50 = 200: "Summa" closes each section, "SUMMA TOTALT" adds the sections.
      name: 'sections closed by "Summa" and a grand total (tab-separated)',
      code: 'Post\tBelopp (kr)\nLöner\t100\nHyror\t50\nSumma\t150\nResor\t20\nMaterial\t30\nSumma\t50\nSUMMA TOTALT\t200\n',
      findings: [
        {
          severity: 'info',
          message: '2 rader summerar till summaraden "SUMMA TOTALT" (200 kr) om summaraderna avslutar avsnitt och totalen summerar avsnitten i kolumnen "Belopp (kr)"',
          line: 8,
        },
      ],
    },
    {
      // 150 + 20 = 170 tkr.
      name: 'sections closed by "Summa" and a grand total (GFM)',
      code: [{ file: 'c.md', text: '| Post | Belopp (tkr) |\n|---|---|\n| Löner | 100 |\n| Hyror | 50 |\n| Summa | 150 |\n| Resor | 20 |\n| Summa | 20 |\n| Totalt | 170 |\n' }],
      findings: [
        {
          severity: 'info',
          message: '2 rader summerar till summaraden "Totalt" (170 000 kr) om summaraderna avslutar avsnitt och totalen summerar avsnitten i kolumnen "Belopp (tkr)"',
        },
      ],
    },
    {
      // 100 + 50 − 30 = 120.
      name: 'an "Avgår …" row netted by the next subtotal',
      code: 'Post\tBelopp (kr)\nBidrag A\t100\nBidrag B\t50\nAvgår tidigare beslutat\t30\nSumma att betala ut\t120\n',
      findings: [{ severity: 'info', message: '3 rader summerar till delsumman "Summa att betala ut" (120 kr) om avdragsraderna dras av i kolumnen "Belopp (kr)"' }],
    },
    {
      // 500 − 200 = 300; then 300 + 100 = 400 (the total as the subtotal plus the rows after it).
      name: 'a "Minus tidigare utbetalt" row, a subtotal, more rows and a grand total',
      code: 'Post\tBelopp (kr)\nRam 2024\t500\nMinus tidigare utbetalt\t200\nDelsumma\t300\nTillkommande medel\t100\nTotalt\t400\n',
      findings: [{ severity: 'info', message: '2 rader summerar till delsumman "Delsumma" (300 kr) om avdragsraderna dras av i kolumnen "Belopp (kr)"' }],
    },
    {
      // 100 + 50 = 150 would make "Personal" a subtotal (150 + 20 = 170), but its label does not say so:
      // the rows as printed give 320, and the fit only makes the mismatch uncertain.
      name: 'a row that is the sum of the rows above it, unlabelled, does not silence the mismatch',
      code: 'Post\tBelopp (kr)\nA\t100\nB\t50\nPersonal\t150\nC\t20\nTotalt\t170\n',
      findings: [
        {
          severity: 'warning',
          message:
            '4 rader summerar till 320 kr; summaraden anger 170 kr (skillnad 150 kr) i kolumnen "Belopp (kr)" — osäker läsning: summan stämmer om rader som råkar vara summan av raderna ovanför dem är delsummor, vilket etiketterna inte säger',
        },
      ],
    },
    {
      name: 'a total printed above its parts that reconciles',
      code: 'Post\tBelopp (kr)\nTotalt\t300\nA\t100\nB\t200\n',
      findings: [{ severity: 'info', message: '2 rader summerar till summaraden "Totalt" (300 kr) om summan står ovanför sina delar i kolumnen "Belopp (kr)"', line: 2 }],
    },
    {
      name: 'a total printed above its parts that does not reconcile is a warning: the structure is a guess',
      code: 'Post\tBelopp (kr)\nTotalt\t310\nA\t100\nB\t200\n',
      findings: [
        {
          severity: 'warning',
          message: '2 rader summerar till 300 kr; summaraden anger 310 kr (skillnad 10 kr) i kolumnen "Belopp (kr)" — osäker läsning: summan står ovanför raderna och kan avse något annat',
          expected: '310',
          actual: '300',
        },
      ],
    },
    {
      // 12 + 30 = 42 against 50; "<5" is a suppressed count.
      name: 'a "<5" cell makes a mismatch a warning',
      code: 'Region\tAntal personer\nKalmar\t12\nGotland\t<5\nBlekinge\t30\nSumma\t50\n',
      findings: [
        {
          severity: 'warning',
          message: '2 rader summerar till 42 personer; summaraden anger 50 personer (skillnad 8 personer) i kolumnen "Antal personer" — osäker läsning: cellen "<5" i raden "Gotland" är inget säkert tal',
        },
      ],
    },
    {
      name: 'a ".." cell makes a mismatch a warning',
      code: 'Region\tBelopp (kr)\nKalmar\t12 000\nGotland\t..\nBlekinge\t30 000\nSumma\t50 000\n',
      findings: [
        {
          severity: 'warning',
          message: '2 rader summerar till 42 000 kr; summaraden anger 50 000 kr (skillnad 8 000 kr) i kolumnen "Belopp (kr)" — osäker läsning: cellen ".." i raden "Gotland" är inget säkert tal',
        },
      ],
    },
    {
      // 120 + 40 + 30 = 190 against 200, and the page says the counts are rounded.
      name: 'declared rounding of counts: "Antalen är avrundade, varför summan kan avvika"',
      code: 'Region\tAntal personer\nKalmar\t120\nGotland\t40\nBlekinge\t30\nSumma\t200\n\nAntalen är avrundade, varför summan kan avvika.\n',
      findings: [
        {
          severity: 'warning',
          message:
            '3 rader summerar till 190 personer; summaraden anger 200 personer (skillnad 10 personer) i kolumnen "Antal personer" — osäker läsning: dokumentet anger att summan kan avvika ("Antalen är avrundade, varför summan kan avvika.")',
        },
      ],
    },
    {
      name: 'declared rounding of counts in another wording: "Summorna behöver inte stämma"',
      code: 'Region\tAntal personer\nKalmar\t120\nGotland\t40\nBlekinge\t30\nSumma\t200\n\nUppgifterna är avrundade och summorna behöver inte stämma.\n',
      findings: [{ severity: 'warning', message: /— osäker läsning: dokumentet anger att summan kan avvika \("Uppgifterna är avrundade och summorna behöver inte stämma\."\)$/ }],
    },
    {
      // 1 230 000 + 450 000 + 320 000 = 2 000 000 against 2 010 000; four figures rounded to ±5 000 allow ±20 000.
      name: 'declared rounding with its step: "avrundade till närmaste tiotusental kronor"',
      code: 'Region\tBelopp (kr)\nKalmar\t1 230 000\nGotland\t450 000\nBlekinge\t320 000\nSumma\t2 010 000\n\nBeloppen är avrundade till närmaste tiotusental kronor.\n',
      findings: [
        {
          severity: 'info',
          message:
            '3 rader summerar till 2 000 000 kr; summaraden anger 2 010 000 kr (skillnad 10 000 kr) i kolumnen "Belopp (kr)" — stämmer inom avrundningen som dokumentet anger ("Beloppen är avrundade till närmaste tiotusental kronor.")',
        },
      ],
    },
    {
      name: 'declared rounding with its step, another wording: "i hela tusental kronor"',
      code: 'Region\tBelopp (kr)\nKalmar\t1 230 000\nGotland\t451 000\nBlekinge\t320 000\nSumma\t2 002 000\n\nSamtliga belopp anges i hela tusental kronor.\n',
      findings: [{ severity: 'info', message: /skillnad 1 000 kr\) i kolumnen "Belopp \(kr\)" — stämmer inom avrundningen som dokumentet anger/ }],
    },
    {
      // Every value ends in 000: a difference of 1 000 fits rounding to thousands (4 × ±500).
      name: 'evident rounding: a small mismatch in a column of round thousands is a warning',
      code: 'Region\tBelopp (kr)\nKalmar\t1 230 000\nGotland\t450 000\nBlekinge\t320 000\nSumma\t2 001 000\n',
      findings: [
        {
          severity: 'warning',
          message:
            '3 rader summerar till 2 000 000 kr; summaraden anger 2 001 000 kr (skillnad 1 000 kr) i kolumnen "Belopp (kr)" — osäker läsning: alla värden i kolumnen slutar på 000 och ser avrundade ut; skillnaden ryms i en sådan avrundning',
        },
      ],
    },
    {
      // 100 000 is beyond what rounding to ten thousands could explain (4 × ±5 000): still an error.
      name: 'evident rounding does not excuse a difference larger than it',
      code: 'Region\tBelopp (kr)\nKalmar\t1 230 000\nGotland\t450 000\nBlekinge\t320 000\nSumma\t2 100 000\n',
      findings: [{ severity: 'error', message: '3 rader summerar till 2 000 000 kr; summaraden anger 2 100 000 kr (skillnad 100 000 kr) i kolumnen "Belopp (kr)"' }],
    },
    {
      // 87 + 13 = 100 against 101: in an unknown unit the figures may be rounded (3 × ±0,5).
      name: 'no stated unit: a difference within the rounding of the written figures is a warning',
      code: 'Post\tBelopp\nA\t87\nB\t13\nSumma\t101\n',
      findings: [
        {
          severity: 'warning',
          message: '2 rader summerar till 100 kr; summaraden anger 101 kr (skillnad 1 kr) i kolumnen "Belopp" — osäker läsning: tabellen anger ingen enhet; skillnaden ryms i en sådan avrundning',
        },
      ],
    },
    {
      name: 'no stated unit: a difference no rounding explains is an error',
      code: 'Post\tBelopp\nA\t87\nB\t13\nSumma\t110\n',
      findings: [{ severity: 'error', message: '2 rader summerar till 100 kr; summaraden anger 110 kr (skillnad 10 kr) i kolumnen "Belopp"', expected: '110', actual: '100' }],
    },
  ],
});

/** Rates never add up, and a national total may count more than the county rows. */
ruleTester(columnTotal, {
  valid: [
    {
      // 10 + 20 = 30 persons; the rates 3,5 and 4,0 are not summed to the 3,7 of the total row.
      name: 'a column of rates ("Per 1000 invånare") is not summed',
      code: 'Län\tAntal personer\tPer 1000 invånare\nKalmar län\t10\t3,5\nGotlands län\t20\t4,0\nSumma\t30\t3,7\n',
    },
    {
      name: 'a column of means ("Medelvärde, kr") is not summed',
      code: 'Län\tBelopp (kr)\tMedelvärde (kr)\nKalmar län\t100\t50\nGotlands län\t200\t40\nSumma\t300\t45\n',
    },
    { name: 'a total row without a value in the column is not checked', code: 'Post\tBelopp (kr)\tAntal\nA\t10\t1\nB\t20\t2\nSumma\t30\t\n' },
  ],
  invalid: [
    {
      // 100 + 200 = 300 persons against a Riket of 310.
      name: '"Riket" above the sum of the county rows is a warning',
      code: 'Län\tAntal personer\nKalmar län\t100\nGotlands län\t200\nRiket\t310\n',
      findings: [
        {
          severity: 'warning',
          message: '2 rader summerar till 300 personer; summaraden anger 310 personer (skillnad 10 personer) i kolumnen "Antal personer" — osäker läsning: riksraden kan omfatta fler än de rader som står i tabellen (okänt län, utlandet)',
        },
      ],
    },
    {
      // Two counties are a selection, not the country, but the country cannot be less than two of
      // its counties (distinct, none negative): below their sum is an error whatever the row stands for.
      name: '"Hela riket" below the sum of two county rows is an error',
      code: 'Län\tAntal personer\nKalmar län\t100\nGotlands län\t200\nHela riket\t290\n',
      findings: [{ severity: 'error', message: '2 rader summerar till 300 personer; summaraden anger 290 personer (skillnad 10 personer) i kolumnen "Antal personer"' }],
    },
    {
      // 1 200 + 400 + 900 = 2 500 thousand kronor beside a Sverige of 9 500: the country's figure
      // beside three counties, no sum of them. Not checked, but the list is partial, which is said.
      name: '"Sverige" far above three county rows is the country for comparison, said in an info',
      // 2024: 1 300 + 500 + 1 000 = 2 800 beside 9 800.
      code: 'Bidrag per län, tusental kronor\n\nLän               2023     2024\nStockholms län   1 200    1 300\nUppsala län        400      500\nSkåne län          900    1 000\nSverige          9 500    9 800\n',
      findings: [
        {
          severity: 'info',
          message:
            '3 rader summerar till 2 500 000 kr; summaraden anger 9 500 000 kr (skillnad 7 000 000 kr, avrundning tillåter ±2 000 kr) i kolumnen "2023" — raderna namnger bara en del av landet (3 av 21 län) och riksraden är landets siffra som jämförelse, inte deras summa; summan kontrolleras inte',
        },
        {
          severity: 'info',
          message:
            '3 rader summerar till 2 800 000 kr; summaraden anger 9 800 000 kr (skillnad 7 000 000 kr, avrundning tillåter ±2 000 kr) i kolumnen "2024" — raderna namnger bara en del av landet (3 av 21 län) och riksraden är landets siffra som jämförelse, inte deras summa; summan kontrolleras inte',
        },
      ],
    },
    {
      // A county and a municipality in it may overlap: below their sum is a reading, a warning.
      name: '"Riket" below the sum of a county and a municipality is a warning',
      code: 'Område\tAntal personer\nUppsala län\t300\nUppsala\t150\nRiket\t420\n',
      findings: [{ severity: 'warning', message: '2 rader summerar till 450 personer; summaraden anger 420 personer (skillnad 30 personer) i kolumnen "Antal personer" — osäker läsning: riksraden står under 2 rader som namnger regioner, inte alla län eller kommuner, så den kan stå som jämförelse och inte som deras summa' }],
    },
  ],
});

/**
 * Tables grouped by a first label column: a group's total row sums the group, and the total
 * group's rows sum the same rows of the other groups. The structure is read from the labels, so a
 * mismatch is at most a warning. Two layouts written for these tests; sums checked by hand.
 */
const GROUP_DOUBT = 'summan följer tabellens grupper så som etiketterna visar dem, och tabellen kan räkna med grupper eller rader den inte visar';
ruleTester(columnTotal, {
  valid: [
    {
      // Stat 10 + 5 = 15, Kommun 1 + 3 = 4; Totalt: Män 10 + 1 = 11, Kvinnor 5 + 3 = 8, Totalt 15 + 4 = 19 = 11 + 8.
      name: 'GFM with the group printed on its first row only, every sum right',
      code: [{ file: 'g.md', text: '| Sektor | Kön | 2021 |\n|---|---|---|\n| Stat | Män | 10 |\n| | Kvinnor | 5 |\n| | Totalt | 15 |\n| Kommun | Män | 1 |\n| | Kvinnor | 3 |\n| | Totalt | 4 |\n| Totalt | Män | 11 |\n| | Kvinnor | 8 |\n| | Totalt | 19 |\n' }],
    },
    {
      // Two label columns with no repeated inner labels are not groups: nothing is summed across them.
      name: 'a second label column that is a description, not a group',
      code: 'Projekt\tAnsvarig\tBelopp (kr)\nBro\tNorr | Öst\t100\nVäg\tSöder\t200\nSumma\t\t300\n',
    },
  ],
  invalid: [
    {
      // Stat: Män 10 + 1 = 11 ≠ Totalt | Män 12 (the cross-group sum); everything else adds up.
      name: 'GFM: a row of the total group does not sum the groups',
      code: [{ file: 'g.md', text: '| Sektor | Kön | 2021 |\n|---|---|---|\n| Stat | Män | 10 |\n| | Kvinnor | 5 |\n| | Totalt | 15 |\n| Kommun | Män | 1 |\n| | Kvinnor | 3 |\n| | Totalt | 4 |\n| Totalt | Män | 12 |\n| | Kvinnor | 8 |\n| | Totalt | 20 |\n' }],
      findings: [
        // 12 + 8 = 20 within the total group is right; Totalt | Totalt 20 vs 15 + 4 = 19 is not.
        { severity: 'warning', message: `2 rader summerar till 11; raden "Totalt | Män" anger 12 (skillnad 1) i kolumnen "2021" — osäker läsning: tabellen har flera summarader; ${GROUP_DOUBT}; tabellen anger ingen enhet; skillnaden ryms i en sådan avrundning`, line: 9 },
        { severity: 'warning', message: `2 rader summerar till 19; raden "Totalt | Totalt" anger 20 (skillnad 1) i kolumnen "2021" — osäker läsning: tabellen har flera summarader; ${GROUP_DOUBT}; tabellen anger ingen enhet; skillnaden ryms i en sådan avrundning`, line: 11 },
      ],
    },
    {
      // Pipe rows without a delimiter row, each group on its first row only:
      // Industri 300 + 120 = 420 ≠ 430 (a data row to the reader); Samtliga | Deltid 120 + 260 = 380 ≠ 390;
      // Samtliga | Samtliga 840 = 430 + 410 = 450 + 390.
      name: 'pipe rows: a group total and a cross-group total that do not add up',
      code: 'Anställda per bransch\n| Industri | Heltid | 300 |\n| Deltid | 120 |\n| Samtliga | 430 |\n| Handel | Heltid | 150 |\n| Deltid | 260 |\n| Samtliga | 410 |\n| Samtliga | Heltid | 450 |\n| Deltid | 390 |\n| Samtliga | 840 |\n',
      findings: [
        { severity: 'warning', message: `2 rader summerar till 420; raden "Industri | Samtliga" anger 430 (skillnad 10) — osäker läsning: ${GROUP_DOUBT}`, line: 4, expected: '430', actual: '420' },
        { severity: 'warning', message: `2 rader summerar till 380; raden "Samtliga | Deltid" anger 390 (skillnad 10) — osäker läsning: ${GROUP_DOUBT}`, line: 9, expected: '390', actual: '380' },
      ],
    },
  ],
});

/** A "varav" row set off by a dash is a part of the row above, never summed again (it used to be read as a deduction or an item). */
ruleTester(columnTotal, {
  valid: [{ name: '"– varav" under its row: 100 + 50 = 150', code: 'Post\tBelopp (kr)\nA\t100\n– varav X\t40\nB\t50\nSumma\t150\n' }],
  invalid: [
    {
      // 45 + 15 = 60 ≠ 62: the 2 of "- därav" counted a second time would hide it.
      name: '"- därav" in a table in millions',
      code: 'Anslag\tBelopp, mnkr\nRam\t45\n- därav till fonden\t2\nKultur\t15\nTotalt\t62\n',
      findings: [{ severity: 'error', message: '2 rader summerar till 60 000 000 kr; summaraden anger 62 000 000 kr (skillnad 2 000 000 kr, avrundning tillåter ±1 500 000 kr) i kolumnen "Belopp, mnkr"', line: 5 }],
    },
  ],
});

/** Totals named for what they total, where the reader marked no sum row: at most a warning. Written for this test. */
const NAMED = (label: string): string => `att raden "${label}" summerar raderna ovanför den är läst ur dess etikett`;
ruleTester(columnTotal, {
  valid: [
    // 1 200 + 3 400 + 150 = 4 750; 4 750 + 1 200 = 5 950.
    { name: 'GFM: a named total and a running total that add up', code: [{ file: 'n.md', text: '| Post | Belopp (tkr) |\n|---|---|\n| Lokaler | 1 200 |\n| Personal | 3 400 |\n| Resor | 150 |\n| Totala kostnader | 4 750 |\n| Moms | 1 200 |\n| Totalt inklusive moms | 5 950 |\n' }] },
  ],
  invalid: [
    {
      // 4 750 + 1 200 = 5 950 ≠ 5 900.
      name: 'GFM: the running total is off',
      code: [{ file: 'n.md', text: '| Post | Belopp (tkr) |\n|---|---|\n| Lokaler | 1 200 |\n| Personal | 3 400 |\n| Resor | 150 |\n| Totala kostnader | 4 750 |\n| Moms | 1 200 |\n| Totalt inklusive moms | 5 900 |\n' }],
      findings: [
        {
          severity: 'warning',
          message: `2 rader summerar till 5 950 000 kr; raden "Totalt inklusive moms" anger 5 900 000 kr (skillnad 50 000 kr, avrundning tillåter ±1 500 kr) i kolumnen "Belopp (tkr)" — osäker läsning: ${NAMED('Totalt inklusive moms')}`,
          line: 8,
        },
      ],
    },
    {
      // 310 + 445 = 755 ≠ 765: the total word last, in an HTML table.
      name: 'HTML: "Bidrag sammanlagt" after its rows',
      code: [{ file: 'b.html', text: '<table><tr><th>Mottagare</th><th>Bidrag (tkr)</th></tr><tr><td>Föreningen Norr</td><td>310</td></tr><tr><td>Föreningen Syd</td><td>445</td></tr><tr><td>Bidrag sammanlagt</td><td>765</td></tr></table>' }],
      findings: [
        {
          severity: 'warning',
          message: `2 rader summerar till 755 000 kr; raden "Bidrag sammanlagt" anger 765 000 kr (skillnad 10 000 kr, avrundning tillåter ±1 500 kr) i kolumnen "Bidrag (tkr)" — osäker läsning: ${NAMED('Bidrag sammanlagt')}`,
          line: 1,
        },
      ],
    },
    {
      // 410 000 + 255 000 + 390 000 + 120 000 = 1 175 000 ≠ 1 157 000: a region list closed by a sentence that opens with "Tillsammans".
      name: 'Markdown: a region list closed by "Tillsammans får regionerna …"',
      code: [{ file: 't.md', text: 'Pengarna fördelas så här:\n\n- Region Uppsala: 410 000 kronor\n- Region Örebro län: 255 000 kronor\n- Region Dalarna: 390 000 kronor\n- Region Gotland: 120 000 kronor\n\nTillsammans får regionerna 1 157 000 kronor.\n' }],
      findings: [
        {
          severity: 'warning',
          message: `4 rader summerar till 1 175 000 kr; raden "Tillsammans får regionerna" anger 1 157 000 kr (skillnad 18 000 kr) — osäker läsning: ${NAMED('Tillsammans får regionerna')}`,
          line: 8,
        },
      ],
    },
    {
      // 2,5 + 1,75 + 3 = 7,25 ≠ 7,5 miljoner: the same in a text list closed by "Sammantaget …".
      name: 'text: a county list closed by "Sammantaget fördelas …"',
      code: 'Länsstyrelserna får följande belopp:\n\n* Hallands län 2,5 miljoner kronor\n* Kalmar län 1,75 miljoner kronor\n* Skåne län 3 miljoner kronor\n\nSammantaget fördelas 7,5 miljoner kronor.\n',
      findings: [
        {
          severity: 'warning',
          message: `3 rader summerar till 7 250 000 kr; raden "Sammantaget fördelas" anger 7 500 000 kr (skillnad 250 000 kr, avrundning tillåter ±20 000 kr) — osäker läsning: ${NAMED('Sammantaget fördelas')}`,
          line: 7,
        },
      ],
    },
    {
      // Amounts under headings, a dashed "varav" set in: 8 400 + 2 300 + 14 100 = 24 800 ≠ 26 000 (the varav's 1 200 counted twice).
      // Every cell says "tkr", so the column is in kronor (cell-money.ts).
      name: 'amounts under headings: a named total that counts its "varav" twice',
      code: 'Kommunstyrelsen\n\nVerksamhet 1:\nLedning och stab                 8 400 tkr\n– varav digitalisering           1 200 tkr\nNäringsliv                       2 300 tkr\nVerksamhet 2:\nRäddningstjänst                 14 100 tkr\nTotalt kommunstyrelsen          26 000 tkr\n\nRamen ökar med 2 procent.\n',
      findings: [
        {
          severity: 'warning',
          message: `3 rader summerar till 24 800 000 kr; raden "Totalt kommunstyrelsen" anger 26 000 000 kr (skillnad 1 200 000 kr, avrundning tillåter ±2 000 kr) — osäker läsning: ${NAMED('Totalt kommunstyrelsen')}`,
          line: 9,
        },
      ],
    },
    {
      // 250 000 + 120 000 = 370 000 ≠ 380 000.
      name: 'tab-separated: "Total budget" under two items',
      code: 'Insats\tBelopp (kr)\nUtbildning\t250 000\nHandledning\t120 000\nTotal budget\t380 000\n',
      findings: [
        {
          severity: 'warning',
          message: `2 rader summerar till 370 000 kr; raden "Total budget" anger 380 000 kr (skillnad 10 000 kr) i kolumnen "Belopp (kr)" — osäker läsning: ${NAMED('Total budget')}; alla värden i kolumnen slutar på 0000 och ser avrundade ut; skillnaden ryms i en sådan avrundning`,
          line: 4,
        },
      ],
    },
  ],
});

/**
 * A row that happens to equal the rows above it is no evidence of a subtotal: a fit that needs
 * it does not silence the mismatch, it makes it a warning. Written for this test.
 */
const LUCK = 'summan stämmer om rader som råkar vara summan av raderna ovanför dem är delsummor, vilket etiketterna inte säger';
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // 1 + 2 + 3 + 4 = 10 ≠ 7; 7 = 3 + 4 only if "C" (= 1 + 2) were a subtotal.
      name: 'tab-separated counts',
      code: 'Post\tAntal\nA\t1\nB\t2\nC\t3\nD\t4\nTotalt\t7\n',
      findings: [{ severity: 'warning', message: `4 rader summerar till 10; summaraden anger 7 (skillnad 3) i kolumnen "Antal" — osäker läsning: ${LUCK}`, line: 6 }],
    },
    {
      // 4 000 + 1 500 + 5 500 + 300 = 11 300 ≠ 5 800; "Städning" 5 500 equals Hyra + El by chance.
      name: 'GFM costs in kronor',
      code: [{ file: 'k.md', text: '| Kostnad | Belopp (kr) |\n|---|---|\n| Hyra | 4 000 |\n| El | 1 500 |\n| Städning | 5 500 |\n| Porto | 300 |\n| Summa | 5 800 |\n' }],
      findings: [{ severity: 'warning', message: `4 rader summerar till 11 300 kr; summaraden anger 5 800 kr (skillnad 5 500 kr) i kolumnen "Belopp (kr)" — osäker läsning: ${LUCK}`, line: 7 }],
    },
  ],
});

/** One printed figure beside cells that give none ("<5", ".."): a total it does not reach is a warning, not silence. Written for this test. */
ruleTester(columnTotal, {
  valid: [{ name: 'one figure and no blank marker: nothing to sum', code: 'Län\tAntal fall\nKalmar\t\nBlekinge\t12\nSumma\t19\n' }],
  invalid: [
    {
      name: 'tab-separated: "<5" and ".." beside 12, total 19',
      code: 'Län\tAntal fall\nKalmar\t<5\nGotland\t..\nBlekinge\t12\nSumma\t19\n',
      findings: [{ severity: 'warning', message: '1 rad summerar till 12; summaraden anger 19 (skillnad 7) i kolumnen "Antal fall" — osäker läsning: cellen "<5" i raden "Kalmar" är inget säkert tal; cellen ".." i raden "Gotland" är inget säkert tal', line: 5 }],
    },
    {
      name: 'HTML: "<5" beside 30, total 41',
      code: [{ file: 'u.html', text: '<table><tr><th>Kommun</th><th>Antal (personer)</th></tr><tr><td>Aby</td><td>&lt;5</td></tr><tr><td>Bro</td><td>30</td></tr><tr><td>Totalt</td><td>41</td></tr></table>' }],
      findings: [{ severity: 'warning', message: '1 rad summerar till 30 personer; summaraden anger 41 personer (skillnad 11 personer) i kolumnen "Antal (personer)" — osäker läsning: cellen "<5" i raden "Aby" är inget säkert tal' }],
    },
  ],
});

/** "Båda könen" as a group's own total (no "Totalt" group in the table). Written for this test. */
ruleTester(columnTotal, {
  valid: [
    { name: 'GFM: both groups add up', code: [{ file: 'b.md', text: '| Utbildning | Kön | Antal |\n|---|---|---|\n| Gymnasial | Kvinnor | 120 |\n| | Män | 130 |\n| | Båda könen | 250 |\n| Eftergymnasial | Kvinnor | 200 |\n| | Män | 150 |\n| | Båda könen | 350 |\n' }] },
  ],
  invalid: [
    {
      // 200 + 150 = 350 ≠ 360.
      name: 'GFM: the second group is off',
      code: [{ file: 'b.md', text: '| Utbildning | Kön | Antal |\n|---|---|---|\n| Gymnasial | Kvinnor | 120 |\n| | Män | 130 |\n| | Båda könen | 250 |\n| Eftergymnasial | Kvinnor | 200 |\n| | Män | 150 |\n| | Båda könen | 360 |\n' }],
      findings: [{ severity: 'warning', message: `2 rader summerar till 350; raden "Eftergymnasial | Båda könen" anger 360 (skillnad 10) i kolumnen "Antal" — osäker läsning: ${GROUP_DOUBT}`, line: 8 }],
    },
  ],
});

/**
 * Rows over their parts that the table does not mark as sums: shown by indentation, or by the
 * row being the sum of the rows under it exactly in three or more other columns. A reading, so
 * a mismatch is a warning and a match within rounding an info. Written for this test.
 */
const INDENTED = (label: string): string => `att raden "${label}" är summan av de indragna raderna under den är läst ur indragningen`;
const EVIDENT = (label: string, n: number): string => `att raden "${label}" är summan av raderna under den är läst ur att den är det exakt i ${n} kolumner`;
const AREAS = (skola2023: string): string =>
  `Nettokostnad per område, mnkr\n\nOmråde                  Utfall 2022  Utfall 2023\nSkola                         412,4        ${skola2023}\n    Grundskola                300,1        310,6\n        varav fritidshem       40,2         41,0\n    Gymnasium                 112,4        119,5\nOmsorg                        250,0        262,2\n`;
const BOARDS = (budget: string, netto = '-67,7'): string =>
  `| Nämnd | Intäkter | Kostnader | Netto | Budget |\n|---|---|---|---|---|\n| Kulturnämnd | 12,5 | -80,2 | ${netto} | ${budget} |\n| Bibliotek | 3,1 | -30,5 | -27,4 | -28,1 |\n| Museer | 9,4 | -49,7 | -40,3 | -42,1 |\n| Fritidsnämnd | 5,0 | -20,0 | -15,0 | -16,0 |\n`;
ruleTester(columnTotal, {
  valid: [
    // Items set in under "Intäkter" that make it exactly: nothing to say.
    { name: 'tab-separated: indented items that add up', code: 'Verksamhet\tUtfall 2023\tBudget 2023\nIntäkter\t510\t480\n  Avgifter\t320\t300\n  Bidrag\t190\t180\nKostnader\t610\t600\n' },
    // The row equals the rows under it exactly in two columns only (12,5 and −80,2; budget −70,1 against −70,2, netto −60,0 against −67,7): no evidence, no check.
    { name: 'GFM: equal in two columns is not enough', code: [{ file: 'e.md', text: BOARDS('-70,1', '-60,0') }] },
    // The same figures without indentation: rows on a level are not parts of one another.
    { name: 'tab-separated: no indentation, no parts', code: 'Verksamhet\tUtfall 2023\nIntäkter\t505\nAvgifter\t320\nBidrag\t190\n' },
  ],
  invalid: [
    {
      // 320 + 190 = 510 ≠ 505; the budget column, 300 + 180 = 480, agrees.
      name: 'tab-separated: indented items under "Intäkter" that do not add up',
      code: 'Verksamhet\tUtfall 2023\tBudget 2023\nIntäkter\t505\t480\n  Avgifter\t320\t300\n  Bidrag\t190\t180\nKostnader\t610\t600\n',
      findings: [{ severity: 'warning', message: `2 rader summerar till 510; raden "Intäkter" anger 505 (skillnad 5) i kolumnen "Utfall 2023" — osäker läsning: ${INDENTED('Intäkter')}`, line: 2 }],
    },
    {
      // 300,1 + 112,4 = 412,5 against 412,4 and 310,6 + 119,5 = 430,1 against 430,0, the "varav" row set deeper left out: within rounding.
      name: 'space-aligned, in millions: indented parts within rounding',
      code: AREAS('430,0'),
      findings: [
        { severity: 'info', message: '2 rader summerar till 412 500 000 kr; raden "Skola" anger 412 400 000 kr (skillnad 100 000 kr, avrundning tillåter ±150 000 kr) i kolumnen "Utfall 2022" — stämmer inom avrundningen', line: 4 },
        { severity: 'info', message: '2 rader summerar till 430 100 000 kr; raden "Skola" anger 430 000 000 kr (skillnad 100 000 kr, avrundning tillåter ±150 000 kr) i kolumnen "Utfall 2023" — stämmer inom avrundningen', line: 4 },
      ],
    },
    {
      // 430,1 against 440,0.
      name: 'space-aligned, in millions: an indented part missing from the sum',
      code: AREAS('440,0'),
      findings: [
        { severity: 'info', message: '2 rader summerar till 412 500 000 kr; raden "Skola" anger 412 400 000 kr (skillnad 100 000 kr, avrundning tillåter ±150 000 kr) i kolumnen "Utfall 2022" — stämmer inom avrundningen', line: 4 },
        { severity: 'warning', message: `2 rader summerar till 430 100 000 kr; raden "Skola" anger 440 000 000 kr (skillnad 9 900 000 kr, avrundning tillåter ±150 000 kr) i kolumnen "Utfall 2023" — osäker läsning: ${INDENTED('Skola')}`, line: 4 },
      ],
    },
    {
      // Kulturnämnd is Bibliotek + Museer exactly in Intäkter (12,5), Kostnader (−80,2) and Netto (−67,7); Budget −28,1 − 42,1 = −70,2 against −70,1.
      name: 'GFM: a board over its activities, evident from three columns, within rounding in the fourth',
      code: [{ file: 'c.md', text: BOARDS('-70,1') }],
      findings: [{ severity: 'info', message: '2 rader summerar till −70,2; raden "Kulturnämnd" anger −70,1 (skillnad 0,1, avrundning tillåter ±0,15) i kolumnen "Budget" — stämmer inom avrundningen', line: 3 }],
    },
    {
      // "Anslag" is Drift + Investering exactly in 2020 (150,4) and 2022 (170,2), within rounding in 2021 (161,9 against 162,0) and 2023 (181,2 against 181,1).
      name: 'tab-separated, in millions: exact in two columns and within rounding in the others',
      code: 'Anslag per år, miljoner kronor\n\nPost\t2020\t2021\t2022\t2023\nAnslag\t150,4\t162,0\t170,2\t181,1\nDrift\t100,2\t110,1\t120,1\t130,0\nInvestering\t50,2\t51,8\t50,1\t51,2\nÖvrigt\t9,0\t9,0\t9,0\t9,0\n',
      findings: [
        { severity: 'info', message: '2 rader summerar till 161 900 000 kr; raden "Anslag" anger 162 000 000 kr (skillnad 100 000 kr, avrundning tillåter ±150 000 kr) i kolumnen "2021" — stämmer inom avrundningen', line: 4 },
        { severity: 'info', message: '2 rader summerar till 181 200 000 kr; raden "Anslag" anger 181 100 000 kr (skillnad 100 000 kr, avrundning tillåter ±150 000 kr) i kolumnen "2023" — stämmer inom avrundningen', line: 4 },
      ],
    },
    {
      // −70,2 against −75,0.
      name: 'GFM: the same board, its budget off',
      code: [{ file: 'd.md', text: BOARDS('-75,0') }],
      findings: [
        {
          severity: 'warning',
          message: `2 rader summerar till −70,2; raden "Kulturnämnd" anger −75 (skillnad 4,8, avrundning tillåter ±0,1) i kolumnen "Budget" — osäker läsning: tabellen har avdragsrader; ${EVIDENT('Kulturnämnd', 3)}`,
          line: 3,
        },
      ],
    },
  ],
});

/**
 * An income statement's result lines: each is the result before it plus the sums and items since,
 * read from the labels, so at most a warning. Written for this test.
 */
const RESULT = (label: string): string => `att raden "${label}" är resultatet före den plus summorna och posterna efter det är läst ur dess etikett`;
const COMPANY = (net: string): string =>
  `Resultaträkning, tkr\n\nPost\t2023\t2022\nSumma rörelseintäkter\t12 400\t11 900\nSumma rörelsekostnader\t-11 100\t-10 800\nRörelseresultat\t1 300\t1 100\nFinansnetto\t-200\t-150\nResultat efter finansnetto\t1 100\t950\nSkatt\t-230\t-200\nNettoresultat\t${net}\t750\n`;
const MUNICIPAL = (outcome: string, budget: string): string =>
  `| Resultaträkning (mnkr) | Utfall | Budget |\n|---|---|---|\n| Verksamhetens intäkter | 310,5 | 300,0 |\n| Verksamhetens kostnader | -1 402,3 | -1 390,0 |\n| Avskrivningar | -35,2 | -36,0 |\n| Verksamhetens nettokostnader | -1 127,0 | -1 126,0 |\n| Skatteintäkter | 901,4 | 895,0 |\n| Generella statsbidrag och utjämning | 255,6 | 250,0 |\n| Årets resultat | ${outcome} | ${budget} |\n`;
ruleTester(columnTotal, {
  valid: [
    // 12 400 − 11 100 = 1 300; 1 300 − 200 = 1 100; 1 100 − 230 = 870 (and 11 900 − 10 800 = 1 100 …).
    { name: 'tab-separated: a company result chain that adds up', code: COMPANY('870') },
    // 310,5 − 1 402,3 − 35,2 = −1 127,0; −1 127,0 + 901,4 + 255,6 = 30,0.
    { name: 'GFM: a municipal result chain that adds up', code: [{ file: 'r.md', text: MUNICIPAL('30,0', '19,0') }] },
    // Equity items of a balance sheet: "Balanserat resultat" is an item, and "Årets resultat" nets nothing (all its items are positive).
    { name: 'tab-separated: a balance sheet\'s equity is no result chain', code: 'Eget kapital, tkr\n\nPost\tBelopp\nAktiekapital\t100\nReservfond\t20\nBalanserat resultat\t500\nÅrets resultat\t150\nSumma eget kapital\t770\n' },
  ],
  invalid: [
    {
      // 1 100 − 230 = 870 ≠ 880.
      name: 'tab-separated: the net result is off',
      code: COMPANY('880'),
      findings: [
        {
          severity: 'warning',
          message: `2 rader summerar till 870 000 kr; raden "Nettoresultat" anger 880 000 kr (skillnad 10 000 kr, avrundning tillåter ±1 500 kr) i kolumnen "2023" — osäker läsning: tabellen har avdragsrader; ${RESULT('Nettoresultat')}`,
          line: 10,
        },
      ],
    },
    {
      // Utfall: −1 127,0 + 901,4 + 255,6 = 30,0 ≠ 32,0; Budget: −1 126,0 + 895,0 + 250,0 = 19,0 against 19,1, within rounding.
      name: 'GFM: the year\'s result off in one column, within rounding in the other',
      code: [{ file: 'r.md', text: MUNICIPAL('32,0', '19,1') }],
      findings: [
        {
          severity: 'warning',
          message: `3 rader summerar till 30 000 000 kr; raden "Årets resultat" anger 32 000 000 kr (skillnad 2 000 000 kr, avrundning tillåter ±200 000 kr) i kolumnen "Utfall" — osäker läsning: tabellen har avdragsrader; ${RESULT('Årets resultat')}`,
          line: 9,
        },
        { severity: 'info', message: '3 rader summerar till 19 000 000 kr; raden "Årets resultat" anger 19 100 000 kr (skillnad 100 000 kr, avrundning tillåter ±200 000 kr) i kolumnen "Budget" — stämmer inom avrundningen', line: 9 },
      ],
    },
  ],
});

/** A row naming the codes of the rows it sums, read from the labels: at most a warning. Written for this test. */
const RANGE = (label: string): string => `att raden "${label}" summerar raderna med koder i intervallet den anger är läst ur etiketterna`;
ruleTester(columnTotal, {
  valid: [
    // 10 + 25 + 7 = 42.
    { name: 'tab-separated: "Utgiftsområden 1–3" that adds up', code: 'Utgiftsområde\tBelopp (mnkr)\n1 Rikets styrelse\t10\n2 Samhällsekonomi\t25\n3 Skatt\t7\nUtgiftsområden 1–3\t42\n4 Rättsväsendet\t50\n' },
    // A mean over the years is no sum of them.
    { name: 'GFM: "Genomsnitt 2019–2021" is a mean', code: [{ file: 'g.md', text: '| År | Antal |\n|---|---|\n| 2019 | 120 |\n| 2020 | 150 |\n| 2021 | 180 |\n| Genomsnitt 2019–2021 | 150 |\n' }] },
  ],
  invalid: [
    {
      // 10 + 25 + 7 = 42 ≠ 45.
      name: 'tab-separated: the range sum is off',
      code: 'Utgiftsområde\tBelopp (mnkr)\n1 Rikets styrelse\t10\n2 Samhällsekonomi\t25\n3 Skatt\t7\nUtgiftsområden 1–3\t45\n4 Rättsväsendet\t50\n',
      findings: [
        {
          severity: 'warning',
          message: `3 rader summerar till 42 000 000 kr; raden "Utgiftsområden 1–3" anger 45 000 000 kr (skillnad 3 000 000 kr, avrundning tillåter ±2 000 000 kr) i kolumnen "Belopp (mnkr)" — osäker läsning: ${RANGE('Utgiftsområden 1–3')}`,
          line: 5,
        },
      ],
    },
    {
      // Titles 200–400 above their parts: 31,2 + 4,4 = 35,6 against 35,5, within rounding.
      name: 'GFM: a range row above its titles, within rounding',
      code: [{ file: 't.md', text: '| Inkomsttitel | Mdkr |\n|---|---|\n| 100 Skatter | 812,0 |\n| Övriga inkomster (200-400) | 35,5 |\n| 200 Avgifter | 31,2 |\n| 400 Lån | 4,4 |\n' }],
      findings: [{ severity: 'info', message: '2 rader summerar till 35 600 000 000 kr; raden "Övriga inkomster (200-400)" anger 35 500 000 000 kr (skillnad 100 000 000 kr, avrundning tillåter ±150 000 000 kr) i kolumnen "Mdkr" — stämmer inom avrundningen', line: 4 }],
    },
  ],
});

/** A sum row read one cell off: a column's sum stands in another cell of the row. Written for this test. */
const SHIFTED = (row: string, column: string): string => `raden "${row}" kan vara läst en cell förskjuten: summan av en kolumn står i kolumnen "${column}" i samma rad, eller tvärtom`;
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // A: 10 + 20 + 30 = 60, B: 3 + 5 + 7 = 15; the row gives 15 and 60, each the other column's sum.
      name: 'tab-separated: the total row\'s figures swapped',
      code: 'Kommun\tAntal A\tAntal B\nUppsala\t10\t3\nSkåne\t20\t5\nKalmar\t30\t7\nTotalt\t15\t60\n',
      findings: [
        { severity: 'warning', message: `3 rader summerar till 60; summaraden anger 15 (skillnad 45) i kolumnen "Antal A" — osäker läsning: ${SHIFTED('Totalt', 'Antal B')}`, line: 5 },
        { severity: 'warning', message: `3 rader summerar till 15; summaraden anger 60 (skillnad 45) i kolumnen "Antal B" — osäker läsning: ${SHIFTED('Totalt', 'Antal A')}`, line: 5 },
      ],
    },
    {
      // Sökande 120 + 210 + 95 = 425; the row's 155 is Beviljade's sum (44 + 81 + 30), its own cell blank.
      name: 'GFM: the national row one cell to the left',
      code: [{ file: 's.md', text: '| Område | Sökande | Beviljade |\n|---|---|---|\n| Norr | 120 | 44 |\n| Mitt | 210 | 81 |\n| Syd | 95 | 30 |\n| Hela landet | 155 | |\n' }],
      findings: [{ severity: 'warning', message: `3 rader summerar till 425 personer; summaraden anger 155 personer (skillnad 270 personer) i kolumnen "Sökande" — osäker läsning: ${SHIFTED('Hela landet', 'Beviljade')}`, line: 6 }],
    },
    {
      // 61 is no other column's sum, and 60 stands nowhere in the row: a certain mismatch.
      name: 'tab-separated: a total off by one with no other column\'s sum in the row',
      code: 'Kommun\tAntal A\tAntal B\nUppsala\t10\t3\nSkåne\t20\t5\nKalmar\t30\t7\nTotalt\t61\t15\n',
      findings: [{ severity: 'error', message: '3 rader summerar till 60; summaraden anger 61 (skillnad 1) i kolumnen "Antal A"', line: 5 }],
    },
  ],
});

/**
 * The same when the columns differ in scale: the sum of the column in millions, as written, stands
 * in a column of kronor. Written for this test.
 */
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // Mnkr: 12 + 30 + 8 = 50; the row gives 62 there and 50 under Antal, whose own sum is 3 + 5 + 4 = 12.
      name: 'tab-separated: a sum in millions stands, as written, in the count column beside it',
      code: 'Post\tBelopp i miljoner kronor\tAntal\nA\t12\t3\nB\t30\t5\nC\t8\t4\nSumma\t62\t50\n',
      findings: [
        { severity: 'warning', message: `3 rader summerar till 50 000 000 kr; summaraden anger 62 000 000 kr (skillnad 12 000 000 kr, avrundning tillåter ±2 000 000 kr) i kolumnen "Belopp i miljoner kronor" — osäker läsning: ${SHIFTED('Summa', 'Antal')}`, line: 5 },
        { severity: 'warning', message: `3 rader summerar till 12; summaraden anger 50 (skillnad 38) i kolumnen "Antal" — osäker läsning: ${SHIFTED('Summa', 'Belopp i miljoner kronor')}`, line: 5 },
      ],
    },
    {
      // Tkr: 400 + 350 = 750; the row's 750 stands under Kronor, its own cell holds Kronor's sum 1 200 (700 + 500).
      name: 'GFM: a sum in thousands and a sum in kronor swapped',
      code: [{ file: 'm.md', text: '| Kommun | Tkr | Kronor |\n|---|---|---|\n| Alby | 400 | 700 |\n| Boda | 350 | 500 |\n| Totalt | 1 200 | 750 |\n' }],
      findings: [
        { severity: 'warning', message: `2 rader summerar till 750 000 kr; summaraden anger 1 200 000 kr (skillnad 450 000 kr, avrundning tillåter ±1 500 kr) i kolumnen "Tkr" — osäker läsning: ${SHIFTED('Totalt', 'Kronor')}`, line: 5 },
        { severity: 'warning', message: `2 rader summerar till 1 200 kr; summaraden anger 750 kr (skillnad 450 kr) i kolumnen "Kronor" — osäker läsning: ${SHIFTED('Totalt', 'Tkr')}`, line: 5 },
      ],
    },
  ],
});

/**
 * A table that opens with a part of a row ("varav …") lacks the row it is a part of: the rows
 * above it were not read into the table, so a total short of its rows is a warning. Written for this test.
 */
const OPENS = (label: string): string => `tabellen börjar med "${label}", en del av en rad som inte står i tabellen: rader ovanför kan ha fallit bort`;
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // 50 + 30 = 80 against 180: the row that "varav lön" (40) is a part of is missing.
      name: 'tab-separated: the first row a "varav" row',
      code: 'Post\tBelopp (kr)\nvarav lön\t40\nB\t50\nC\t30\nSumma\t180\n',
      findings: [{ severity: 'warning', message: `2 rader summerar till 80 kr; summaraden anger 180 kr (skillnad 100 kr) i kolumnen "Belopp (kr)" — osäker läsning: ${OPENS('varav lön')}`, line: 5 }],
    },
    {
      // 70 + 40 = 110 against 210, under a first row "– därav Gotland".
      name: 'GFM: the first row a "därav" row set off by a dash',
      code: [{ file: 'v.md', text: '| Område | Kronor |\n|---|---|\n| – därav Gotland | 20 |\n| Mitt | 70 |\n| Syd | 40 |\n| Totalt | 210 |\n' }],
      findings: [{ severity: 'warning', message: `2 rader summerar till 110 kr; summaraden anger 210 kr (skillnad 100 kr) i kolumnen "Kronor" — osäker läsning: ${OPENS('– därav Gotland')}`, line: 6 }],
    },
    {
      // 100 + 50 = 150 against 160: the varav row has its row above, so the mismatch is certain.
      name: 'tab-separated: a "varav" row under its row, the total wrong',
      code: 'Post\tBelopp (kr)\nA\t100\nvarav lön\t40\nB\t50\nSumma\t160\n',
      findings: [{ severity: 'error', message: '2 rader summerar till 150 kr; summaraden anger 160 kr (skillnad 10 kr) i kolumnen "Belopp (kr)"', line: 5 }],
    },
  ],
});

/**
 * A table split from its header: the part under the header has the header's unit (or a guess from
 * its title), the part after it none. A total that the two parts make together is the whole table's.
 * Written for this test; 12,4 + 8,1 + 40,0 + 39,5 = 100,0.
 */
const SPLIT_MD = (total: string) => `| Kommun | Bidrag |\n|---|---|\n| Alingsås | 12,4 |\n| Borås | 8,1 |\n\n| | |\n|---|---|\n| Eskilstuna | 40,0 |\n| Falun | 39,5 |\n| Summa | ${total} |\n`;
const SPLIT_HTML =
  '<table><tr><th>Kommun</th><th>Bidrag</th></tr><tr><td>Alingsås</td><td>12,4</td></tr><tr><td>Borås</td><td>8,1</td></tr></table>\n' +
  '<table><tr><td>Eskilstuna</td><td>40,0</td></tr><tr><td>Falun</td><td>39,5</td></tr><tr><td>Summa</td><td>100,0</td></tr></table>\n';
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      name: 'GFM: the second part under an empty header, its total the whole table\'s',
      code: [{ file: 's.md', text: SPLIT_MD('100,0') }],
      findings: [{ severity: 'info', message: 'summaraden "Summa" (100) är summan av 4 rader om den omfattar också tabellen närmast före, som tabellens första del', line: 10 }],
    },
    {
      name: 'HTML: the second part a table of its own without a header',
      code: [{ file: 's.html', text: SPLIT_HTML }],
      findings: [{ severity: 'info', message: 'summaraden "Summa" (100) är summan av 4 rader om den omfattar också tabellen närmast före, som tabellens första del' }],
    },
    {
      // 40,0 + 39,5 = 79,5, and with the part before 100,0: neither is 90.
      name: 'GFM: a total that neither part nor both make stays an error',
      code: [{ file: 's.md', text: SPLIT_MD('90,0') }],
      findings: [{ severity: 'error', message: '2 rader summerar till 79,5; summaraden anger 90 (skillnad 10,5, avrundning tillåter ±0,05)', line: 10 }],
    },
  ],
});

/**
 * A header of one year that the reader took for a row ("Verksamhet   2021"): its figures are years
 * written bare. Without it the rows make the total (an info); with a total they make neither way,
 * the mismatch is a warning. Written for this test.
 */
const YEARS = (label: string): string => `raden "${label}" har bara årtal och kan vara rubriken över kolumnerna`;
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // 4 350 + 2 100 + 550 = 7 000; with "2021" the rows would make 9 021.
      name: 'space-aligned: a year over the column read as the first row',
      code: 'Verksamhet                2021\nSkola                     4 350\nVård                      2 100\nKultur                      550\nTotalt                    7 000\n',
      findings: [{ severity: 'info', message: '3 rader summerar till summaraden "Totalt" (7 000) om raden med årtal överst är tabellens rubrik, inga värden', line: 5 }],
    },
    {
      // 310 + 450 + 240 = 1 000.
      name: 'tab-separated: the same under another title',
      code: 'Område\t2020\nNorr\t310\nMitt\t450\nSyd\t240\nSumma\t1 000\n',
      findings: [{ severity: 'info', message: '3 rader summerar till summaraden "Summa" (1 000) om raden med årtal överst är tabellens rubrik, inga värden', line: 5 }],
    },
    {
      // 7 000 without the year, 9 021 with it, against 7 100: a mismatch either way, the structure in doubt.
      name: 'space-aligned: a total neither reading makes',
      code: 'Verksamhet                2021\nSkola                     4 350\nVård                      2 100\nKultur                      550\nTotalt                    7 100\n',
      findings: [{ severity: 'warning', message: `4 rader summerar till 9 021; summaraden anger 7 100 (skillnad 1 921) — osäker läsning: ${YEARS('Verksamhet')}`, line: 5 }],
    },
    {
      // 310 + 450 + 240 = 1 000 (1 000 + 2020 = 3 020) against 1 100.
      name: 'tab-separated: a total neither reading makes',
      code: 'Område\t2020\nNorr\t310\nMitt\t450\nSyd\t240\nSumma\t1 100\n',
      findings: [{ severity: 'warning', message: `4 rader summerar till 3 020; summaraden anger 1 100 (skillnad 1 920) — osäker läsning: ${YEARS('Område')}`, line: 5 }],
    },
  ],
});

/**
 * One row whose label names a measure (a count) among rows that name none, in a table in
 * thousands: the row is read outside the table's scale, yet summed. Written for this test.
 */
const OTHER = (label: string): string => `raden "${label}" anger i sin etikett ett annat mått än de övriga raderna och är läst utanför tabellens enhet`;
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // 120 000 + 14 + 80 000 = 200 014 against 214 000: "14" under "Antal anställda" read as 14, not 14 tkr.
      name: 'tab-separated: a row "Antal …" in a table in tkr',
      code: 'Post\tTkr\nHyror\t120\nAntal anställda\t14\nMaterial\t80\nSumma\t214\n',
      findings: [{ severity: 'warning', message: `3 rader summerar till 200 014 kr; summaraden anger 214 000 kr (skillnad 13 986 kr, avrundning tillåter ±1 500 kr) i kolumnen "Tkr" — osäker läsning: ${OTHER('Antal anställda')}`, line: 5 }],
    },
    {
      // 300 000 + 45 + 155 000 = 455 045 against 500 000: a label cut off at "st" reads as a count (45 exact, so ±500 for 300, 155 and 500).
      name: 'GFM: a label ending in "st" in a table in tkr',
      code: [{ file: 'o.md', text: '| Verksamhet | Belopp, tkr |\n|---|---|\n| Skola | 300 |\n| Lokaler inom st | 45 |\n| Vård | 155 |\n| Totalt | 500 |\n' }],
      findings: [{ severity: 'warning', message: `3 rader summerar till 455 045 kr; summaraden anger 500 000 kr (skillnad 44 955 kr, avrundning tillåter ±1 500 kr) i kolumnen "Belopp, tkr" — osäker läsning: ${OTHER('Lokaler inom st')}`, line: 6 }],
    },
  ],
});

/**
 * A table with no column titles right under another one: its total may count the section read
 * into the table above (which closes with its own sum, so the split reading does not take it).
 * Written for this test: 150 + 100 + 30 = 280, the second part alone 100 + 30 = 130.
 */
const FIRST_PART = '| Post | Belopp (kr) |\n|---|---|\n| Hyror | 100 |\n| Material | 50 |\n| Summa kostnader | 150 |\n\n';
const SECOND_PART = '| | |\n|---|---|\n| Bidrag | 70 |\n| Avgifter | 30 |\n| Summa intäkter | 100 |\n| Lån | 20 |\n| Räntor | 10 |\n| Summa finansiering | 30 |\n| Summa totalt | 280 |\n';
const td = (cells: string[][]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
const CONTINUED = 'tabellen saknar egna kolumnrubriker och står direkt under en annan tabell; summan kan räkna rader i den';
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      name: 'GFM: the second part under an empty header, its total over the sections of both',
      code: [{ file: 'c.md', text: FIRST_PART + SECOND_PART }],
      findings: [{ severity: 'warning', message: `2 rader summerar till 130; summaraden anger 280 (skillnad 150) — osäker läsning: ${CONTINUED}`, line: 15 }],
    },
    {
      name: 'HTML: the second part a table of its own without a header',
      code: [
        {
          file: 'c.html',
          text:
            `<table><tr><th>Post</th><th>Belopp (kr)</th></tr>${td([['Hyror', '100'], ['Material', '50'], ['Summa kostnader', '150']])}</table>\n` +
            `<table>${td([['Bidrag', '70'], ['Avgifter', '30'], ['Summa intäkter', '100'], ['Lån', '20'], ['Räntor', '10'], ['Summa finansiering', '30'], ['Summa totalt', '280']])}</table>\n`,
        },
      ],
      findings: [{ severity: 'warning', message: `2 rader summerar till 130; summaraden anger 280 (skillnad 150) — osäker läsning: ${CONTINUED}` }],
    },
    {
      // A paragraph between the two: the second table is a table of its own, and its total is wrong for certain.
      name: 'GFM: the same with a paragraph between the tables stays an error',
      code: [{ file: 'c.md', text: `${FIRST_PART}Intäkterna redovisas nedan för sig och följs upp varje år av myndigheten.\n\n${SECOND_PART}` }],
      findings: [{ severity: 'error', message: '2 rader summerar till 130; summaraden anger 280 (skillnad 150)' }],
    },
  ],
});

/** A cell with digit groups of the wrong width is read run together, with a doubt. Written for this test. */
const GROUPING = (row: string, raw: string, read: string): string =>
  `cellen i raden "${row}" är osäkert läst (felaktig tusentalsgruppering: "${raw}" läses som ${read})`;
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // "1 00 000" read as 100 000: 100 000 + 200 000 = 300 000 against 1 200 000; a digit may have been lost.
      name: 'spaced text: a cell with a malformed grouping makes a mismatch a warning',
      code: 'Tabell 1. Bidrag per kommun, kronor\n\nKommun          Bidrag\nAlby            1 00 000\nBoda              200 000\nSumma           1 200 000\n',
      findings: [
        {
          severity: 'warning',
          message: `2 rader summerar till 300 000 kr; summaraden anger 1 200 000 kr (skillnad 900 000 kr) i kolumnen "Bidrag" — osäker läsning: ${GROUPING('Alby', '1 00 000', '100 000')}`,
          line: 6,
        },
      ],
    },
    {
      // "45 00 000" read as 4 500 000: 4 500 000 + 500 000 = 5 000 000 against 45 500 000 (as if "45 000 000").
      name: 'GFM: a malformed grouping that could hide a lost digit',
      code: [{ file: 'g.md', text: '| Region | Belopp (kr) |\n|---|---|\n| Norr | 45 00 000 |\n| Syd | 500 000 |\n| Totalt | 45 500 000 |\n' }],
      findings: [
        {
          severity: 'warning',
          message: `2 rader summerar till 5 000 000 kr; summaraden anger 45 500 000 kr (skillnad 40 500 000 kr) i kolumnen "Belopp (kr)" — osäker läsning: ${GROUPING('Norr', '45 00 000', '4 500 000')}`,
          line: 5,
        },
      ],
    },
    {
      // 4 500 000 + 500 000 = 5 000 000 against 5 000 001: a digit lost or added in "45 00 000" moves it by at
      // least 2 000 000, so no reading of the cell closes a difference of 1: an error.
      name: 'GFM: a difference no reading of the malformed cell can close',
      code: [{ file: 'g.md', text: '| Region | Belopp (kr) |\n|---|---|\n| Norr | 45 00 000 |\n| Syd | 500 000 |\n| Totalt | 5 000 001 |\n' }],
      findings: [{ severity: 'error', message: '2 rader summerar till 5 000 000 kr; summaraden anger 5 000 001 kr (skillnad 1 kr) i kolumnen "Belopp (kr)"', line: 5 }],
    },
  ],
});

/** A table split in two by a heading or a sentence, its total row under the second part. Pages written for this test. */
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // 4,0 + 3,5 + 2,5 + 1,5 + 2,0 = 13,5: the total covers both parts.
      name: 'a region list split by a heading, the total under its second part',
      code: 'Fördelning per region:\n\nRegion Dalarna 4,0 mnkr\nRegion Gävleborg 3,5 mnkr\nRegion Värmland 2,5 mnkr\n\nNorra Sverige\n\nRegion Norrbotten 1,5 mnkr\nRegion Västerbotten 2,0 mnkr\nTotalt 13,5 mnkr\n',
      findings: [{ severity: 'info', message: 'summaraden "Totalt" (13 500 000 kr) är summan av 5 rader om den omfattar också tabellen närmast före, som tabellens första del' }],
    },
    {
      // 12 + 4 + 6 + 7 = 29 miljoner kronor.
      name: 'a tab table split by a sentence, the sum under its second part',
      code: 'Län\tBelopp (kr)\nKalmar län\t12 000 000\nGotlands län\t4 000 000\nBlekinge län\t6 000 000\n\nTabellen fortsätter med länen i söder.\n\nLän\tBelopp (kr)\nKronobergs län\t7 000 000\nSkåne län\t0\nSumma\t29 000 000\n',
      findings: [{ severity: 'info', message: 'summaraden "Summa" (29 000 000 kr) är summan av 5 rader om den omfattar också tabellen närmast före, som tabellens första del' }],
    },
    {
      // 1,5 + 2,0 = 3,5 against 13,0; with the part above 13,5: neither reconciles, the mismatch stands (a warning: cells set apart by single spaces).
      name: 'a total that neither part nor both make',
      code: 'Fördelning per region:\n\nRegion Dalarna 4,0 mnkr\nRegion Gävleborg 3,5 mnkr\nRegion Värmland 2,5 mnkr\n\nNorra Sverige\n\nRegion Norrbotten 1,5 mnkr\nRegion Västerbotten 2,0 mnkr\nTotalt 13,0 mnkr\n',
      findings: [{ severity: 'warning', message: /^2 rader summerar till 3 500 000 kr; summaraden anger 13 000 000 kr/ }],
    },
  ],
});

/** One unit listed under two names with the same figures, counted once by the total. Written for this test. */
const REPEATED = (first: string, second: string): string => `raderna "${first}" och "${second}" har samma siffror i varje kolumn och kan vara en enhet som summan räknar en gång`;
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // 1 200 + 800 + 1 200 + 500 = 3 700; the total 2 500 leaves out one of the twin rows (1 200).
      name: 'pipe rows: two rows with the same figures, the total counting them once',
      code: [{ file: 'm.md', text: '| Museum | 2023 | 2022 |\n|---|---|---|\n| Konsthallen ¹ | 1 200 | 1 100 |\n| Slottet | 800 | 750 |\n| Stadsmuseet ¹ | 1 200 | 1 100 |\n| Gruvan | 500 | 450 |\n| Summa | 2 500 | 2 300 |\n' }],
      findings: [
        { severity: 'warning', message: `4 rader summerar till 3 700; summaraden anger 2 500 (skillnad 1 200) i kolumnen "2023" — osäker läsning: ${REPEATED('Konsthallen', 'Stadsmuseet')}`, line: 7 },
        { severity: 'warning', message: `4 rader summerar till 3 400; summaraden anger 2 300 (skillnad 1 100) i kolumnen "2022" — osäker läsning: ${REPEATED('Konsthallen', 'Stadsmuseet')}`, line: 7 },
      ],
    },
    {
      // Tab-separated: 40 + 25 + 40 = 105 pupils against 65, the school listed under two programmes.
      name: 'tab-separated: a school under two programmes, once in the total',
      code: 'Program\tElever\tLärare\nEl och energi\t40\t4\nBygg\t25\t3\nTeknik\t40\t4\nTotalt\t65\t7\n',
      findings: [
        { severity: 'warning', message: `3 rader summerar till 105 personer; summaraden anger 65 personer (skillnad 40 personer) i kolumnen "Elever" — osäker läsning: ${REPEATED('El och energi', 'Teknik')}`, line: 5 },
        { severity: 'warning', message: `3 rader summerar till 11; summaraden anger 7 (skillnad 4) i kolumnen "Lärare" — osäker läsning: ${REPEATED('El och energi', 'Teknik')}`, line: 5 },
      ],
    },
    {
      // The same amount in one column only is no sign: two regions may get the same. 30 + 20 + 30 = 80 ≠ 50.
      name: 'tab-separated: rows sharing one figure only stay an error',
      code: 'Region\tBelopp (kr)\nUppsala\t30\nSkåne\t20\nKalmar\t30\nTotalt\t50\n',
      findings: [{ severity: 'error', message: '3 rader summerar till 80 kr; summaraden anger 50 kr (skillnad 30 kr) i kolumnen "Belopp (kr)"', line: 5 }],
    },
  ],
});

/** A row whose label states its scale beside rows that state none: the sum mixes scales read from labels. Written for this test. */
ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // "Intäkter (tkr)" read as 100 000 beside a bare 50: the total 150 says both are in one unit; a reading, so a warning.
      name: 'tab-separated: one row in tkr by its label among rows without a unit',
      code: 'Post\tBelopp\nIntäkter (tkr)\t100\nBidrag\t50\nSumma\t150\n',
      findings: [
        {
          severity: 'warning',
          message: '2 rader summerar till 100 050 kr; summaraden anger 150 kr (skillnad 99 900 kr, avrundning tillåter ±500 kr) i kolumnen "Belopp" — osäker läsning: cellen "100" i raden "Intäkter (tkr)" är inget säkert tal',
          line: 4,
        },
      ],
    },
    {
      name: 'GFM: one row in mnkr by its label among rows without a unit',
      code: [{ file: 'k.md', text: '| Post | 2023 |\n|---|---|\n| Nettoomsättning, mnkr | 120 |\n| Övriga intäkter | 30 |\n| Summa | 150 |\n' }],
      findings: [
        {
          severity: 'warning',
          message: '2 rader summerar till 120 000 030; summaraden anger 150 (skillnad 119 999 880, avrundning tillåter ±500 000) i kolumnen "2023" — osäker läsning: cellen "120" i raden "Nettoomsättning, mnkr" är inget säkert tal',
          line: 5,
        },
      ],
    },
  ],
});

/**
 * A table of codes under a caption: read as a numbered grid (each line's last figure its value)
 * only where the labels do not end in figures; where they do, the line holds more columns, read as
 * columns set apart by single spaces. Written for this test; sums checked by hand.
 */
ruleTester(columnTotal, {
  valid: [
    {
      // Two columns set apart by single spaces under a caption, the codes not rising: read as the columns under the
      // years (numbered-grid.ts leaves rows whose labels end in figures), 40 + 52 + 18 = 110 and 35 + 61 + 24 = 120.
      name: 'codes that do not rise, two columns set apart by single spaces',
      code: 'Tab. 2 Utbetalningar per region\n\nKod Region 2023 2024\n25 Norrbotten 40 35\n10 Blekinge 52 61\n20 Dalarna 18 24\nTotalt 110 120\n',
    },
  ],
  invalid: [
    {
      // 45 + 30 + 25 = 100 tkr against 110: one column, every figure read; the codes are labels, so the error stands.
      name: 'account numbers of one column whose total is wrong',
      code: 'Tabell 5 Kostnader per konto\n\nKonto Belopp i tkr\n3010 Hyror 45\n4020 Material 30\n5110 Resor 25\nSumma 110\n',
      findings: [
        {
          severity: 'error',
          message: '3 rader summerar till 100 000 kr; summaraden anger 110 000 kr (skillnad 10 000 kr, avrundning tillåter ±2 000 kr) i kolumnen "Konto Belopp i tkr"',
          line: 7,
        },
      ],
    },
  ],
});

/**
 * A balance sheet whose sums are all "Summa" rows (written for this test): the grand total right
 * under the sums of its sections is read over them, at most as a warning naming them. Assets:
 * 400 + 50 = 450 and 80 + 30 = 110, so SUMMA TILLGÅNGAR is 560 (2022: 425 + 95 = 520).
 */
type Line = [string, string, string];
const sheet = (assets2023: string, loose?: Line): Line[] => [
  ['TILLGÅNGAR', '', ''],
  ['Anläggningstillgångar', '', ''],
  ['Mark och byggnader', '400', '380'],
  ['Maskiner och inventarier', '50', '45'],
  ['Summa anläggningstillgångar', '450', '425'],
  ...(loose ? [loose] : []),
  ['Omsättningstillgångar', '', ''],
  ['Fordringar', '80', '70'],
  ['Kassa och bank', '30', '25'],
  ['Summa omsättningstillgångar', '110', '95'],
  ['SUMMA TILLGÅNGAR', assets2023, loose ? '544' : '520'],
  ['EGET KAPITAL OCH SKULDER', '', ''],
  ['Eget kapital', '', ''],
  ['Årets resultat', '20', '15'],
  ['Övrigt eget kapital', '200', '185'],
  ['Summa eget kapital', '220', '200'],
  ['Skulder', '', ''],
  ['Långfristiga skulder', '250', '240'],
  ['Kortfristiga skulder', '90', '80'],
  ['Summa skulder', '340', '320'],
  ['SUMMA EGET KAPITAL OCH SKULDER', '560', '520'],
];
const tabbed = (rows: Line[]): string => ['Balansräkning, mnkr', '', 'Post\t2023\t2022', ...rows.map((r) => r.join('\t')), ''].join('\n');
const spaced = (rows: Line[]): string => ['Balansräkning', '', `${'Belopp i mnkr'.padEnd(40)}${'2023'.padStart(8)}${'2022'.padStart(8)}`, ...rows.map(([l, a, b]) => `${l.padEnd(40)}${a.padStart(8)}${b.padStart(8)}`), ''].join('\n');
const notInfo = (text: string) => findingsOf(columnTotal, text).filter((f) => f.severity !== 'info');

describe.each([
  ['tab-separated', tabbed],
  ['space-aligned', spaced],
])('a grand total over section sums, %s', (_, layout) => {
  it('gives no warning where it makes its sections', () => {
    expect(notInfo(layout(sheet('560')))).toEqual([]);
  });

  it('warns, never errs, where it misses them, naming the sections and the difference (450 + 110 = 560, not 540)', () => {
    const off = notInfo(layout(sheet('540')));
    expect(off.map((f) => [f.severity, f.location.line])).toEqual([['warning', 13]]);
    expect(off[0]!.message).toMatch(/^2 rader summerar till 560 000 000 kr; raden "SUMMA TILLGÅNGAR" anger 540 000 000 kr \(skillnad 20 000 000 kr/);
    expect(off[0]!.message).toContain('avsnitten "Summa anläggningstillgångar", "Summa omsättningstillgångar"');
  });

  it('counts an item set loose between the sections beside them (450 + 24 + 110 = 584), or leaves it out (560)', () => {
    const loose: Line = ['Bidrag till statlig infrastruktur', '24', '24'];
    expect(notInfo(layout(sheet('584', loose)))).toEqual([]);
    expect(notInfo(layout(sheet('560', loose)))).toEqual([]);
    const off = notInfo(layout(sheet('600', loose)));
    expect(off.map((f) => f.severity)).toEqual(['warning']);
    expect(off[0]!.message).toMatch(/^3 rader summerar till 584 000 000 kr; raden "SUMMA TILLGÅNGAR" anger 600 000 000 kr/);
  });
});

// What else a "Summa" under other sums may be, written for this test in two layouts: each stays quiet.
const quiet: [string, Line[]][] = [
  // Income less costs, both printed as positive sums: 500 − 480 = 20, 450 − 460 = −10.
  ['a result netting income against costs', [['Avgifter', '300', '280'], ['Bidrag', '200', '170'], ['Summa intäkter', '500', '450'], ['Personal', '330', '310'], ['Lokaler', '150', '150'], ['Summa kostnader', '480', '460'], ['Summa verksamhetens resultat', '20', '-10']]],
  // A figure of another group under two sums whose names it does not cover (500 − 480 and no other reading make 35).
  ['a figure of another group', [['Avgifter', '300', '280'], ['Bidrag', '200', '170'], ['Summa intäkter', '500', '450'], ['Personal', '-330', '-310'], ['Lokaler', '-150', '-150'], ['Summa kostnader', '-480', '-460'], ['Summa anställda', '35', '33']]],
  // Key figures listed as sums, none closing items of its own.
  ['key figures listed as sums', [['Summa intäkter', '500', '450'], ['Summa kostnader', '-480', '-460'], ['Summa eget kapital', '2 000', '1 900']]],
  // A grand total over the last two sections alone: 50 + 30 = 80 (the first section closed an earlier part).
  ['a sum of the last sections alone', [['A1', '60', '55'], ['A2', '40', '35'], ['Summa A', '100', '90'], ['B1', '20', '20'], ['B2', '30', '25'], ['Summa B', '50', '45'], ['C1', '10', '10'], ['C2', '20', '15'], ['Summa C', '30', '25'], ['Summa B och C', '80', '70']]],
];
describe.each(quiet)('a sum under section sums that is %s', (_, rows) => {
  it.each([
    ['tab-separated', tabbed],
    ['space-aligned', spaced],
  ])('is not read as their total (%s)', (__, layout) => {
    expect(notInfo(layout(rows))).toEqual([]);
  });
});

/**
 * A note that prints its sum lines without a label (written for this test): the middle block's line
 * does not add up (−200 + 12 − 35 = −223, not −235; the lone 12 has no 2022 figure), so it is no sum
 * line, yet it closes its block: the last sum is −20 − 5 = −25 (2022: −20 + 0), not the two blocks.
 */
const note = (last2023: string): Line[] => [
  ['Ingående anskaffningsvärden', '', ''],
  ['Vid årets början', '500', '450'],
  ['Inköp', '60', '50'],
  ['', '560', '500'],
  ['Ackumulerade avskrivningar', '', ''],
  ['Vid årets början', '-200', '-170'],
  ['Försäljningar och utrangeringar', '12', ''],
  ['Årets avskrivningar', '-35', '-30'],
  ['', '-235', '-200'],
  ['Ackumulerade nedskrivningar', '', ''],
  ['Vid årets början', '-20', '-20'],
  ['Årets nedskrivning', '-5', '0'],
  ['Summa nedskrivningar', last2023, '-20'],
];
const gfm = (rows: Line[]): string => ['Not 5 Inventarier, mnkr', '', '| Post | 2023 | 2022 |', '|---|---:|---:|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
describe.each([
  ['tab-separated', (rows: Line[]) => [{ file: 'n.txt', text: tabbed(rows) }], 16],
  ['GFM', (rows: Line[]) => [{ file: 'n.md', text: gfm(rows) }], 17],
])('a note whose unlabelled line closes a block without adding up, %s', (_, layout, line) => {
  const notInfos = (code: { file: string; text: string }[]) => findingsOf(columnTotal, code).filter((f) => f.severity !== 'info');
  it('checks the next sum over its own block only', () => {
    expect(notInfos(layout(note('-25')))).toEqual([]);
  });

  it('still warns where that sum misses its block too (−20 − 5 = −25, not −30)', () => {
    const off = notInfos(layout(note('-30')));
    expect(off.map((f) => [f.severity, f.location.line])).toEqual([['warning', line]]);
    expect(off[0]!.message).toMatch(/"Summa nedskrivningar" anger −30 000 000 kr/);
  });
});

/**
 * A sum at the top of a table that sums rows elsewhere (a count of valid answers whose parts stand
 * in the table above), with the next sum going on from it and the rows between: the rows under it
 * are the next sum's parts, not its own, so it is no total above its parts. Tables written for this test.
 */
const tally = (whole: string): string[][] => [
  ['Summa godkända svar', '1 240', '1 198'],
  ['Blanka svar', '31', '27'],
  ['Ogiltiga svar', '9', '4'],
  ['Summa inkomna svar', whole, '1 229'],
  ['Utskickade enkäter', '2 400', '2 350'],
];
describe.each([
  ['tab-separated', (rows: string[][]) => [{ file: 't.txt', text: ['Svarsredovisning\tÅr 2024\tÅr 2023', ...rows.map((r) => r.join('\t')), ''].join('\n') }]],
  ['GFM', (rows: string[][]) => [{ file: 't.md', text: ['| Svarsredovisning | År 2024 | År 2023 |', '|---|---:|---:|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n') }]],
])('a sum the next sum goes on from, %s', (_, layout) => {
  const notInfos = (code: { file: string; text: string }[]) => findingsOf(columnTotal, code).filter((f) => f.severity !== 'info');
  it('is not checked against the rows under it', () => {
    expect(notInfos(layout(tally('1 280')))).toEqual([]);
    expect(findingsOf(columnTotal, layout(tally('1 280'))).map((f) => f.message)).toEqual([
      expect.stringMatching(/^3 rader summerar till delsumman "Summa inkomna svar" \(1 280\).*föregående summa plus raderna efter den/),
      expect.stringMatching(/^3 rader summerar till delsumman "Summa inkomna svar" \(1 229\).*föregående summa plus raderna efter den/),
    ]);
  });

  it('is, where the next sum misses (1 240 + 31 + 9 = 1 280, not 1 290)', () => {
    const off = notInfos(layout(tally('1 290')));
    expect(off.some((f) => /"Summa godkända svar" anger 1 240/.test(f.message))).toBe(true);
  });
});
