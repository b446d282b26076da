import type { Source, SourceRow } from './matrix-sections.fixtures.js';

/**
 * The source tables of the matrix, figures invented and sums worked out by hand (in the comment
 * of each). Values are as a person reads them, in the unit of their column.
 */
const r = (label: string, cells: string[], region?: string, values?: (string | null)[]): SourceRow => ({ cells: [label, ...cells], ...(region ? { region } : {}), ...(values ? { values } : {}) });
const heading = (label: string, bold = false): SourceRow => ({ cells: [label], heading: true, bold });

const TKR = { unit: 'SEK', scale: 1000 } as const;
const MNKR = { unit: 'SEK', scale: 1e6 } as const;
const COUNT = { unit: 'count', scale: 1 } as const;
const PCT = { unit: 'percent', scale: 1 } as const;

export const SECTIONED: readonly Source[] = [
  {
    // 1 200 + 900 = 2 100, 1 350 + 1 000 = 2 350; 2 500 + 400 = 2 900, 2 600 + 450 = 3 050;
    // 2 100 + 2 900 = 5 000, 2 350 + 3 050 = 5 400.
    id: 'sections with a heading and a sum each, then a total',
    before: ['Tabell 1. Bidrag per län, tusental kronor'],
    head: ['Län', '2024', '2025'],
    rows: [
      heading('Norra Sverige'),
      r('Norrbottens län', ['1 200', '1 350'], '25'),
      r('Västerbottens län', ['900', '1 000'], '24'),
      r('Summa Norra Sverige', ['2 100', '2 350']),
      heading('Södra Sverige'),
      r('Skåne län', ['2 500', '2 600'], '12'),
      r('Blekinge län', ['400', '450'], '10'),
      r('Summa Södra Sverige', ['2 900', '3 050']),
      r('Totalt', ['5 000', '5 400']),
    ],
    units: [TKR, TKR],
    mutant: { row: 6, col: 1, raw: '460' },
  },
  {
    // 3 000 + 2 000 + 1 500 = 6 500; 6 500 − 1 000 = 5 500.
    id: 'a sum, an adjustment row and the amount after it',
    before: ['Tabell 2. Tilldelning per län, tusental kronor'],
    head: ['Län', 'Belopp'],
    rows: [
      r('Uppsala län', ['3 000'], '03'),
      r('Gävleborgs län', ['2 000'], '21'),
      r('Dalarnas län', ['1 500'], '20'),
      r('Summa', ['6 500']),
      r('Avgår tidigare beslutat', ['-1 000']),
      r('Totalt att betala ut', ['5 500']),
    ],
    units: [TKR],
    mutant: { row: 2, col: 0, raw: '1 600' },
  },
  {
    // 4 000 + 1 000 = 5 000 (Stockholms stad 2 500 is part of Stockholms län); 5 000 + 800 + 200 = 6 000.
    id: 'a varav row, a subtotal, more rows and a grand total in capitals',
    before: ['Tabell 3. Medel per mottagare, tusental kronor'],
    head: ['Mottagare', 'Belopp'],
    rows: [
      r('Stockholms län', ['4 000'], '01'),
      r('varav Stockholms stad', ['2 500']),
      r('Uppsala län', ['1 000'], '03'),
      r('Summa län', ['5 000']),
      r('Nationella insatser', ['800']),
      r('Administration', ['200']),
      r('SUMMA TOTALT', ['6 000']),
    ],
    units: [TKR],
    mutant: { row: 2, col: 0, raw: '1 100' },
  },
  {
    // 2 000 + 700 + 900 = 3 600, the total printed above its parts.
    id: 'the total above its parts',
    before: ['Tabell 4. Stöd per län 2025, tusental kronor'],
    head: ['Område', 'Stöd'],
    rows: [r('Totalt', ['3 600']), r('Västra Götalands län', ['2 000'], '14'), r('Hallands län', ['700'], '13'), r('Värmlands län', ['900'], '17')],
    units: [TKR],
    mutant: { row: 2, col: 0, raw: '710' },
  },
  {
    // 1 800 + 1 200 = 3 000; 600 + 900 = 1 500; 3 000 + 1 500 = 4 500.
    id: 'section headings in capitals (bold where the layout has bold), "Summa" per section and "Total"',
    before: ['Tabell 5. Fördelning per län 2025, tusental kronor'],
    head: ['Län', 'Fördelning'],
    rows: [
      heading('ÖSTRA SVEALAND', true),
      r('Västmanlands län', ['1 800'], '19'),
      r('Södermanlands län', ['1 200'], '04'),
      r('Summa', ['3 000']),
      heading('VÄSTRA SVEALAND', true),
      r('Örebro län', ['600'], '18'),
      r('Värmlands län', ['900'], '17'),
      r('Summa', ['1 500']),
      r('Total', ['4 500']),
    ],
    units: [TKR],
    mutant: { row: 5, col: 0, raw: '650' },
  },
  {
    // 4 100 + 1 900 = 6 000; −3 800 − 1 700 = −5 500; 6 000 − 5 500 = 500.
    id: 'income and costs each summed ("Summa intäkter"), then the result',
    before: ['Tabell 17. Resultaträkning för Region Gotland 2025, miljoner kronor'],
    head: ['Post', 'Budget'],
    rows: [
      heading('Intäkter'),
      r('Skatteintäkter', ['4 100']),
      r('Statsbidrag', ['1 900']),
      r('Summa intäkter', ['6 000']),
      heading('Kostnader'),
      r('Personalkostnader', ['-3 800']),
      r('Övriga kostnader', ['-1 700']),
      r('Summa kostnader', ['-5 500']),
      r('Totalt', ['500']),
    ],
    units: [MNKR],
    mutant: { row: 2, col: 0, raw: '1 950' },
  },
];

export const CELL_NOTES: readonly Source[] = [
  {
    // 75 + 1 200 + 45 + 80 + 12 300 = 13 700; 12 + 8 + 3 + 5 + 20 = 48.
    id: 'numbers with notes',
    before: ['Tabell 6. Beviljade medel per län, tusental kronor'],
    head: ['Län', 'Beviljat', 'Antal projekt'],
    rows: [
      r('Stockholms län', ['75 (varav 40 under 2025)', '12'], '01', ['75', '12']),
      r('Uppsala län', ['1 200*', '8'], '03', ['1200', '8']),
      r('Södermanlands län', ['45¹', '3'], '04', ['45', '3']),
      r('Östergötlands län', ['80 1)', '5'], '05', ['80', '5']),
      r('Örebro län', ['12 300 a', '20'], '18', ['12300', '20']),
      r('Totalt', ['13 700', '48']),
    ],
    units: [TKR, COUNT],
    mutant: { row: 1, col: 0, raw: '1 210*' },
  },
  {
    // 2024: 120 and blanks = 120; 2025: 135 + 60 + 75 = 270 (Gotland's "x" is not given).
    id: 'blank cells: dash, two dots, "<5", "x"',
    before: ['Tabell 7. Antal ärenden per län'],
    head: ['Län', 'Ärenden 2024', 'Ärenden 2025'],
    rows: [
      r('Jönköpings län', ['120', '135'], '06'),
      // A dash is nothing: zero, as the statistics' convention has it (read so, and marked uncertain).
      r('Kronobergs län', ['–', '60'], '07', ['0', '60']),
      r('Kalmar län', ['..', '75'], '08', [null, '75']),
      r('Gotlands län', ['<5', 'x'], '09', [null, null]),
      r('Totalt', ['120', '270']),
    ],
    units: [COUNT, COUNT],
    mutant: { row: 2, col: 1, raw: '85' },
  },
  {
    // Avvikelse = budget − utfall: 500 − 512 = −12, 400 − 388 = 12, 300 − 312 = −12, 200 − 212 = −12;
    // 1 400 − 1 424 = −24 = −12 + 12 − 12 − 12.
    id: 'negative numbers in every form',
    before: ['Tabell 8. Budget och utfall per region, miljoner kronor'],
    head: ['Region', 'Budget', 'Utfall', 'Avvikelse'],
    rows: [
      r('Region Västmanland', ['500', '512', '-12'], '19'),
      r('Region Örebro län', ['400', '388', '12'], '18'),
      r('Region Värmland', ['300', '312', '−12'], '17'),
      r('Region Dalarna', ['200', '212', '(12)'], '20', ['200', '212', '-12']),
      r('Totalt', ['1 400', '1 424', '–24']),
    ],
    units: [MNKR, MNKR, MNKR],
    mutant: { row: 1, col: 1, raw: '398' },
  },
  {
    // 2 400 + 1 200 + 2 400 = 6 000; 40 + 20 + 40 = 100 %.
    id: 'percent cells beside money cells',
    before: ['Tabell 9. Fördelning per län, tusental kronor'],
    head: ['Län', 'Belopp', 'Andel'],
    rows: [
      r('Västernorrlands län', ['2 400', '40 %'], '22', ['2400', '40']),
      r('Jämtlands län', ['1 200', '20 %'], '23', ['1200', '20']),
      r('Gävleborgs län', ['2 400', '40 %'], '21', ['2400', '40']),
      r('Totalt', ['6 000', '100 %'], undefined, ['6000', '100']),
    ],
    units: [TKR, PCT],
    mutant: { row: 1, col: 0, raw: '1 300' },
  },
  {
    // 2025: 400 + 250 = 650 (Halland's phrase gives no figure); 2026: 420 + 260 + 120 = 800.
    id: 'a phrase for a blank ("Ryms inom befintlig ram")',
    before: ['Tabell 18. Beräknade kostnader per län, tusental kronor'],
    head: ['Län', '2025', '2026'],
    rows: [
      r('Skåne län', ['400', '420'], '12'),
      r('Blekinge län', ['250', '260'], '10'),
      r('Hallands län', ['Ryms inom befintlig ram', '120'], '13', [null, '120']),
      r('Summa', ['650', '800']),
    ],
    units: [TKR, TKR],
    mutant: { row: 1, col: 1, raw: '270' },
  },
];

export const UNIT_OUTSIDE: readonly Source[] = [
  {
    // 4 200 + 1 300 + 2 500 = 8 000.
    id: 'unit in the sentence before',
    before: ['Tabell 10. Bidrag per län 2025', 'Fördelningen per län anges i tusental kronor:'],
    head: ['Län', 'Bidrag'],
    rows: [r('Skåne län', ['4 200'], '12'), r('Blekinge län', ['1 300'], '10'), r('Kronobergs län', ['2 500'], '07'), r('Summa', ['8 000'])],
    units: [TKR],
    mutant: { row: 1, col: 0, raw: '1 350' },
  },
  {
    // 12,5 + 8,3 + 4,2 = 25,0.
    id: 'unit in the caption',
    before: ['Tabell 11. Statsbidrag per region 2025 (miljoner kronor)'],
    head: ['Region', 'Statsbidrag'],
    rows: [r('Region Halland', ['12,5'], '13'), r('Region Jönköpings län', ['8,3'], '06'), r('Region Kalmar län', ['4,2'], '08'), r('Totalt', ['25,0'])],
    units: [MNKR],
    mutant: { row: 0, col: 0, raw: '12,9' },
  },
  {
    // 150 + 75 + 25 = 250 and 310 + 90 + 100 = 500.
    id: 'unit in the first header cell',
    before: ['Tabell 12. Medel till länen'],
    head: ['Belopp i miljoner kronor', '2024', '2025'],
    rows: [r('Stockholms län', ['150', '310'], '01'), r('Uppsala län', ['75', '90'], '03'), r('Gotlands län', ['25', '100'], '09'), r('Summa', ['250', '500'])],
    units: [MNKR, MNKR],
    mutant: { row: 2, col: 1, raw: '110' },
  },
  {
    // 1 500 + 2 250 + 750 = 4 500.
    id: 'unit in a short first header cell ("Tkr")',
    before: ['Tabell 13. Ersättning per län'],
    head: ['Tkr', 'Ersättning'],
    rows: [r('Västerbottens län', ['1 500'], '24'), r('Norrbottens län', ['2 250'], '25'), r('Jämtlands län', ['750'], '23'), r('Totalt', ['4 500'])],
    units: [TKR],
    mutant: { row: 0, col: 0, raw: '1 600' },
  },
  {
    // 640 + 480 + 880 = 2 000.
    id: 'unit in a line under the table',
    before: ['Tabell 14. Anslag per län 2025'],
    head: ['Län', 'Anslag'],
    rows: [r('Dalarnas län', ['640'], '20'), r('Gävleborgs län', ['480'], '21'), r('Västernorrlands län', ['880'], '22'), r('Totalt', ['2 000'])],
    after: ['Belopp i tkr.'],
    units: [TKR],
    mutant: { row: 1, col: 0, raw: '490' },
  },
  {
    // 3,6 + 2,4 + 6,0 = 12,0.
    id: 'unit in a source line under the table',
    before: ['Tabell 15. Utbetalt per län 2024'],
    head: ['Län', 'Utbetalt'],
    rows: [r('Östergötlands län', ['3,6'], '05'), r('Jönköpings län', ['2,4'], '06'), r('Västra Götalands län', ['6,0'], '14'), r('Totalt', ['12,0'])],
    after: ['Källa: Länsstyrelsen, belopp i miljoner kronor'],
    units: [MNKR],
    mutant: { row: 2, col: 0, raw: '6,5' },
  },
  {
    // 900 + 600 + 1 500 = 3 000; 9 + 6 + 15 = 30 projects; 30 + 20 + 50 = 100 %.
    id: 'a unit per column and a count column under a money caption',
    before: ['Tabell 16. Projektmedel per län, tusental kronor'],
    head: ['Län', 'Belopp, tkr', 'Antal projekt', 'Andel, %'],
    rows: [
      r('Hallands län', ['900', '9', '30'], '13'),
      r('Kalmar län', ['600', '6', '20'], '08'),
      r('Skåne län', ['1 500', '15', '50'], '12'),
      r('Totalt', ['3 000', '30', '100']),
    ],
    units: [TKR, COUNT, PCT],
    mutant: { row: 0, col: 0, raw: '950' },
  },
  {
    // 14,5 + 6,0 + 9,5 = 30,0 and 15,0 + 6,5 + 10,5 = 32,0.
    id: 'unit in the first header cell as "Mnkr"',
    before: ['Tabell 19. Regionala medel'],
    head: ['Mnkr', '2024', '2025'],
    rows: [r('Region Dalarna', ['14,5', '15,0'], '20'), r('Region Gävleborg', ['6,0', '6,5'], '21'), r('Region Värmland', ['9,5', '10,5'], '17'), r('Summa', ['30,0', '32,0'])],
    units: [MNKR, MNKR],
    mutant: { row: 1, col: 0, raw: '6,4' },
  },
  {
    // 320 + 180 + 500 = 1 000.
    id: 'unit in the first header cell as "(kkr)"',
    before: ['Tabell 20. Utbetalda bidrag per län'],
    head: ['Län (kkr)', 'Bidrag'],
    rows: [r('Kalmar län', ['320'], '08'), r('Kronobergs län', ['180'], '07'), r('Jönköpings län', ['500'], '06'), r('Totalt', ['1 000'])],
    units: [TKR],
    mutant: { row: 2, col: 0, raw: '520' },
  },
];
