import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A table pasted one cell a paragraph whose stored copy ends inside its third row: two full rows
 * and a cut one still make the table (the cut row counted as the full row it was), written for
 * this test in two layouts.
 */
const paragraphs = (cells: string[]): string => cells.join('\n\n');
const read = (text: string) => docOf({ file: 'cut.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a table of one cell a paragraph cut off inside its third row', () => {
  it('reads the two full rows and the cut row under a header of years', () => {
    const text = paragraphs(['Driftbudget, tkr', 'Nämnd', '2019', '2020', '2021', '2022', '2023', 'Kommunstyrelsen', '12 400', '12 900', '13 100', '13 800', '14 000', 'Tekniska nämnden', '8 100', '8 300', '8 250', '8 900', '9 300', 'Kulturnämnden', '2 100', '2 1']);
    expect(read(text)).toEqual([
      [
        ['Kommunstyrelsen', '12400000', '12900000', '13100000', '13800000', '14000000'],
        ['Tekniska nämnden', '8100000', '8300000', '8250000', '8900000', '9300000'],
        ['Kulturnämnden', '2100000', '21000', null, null, null],
      ],
    ]);
  });

  it('reads them under word titles, the cut row a county', () => {
    const text = paragraphs(['Personer med sjukersättning per län', 'Län', 'Kvinnor', 'Män', 'Totalt', 'Per 1000 kvinnor', 'Per 1000 män', 'Stockholms län', '24 937', '20 142', '45 079', '34,9', '27,3', 'Uppsala län', '4 922', '3 660', '8 582', '43,9', '31,9', 'Södermanlands län', '4 892', '3 5']);
    const rows = read(text)[0]!;
    expect(rows.map((r) => r[0])).toEqual(['Stockholms län', 'Uppsala län', 'Södermanlands län']);
    expect(rows[2]!.slice(1, 3)).toEqual(['4892', '35']);
  });

  it('takes no cut row where text follows it: the rows then end the table or make none', () => {
    const text = paragraphs(['Driftbudget, tkr', 'Nämnd', '2019', '2020', '2021', '2022', '2023', 'Kommunstyrelsen', '12 400', '12 900', '13 100', '13 800', '14 000', 'Tekniska nämnden', '8 100', '8 300', '8 250', '8 900', '9 300', 'Kulturnämnden', '2 100', 'Källa: kommunens budget för åren, beslutad av fullmäktige i juni.']);
    for (const t of read(text)) expect(t.map((r) => r[0])).not.toContain('Kulturnämnden');
  });
});
