import { scaleSlip } from '../../../src/rules/table/scale-slip.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Sums that add up only with one figure a thousand times smaller or larger, in layouts written
 * for this test; the arithmetic worked out by hand in the comments.
 */
ruleTester(scaleSlip, {
  valid: [
    // 120 + 340 + 40 = 500: adds up, nothing to explain.
    { name: 'a column that adds up', code: 'Nämnd\tBudget (tkr)\nSkola\t120\nVård\t340\nKultur\t40\nSumma\t500\n' },
    // 120 + 340 + 45 = 505 ≠ 500, and no figure a thousand times off makes 500.
    { name: 'a mismatch no thousandfold slip explains', code: 'Nämnd\tBudget (tkr)\nSkola\t120\nVård\t340\nKultur\t45\nSumma\t500\n' },
    // 2 + 2 + 300 = 304 ≠ 302.002: either 2 could be 0,002 — two candidates, so no claim.
    { name: 'two figures that could each be the slip', code: 'Post\tBelopp (kr)\nA\t2\nB\t2\nC\t300\nSumma\t302,002\n' },
    // The budget of the cases below in GFM, which prints the "Reserv" row's empty cell: its 3 000 stands under 2023 as
    // printed, no slip explains either column (110 450 ≠ 107 450, 109 400 ≠ 112 400), and a printed column is never moved.
    {
      name: 'GFM: a row with one figure in a printed column is never moved',
      code: [
        {
          file: 'g.md',
          text:
            'Driftbudget per nämnd, tkr\n\n| Nämnd | Budget 2023 | Budget 2024 |\n|---|---|---|\n| Kulturnämnden | 4 200 | 4 350 |\n| Socialnämnden | 95 000 | 96 500 |\n' +
            '| Tekniska nämnden | 150 000 | 150 000 |\n| Miljönämnden | 8 100 | 8 400 |\n| Reserv | 3 000 | |\n| Summa | 107 450 | 112 400 |\n',
        },
      ],
    },
    // A row over its indented parts: Intäkter A = Del 1 + Del 2 (100 = 60 + 40, 210 = 125 + 85, 330 = 170 + 160), and the
    // sum row counts it once: 100 + 50 = 150 ≈ 151 (rounding), 210 + 51 = 261, 330 + 52 = 382. Summed over every row the
    // columns miss by the row itself (250, 471, 712), which "Intäkter A" a thousand times smaller would seem to mend: no slip.
    {
      name: 'aligned text: a row over its indented parts is no slip',
      code: 'Intäkter, mnkr\n\nPost            2021   2022   2023\nIntäkter A       100    210    330\n  Del 1           60    125    170\n  Del 2           40     85    160\nIntäkter B        50     51     52\nSumma            151    261    382\n',
    },
    // The same structure in GFM, where no indentation shows: "Bidrag" = "Stat" + "Region" exactly in all three columns
    // (80 = 50 + 30, 90 = 55 + 35, 120 = 70 + 50), and Summa = Bidrag + Avgifter: 80 + 20 = 100, 90 + 30 = 120, 120 + 41 = 161 ≈ 160.
    {
      name: 'GFM: a row its parts make in every column is no slip',
      code: [
        {
          file: 'e.md',
          text: '| Intäkter (tkr) | 2022 | 2023 | 2024 |\n|---|---|---|---|\n| Bidrag | 80 | 90 | 120 |\n| Stat | 50 | 55 | 70 |\n| Region | 30 | 35 | 50 |\n| Avgifter | 20 | 30 | 41 |\n| Summa | 100 | 120 | 160 |\n',
        },
      ],
    },
  ],
  invalid: [
    {
      // 2 819 + 121 194 + 3 000 + 38 245 = 165 258 ≠ 162 261; with 3 000 as 3: 2 819 + 121 194 + 3 + 38 245 = 162 261.
      name: 'tab-separated: a figure a thousand times too large among thousands',
      code: 'Nämnd\tBudget 2025 (tkr)\nStyrelsen\t2 819\nSkola\t121 194\nRevision\t3 000\nTeknik\t38 245\nSumma\t162 261\n',
      findings: [
        {
          severity: 'warning',
          message: 'raden "Summa" stämmer om cellen "3 000" i raden "Revision" är 3 000 kr i stället för 3 000 000 kr i kolumnen "Budget 2025 (tkr)": talet ser ut att vara skrivet i en tusen gånger mindre enhet eller med fel siffergruppering',
          line: 4,
          expected: '3000',
          actual: '3000000',
        },
      ],
    },
    {
      // In "mnkr": 12 400 + 8 250 + 3,5 = 20 653,5 ≠ 24 150; with 3,5 as 3 500: 12 400 + 8 250 + 3 500 = 24 150.
      // The others are the odd ones: the finding stands at the column's first figure.
      name: 'GFM: a small figure that only fits as a thousand of the others',
      code: [{ file: 's.md', text: '| Anslag | Belopp (mnkr) |\n|---|---|\n| Förvaltning | 12 400 |\n| Kultur | 8 250 |\n| Fonden | 3,5 |\n| Totalt | 24 150 |\n' }],
      findings: [
        {
          severity: 'warning',
          message: /^raden "Totalt" stämmer om cellen "3,5" i raden "Fonden" är 3 500 000 000 kr i stället för 3 500 000 kr i kolumnen "Belopp \(mnkr\)": de övriga beloppen ser ut att vara i en tusen gånger mindre enhet/,
          line: 3,
        },
      ],
    },
    {
      // One cell a line: "Reserv" has one figure, put under 2023 by guess. As read, 2023: 4 200 + 95 000 + 150 000 + 8 100 + 3 000
      // = 260 300 and 2024: 4 350 + 96 500 + 150 000 + 8 400 = 259 250; with 150 000 as 150 neither gives its sum (110 450 ≠ 107 450,
      // 109 400 ≠ 112 400). With 3 000 under 2024 both do: 4 200 + 95 000 + 150 + 8 100 = 107 450, 4 350 + 96 500 + 150 + 8 400 + 3 000 = 112 400.
      name: 'one cell a line: a slip that shows once the lone figure stands in the other column',
      code: ["Driftbudget per nämnd (belopp i tusen kronor)","","Budget 2023","","Budget 2024","","Kulturnämnden","","4.200","","4.350","","Socialnämnden","","95.000","","96.500","","Tekniska nämnden","","150.000","","150.000","","Miljönämnden","","8.100","","8.400","","Reserv","","3.000","","Summa","","107.450","","112.400",""].join('\n'),
      findings: [
        {
          severity: 'warning',
          message:
            'raden "Summa" stämmer om cellen "150.000" i raden "Tekniska nämnden" är 150 000 kr i stället för 150 000 000 kr i kolumnen "Budget 2023": talet ser ut att vara skrivet i en tusen gånger mindre enhet eller med fel siffergruppering — om talet "3.000" i raden "Reserv" står i kolumnen "Budget 2024": raden har ett enda tal, och i vilken kolumn det står är läsarens gissning',
          line: 21,
          expected: '150000',
          actual: '150000000',
        },
        {
          severity: 'warning',
          message: /^raden "Summa" stämmer om cellen "150.000" i raden "Tekniska nämnden" är 150 000 kr i stället för 150 000 000 kr i kolumnen "Budget 2024": .* — om talet "3.000" i raden "Reserv" står i kolumnen "Budget 2024"/,
          line: 23,
        },
      ],
    },
    {
      // The same budget set apart by single spaces, "Reserv 3 000" a short row read from the left: the same sums.
      name: 'spaced text: a short row whose figure the sums want in the other column',
      code: 'Driftbudget per nämnd, tkr\n\nNämnd Budget 2023 Budget 2024\n\nKulturnämnden 4 200 4 350\nSocialnämnden 95 000 96 500\nTekniska nämnden 150 000 150 000\nMiljönämnden 8 100 8 400\nReserv 3 000\nSumma 107 450 112 400\n\nText efter tabellen.\n',
      findings: [
        {
          severity: 'warning',
          message: /^raden "Summa" stämmer om cellen "150 000" i raden "Tekniska nämnden" är 150 000 kr i stället för 150 000 000 kr i kolumnen "Budget 2023": .* — om talet "3 000" i raden "Reserv" står i kolumnen "Budget 2024"/,
          line: 7,
          expected: '150000',
        },
        {
          severity: 'warning',
          message: /i kolumnen "Budget 2024": .* — om talet "3 000" i raden "Reserv" står i kolumnen "Budget 2024"/,
          line: 7,
        },
      ],
    },
    {
      // A paragraph a row, one cell a line, figures grouped by spaces: the same sums again.
      name: 'a paragraph a row: the lone figure moved',
      code:
        'Driftbudget per nämnd, tkr\nNämnd\nBudget 2023\nBudget 2024\n\nKulturnämnden\n4 200\n4 350\n\nSocialnämnden\n95 000\n96 500\n\n' +
        'Tekniska nämnden\n150 000\n150 000\n\nMiljönämnden\n8 100\n8 400\n\nReserv\n3 000\n\nSumma\n107 450\n112 400\n',
      findings: [
        { severity: 'warning', message: /i kolumnen "Budget 2023": .* — om talet "3 000" i raden "Reserv" står i kolumnen "Budget 2024"/, line: 15 },
        { severity: 'warning', message: /i kolumnen "Budget 2024": .* — om talet "3 000" i raden "Reserv" står i kolumnen "Budget 2024"/, line: 16 },
      ],
    },
  ],
});
