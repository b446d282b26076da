import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * Pipe rows without a delimiter row whose second header row numbers its columns ("Kvartal 1",
 * "Del 2") under group titles. Tables written for this test; each total is its column's sum.
 */
const read = (file: string, text: string) => {
  const [t] = docOf({ file, text }).tables;
  return { headers: t!.columns.map((c) => c.header.join(' / ')), rows: t!.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]) };
};

describe('a header row of numbered titles under group titles', () => {
  it('is a header row, and the code column\'s title sets the codes apart', () => {
    const text = [
      'Utbetalt per kommun, kronor',
      '',
      '|  |  | Budget |  | Utfall |  |',
      '| Kod |  | Kvartal 1 | Kvartal 2 | Kvartal 1 | Kvartal 2 |',
      '| 1080 | Karlskrona | 120 500 | 98 000 | 118 250 | 97 600 |',
      '| 1082 | Karlshamn | 80 000 | 75 250 | 79 500 | 76 000 |',
      '|  | Summa | 200 500 | 173 250 | 197 750 | 173 600 |',
      '',
    ].join('\n');
    expect(read('k.txt', text)).toEqual({
      headers: ['Budget / Kvartal 1', 'Budget / Kvartal 2', 'Utfall / Kvartal 1', 'Utfall / Kvartal 2'],
      rows: [
        ['1080', 'Karlskrona', '120500', '98000', '118250', '97600'],
        ['1082', 'Karlshamn', '80000', '75250', '79500', '76000'],
        [null, 'Summa', '200500', '173250', '197750', '173600'],
      ],
    });
  });

  it('does so with "Period" titles over counties, the label column untitled', () => {
    const text = [
      'Medel per län (tkr)',
      '',
      '|  |  | Anslag |  | Utbetalt |',
      '| Länskod |  | Period 1 | Period 2 | Period 1 |',
      '| 03 | Uppsala län | 1 200 | 800 | 450 |',
      '| 09 | Gotlands län | 300 | 150 | 90 |',
      '|  | Riket | 1 500 | 950 | 540 |',
      '',
    ].join('\n');
    expect(read('r.txt', text)).toEqual({
      headers: ['Anslag / Period 1', 'Anslag / Period 2', 'Utbetalt / Period 1'],
      rows: [
        ['03', 'Uppsala län', '1200000', '800000', '450000'],
        ['09', 'Gotlands län', '300000', '150000', '90000'],
        [null, 'Riket', '1500000', '950000', '540000'],
      ],
    });
  });
});
