import { describe, expect, it } from 'vitest';
import { rowTotal } from '../../src/rules/table/row-total.js';
import { statesPerHead } from '../../src/tables/per-head.js';
import type { Grid } from '../../src/layout/types.js';
import { docOf, ruleTester } from '../rules/rule-tester.js';

/**
 * Figures per head or means under a title that says so are rounded quotients, whole kronor too:
 * their row sums meet the total only within that rounding. Layouts and figures written for this
 * test: a Markdown table under its heading, a tab table under its title line, an HTML table with
 * the unit in its caption, an English title; a kronor table under a sentence that only tells how
 * money was shared stays exact.
 */
const markdown = [
  '# Vårdkostnader per län 2021, kronor per invånare',
  '',
  '| Län | Öppen vård | Sluten vård | Tandvård | Totalt |',
  '|---|---|---|---|---|',
  '| Alfa län | 3 100 | 4 412 | 9 | 7 520 |',
  '| Beta län | 2 953 | 3 438 | 981 | 7 371 |',
  '',
].join('\n');

const tabbed = ['Kostnad per elev 2020', '', 'Skola\tUndervisning\tLokaler\tMåltider\tTotalt', 'Norra\t61 201\t18 412\t6 009\t85 621', 'Södra\t58 953\t16 438\t5 981\t81 371', ''].join('\n');

const html = [
  '<table><caption>Driftkostnad 2022, kr/inv</caption>',
  '<tr><th>Kommun</th><th>Gator</th><th>Parker</th><th>Summa</th></tr>',
  '<tr><td>Östby</td><td>1 204</td><td>377</td><td>1 580</td></tr>',
  '<tr><td>Västby</td><td>998</td><td>401</td><td>1 400</td></tr>',
  '</table>',
].join('\n');

const english = ['Health care costs, SEK per inhabitant in 2021', '', 'County\tPrimary care\tHospital care\tTotal', 'North County\t4 133\t9 208\t13 340', 'South County\t3 871\t8 940\t12 810', ''].join('\n');

ruleTester(rowTotal, {
  valid: [],
  invalid: [
    {
      // 3 100 + 4 412 + 9 = 7 521 against 7 520; 2 953 + 3 438 + 981 = 7 372 against 7 371.
      name: 'a Markdown table under a heading that closes with "kronor per invånare"',
      code: [{ file: 'per-head.md', text: markdown }],
      findings: [
        { severity: 'info', message: 'raden "Alfa län": 3 kolumner summerar till 7 521 kr; kolumnen "Totalt" anger 7 520 kr (skillnad 1 kr, avrundning tillåter ±2 kr) — stämmer inom avrundningen' },
        { severity: 'info', message: 'raden "Beta län": 3 kolumner summerar till 7 372 kr; kolumnen "Totalt" anger 7 371 kr (skillnad 1 kr, avrundning tillåter ±2 kr) — stämmer inom avrundningen' },
      ],
    },
    {
      // 61 201 + 18 412 + 6 009 = 85 622 against 85 621; 58 953 + 16 438 + 5 981 = 81 372 against 81 371.
      name: 'a tab table under a title line "Kostnad per elev 2020"',
      code: tabbed,
      findings: [
        { severity: 'info', message: 'raden "Norra": 3 kolumner summerar till 85 622; kolumnen "Totalt" anger 85 621 (skillnad 1, avrundning tillåter ±2) — stämmer inom avrundningen' },
        { severity: 'info', message: 'raden "Södra": 3 kolumner summerar till 81 372; kolumnen "Totalt" anger 81 371 (skillnad 1, avrundning tillåter ±2) — stämmer inom avrundningen' },
      ],
    },
    {
      // 1 204 + 377 = 1 581 against 1 580 (within ±1,5); 998 + 401 = 1 399 against 1 400.
      name: 'an HTML table whose caption states "kr/inv"',
      code: [{ file: 'per-head.html', text: html }],
      findings: [
        { severity: 'info', message: /^raden "Östby": 2 kolumner summerar till 1 581 kr; kolumnen "Summa" anger 1 580 kr \(skillnad 1 kr, avrundning tillåter ±1,5 kr\)/ },
        { severity: 'info', message: /^raden "Västby": 2 kolumner summerar till 1 399 kr; kolumnen "Summa" anger 1 400 kr \(skillnad 1 kr, avrundning tillåter ±1,5 kr\)/ },
      ],
    },
    {
      // 4 133 + 9 208 = 13 341 against 13 340; 3 871 + 8 940 = 12 811 against 12 810.
      name: 'an English title "SEK per inhabitant"',
      code: english,
      findings: [
        { severity: 'info', message: /^raden "North County": 2 kolumner summerar till 13 341; kolumnen "Total" anger 13 340 \(skillnad 1, avrundning tillåter ±1,5\)/ },
        { severity: 'info', message: /^raden "South County": 2 kolumner summerar till 12 811; kolumnen "Total" anger 12 810 \(skillnad 1, avrundning tillåter ±1,5\)/ },
      ],
    },
    {
      // The rounding of three parts and a total is ±2: 2 953 + 3 438 + 981 = 7 372 against 7 300 is no rounding.
      name: 'a difference beyond the rounding of figures per head is still an error',
      code: [{ file: 'per-head.md', text: markdown.replace('| 7 371 |', '| 7 300 |') }],
      findings: [
        { severity: 'info', message: /^raden "Alfa län"/ },
        { severity: 'error', message: 'raden "Beta län": 3 kolumner summerar till 7 372 kr; kolumnen "Totalt" anger 7 300 kr (skillnad 72 kr, avrundning tillåter ±2 kr)' },
      ],
    },
    {
      // Kronor paid out, the sentence above only tells how they were shared: whole kronor stay exact.
      name: 'a sentence that shares money per inhabitant sets no unit per head',
      code: [
        'Medlen fördelas med 100 kronor per invånare. Belopp i kronor.',
        '',
        'Kommun\tGrundbelopp\tTillägg\tTotalt',
        'Östby\t310 200\t20 000\t330 201',
        'Västby\t120 400\t10 000\t130 400',
        '',
      ].join('\n'),
      findings: [{ severity: 'error', message: 'raden "Östby": 2 kolumner summerar till 330 200 kr; kolumnen "Totalt" anger 330 201 kr (skillnad 1 kr)' }],
    },
  ],
});

const grid = (lead: string | undefined, caption?: string): Grid =>
  ({
    caption: caption === undefined ? null : { text: caption },
    lead: lead === undefined ? undefined : { text: lead },
  }) as unknown as Grid;

describe('statesPerHead', () => {
  it('reads a unit per head or a mean in the caption, the corner or the closing clause of the title line', () => {
    expect(statesPerHead(grid(undefined, 'Tabell 4. Nettokostnad, kronor per invånare'), '')).toBe(true);
    expect(statesPerHead(grid(undefined), 'Kr/inv')).toBe(true);
    expect(statesPerHead(grid('Antal besök per 1 000 invånare'), '')).toBe(true);
    expect(statesPerHead(grid('Lön 2023, genomsnitt i kronor'), '')).toBe(true);
    expect(statesPerHead(grid('Läkemedel 2019, SEK per inhabitant'), '')).toBe(true);
    // The title closes a paragraph of explanations and links.
    expect(statesPerHead(grid('Förklaring Kostnaden oavsett vem som betalat. PDF Diagram Läkemedel per län 2019, kronor per invånare'), '')).toBe(true);
  });

  it('leaves amounts alone when the words per head stand outside the unit clause or in prose', () => {
    expect(statesPerHead(grid('Bidrag per invånare och kommun, tusen kronor'), '')).toBe(false);
    expect(statesPerHead(grid('Medlen fördelas med 100 kronor per invånare.'), '')).toBe(false);
    expect(statesPerHead(grid('Bidraget är 100 kronor per invånare. Fördelning per kommun, kronor'), '')).toBe(false);
    expect(statesPerHead(grid(undefined, 'Fördelning per län, kronor'), 'Län')).toBe(false);
  });
});

describe('cells of a table per head', () => {
  it('keep their values and are no longer exact', () => {
    const [t] = docOf({ file: 'per-head.md', text: markdown }).tables;
    expect(t!.rows.map((r) => [r.label, r.cells.map((c) => c.value?.toString())])).toEqual([
      ['Alfa län', ['3100', '4412', '9', '7520']],
      ['Beta län', ['2953', '3438', '981', '7371']],
    ]);
    expect(t!.rows[0]!.cells.map((c) => c.precision.toString())).toEqual(['0.5', '0.5', '0.5', '0.5']);
  });
});
