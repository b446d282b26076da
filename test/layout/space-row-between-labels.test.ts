import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A web table copied with its empty rows as lines of spaces: a row with no figures, an empty
 * row, then the next row's label on a line of its own over its figures. The row with no figures
 * is a row of its own, not the first line of the next label. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a row with no figures over an empty row and a label over its figures', () => {
  it('keeps the rows apart in a cash flow statement with single spaces between figures', () => {
    const text = [
      'Kassaflödesanalys',
      '',
      '(tkr) 2023 2022',
      'DEN LÖPANDE VERKSAMHETEN',
      'Årets resultat 4 210 – 1 305',
      'Justering för avskrivningar 6 150 5 980',
      'Ökning/minskning fordringar – 820 1 140',
      'Ökning/minskning kortfristiga avsättningar',
      ' ',
      'KASSAFLÖDE FRÅN DEN LÖPANDE VERKSAMHETEN',
      '9 540 5 815',
      ' ',
      'INVESTERINGSVERKSAMHETEN',
      'Investeringar i anläggningar – 7 300 – 6 100',
      'Försäljning av anläggningar 450 120',
      ' ',
      'KASSAFLÖDE FRÅN INVESTERINGSVERKSAMHETEN',
      '– 6 850 – 5 980',
      ' ',
      'ÅRETS KASSAFLÖDE',
      '2 690 – 165',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    const labels = rowsOf(t!).map((r) => r[0]);
    expect(labels).toContain('Ökning/minskning kortfristiga avsättningar');
    expect(rowsOf(t!).find((r) => r[0] === 'KASSAFLÖDE FRÅN DEN LÖPANDE VERKSAMHETEN')).toEqual(['KASSAFLÖDE FRÅN DEN LÖPANDE VERKSAMHETEN', '9540000', '5815000']);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('does so in a statement of two columns set apart by runs of spaces, another wording', () => {
    const text = [
      'Finansieringsanalys, mnkr       2024      2023',
      'Tillförda medel',
      'Resultat                        12,4       8,1',
      'Avskrivningar                   30,2      28,7',
      'Förändring av övriga avsättningar',
      ' ',
      'Summa tillförda medel',
      '                                42,6      36,8',
      ' ',
      'Använda medel',
      'Nettoinvesteringar             -35,0     -31,2',
      'Amorteringar                    -5,0      -4,0',
      ' ',
      'Summa använda medel',
      '                               -40,0     -35,2',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    const rows = rowsOf(t!);
    expect(rows.map((r) => r[0])).toContain('Förändring av övriga avsättningar');
    expect(rows.find((r) => r[0] === 'Summa tillförda medel')?.slice(1)).toEqual(['42600000', '36800000']);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
