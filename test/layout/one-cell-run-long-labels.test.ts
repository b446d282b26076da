import { describe, expect, it } from 'vitest';
import { isOneCellRun } from '../../src/layout/one-cell-run.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A table pasted one cell a line whose row labels run past 80 characters, and one whose rows are
 * paragraphs (a blank line between rows): "481 759" stays one value. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const values = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

const LONG_A = 'Insatser för kompetensförsörjning och uppföljning av regional utveckling i regionerna';
const LONG_B = 'Ersättning för verksamhet, administration och uppföljning inom landsbygd och skärgård';

describe('one cell a line with long row labels', () => {
  it('reads rows set as paragraphs, the labels past 80 characters', () => {
    const text = ['Tabell 4. Utfall per insats, tkr', '', 'Insats', '2022', '2023', '', LONG_A, '481 759', '495 058', '', LONG_B, '647 514', '171 024', '', 'Insatser för projekt', '304 282', '783 261', '', 'Summa', '1 433 555', '1 449 343', '', 'Källa: egen sammanställning.', ''].join('\n');
    expect(LONG_A.length).toBeGreaterThan(80);
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header)).toEqual([['2022'], ['2023']]);
    expect(values(t!)).toEqual([
      [LONG_A, '481759000', '495058000'],
      [LONG_B, '647514000', '171024000'],
      ['Insatser för projekt', '304282000', '783261000'],
      ['Summa', '1433555000', '1449343000'],
    ]);
  });

  it('reads such labels with no blank lines between the cells', () => {
    const lines = ['Medel 2021', '', 'Område', 'Beviljat', 'Utbetalt', 'Stöd till ideella organisationer som arbetar med integration och etablering av nyanlända', '12 500', '11 980', 'Bidrag till kommuner för mottagande av ensamkommande barn och unga under etableringstiden', '8 250', '8 100', 'Administration', '1 250', '1 210', 'Totalt', '22 000', '21 290', ''];
    expect(isOneCellRun(src(lines.join('\n')), 2)).toBe(true);
    const [t] = tablesOf(lines.join('\n'));
    expect(values(t!).map((r) => r.slice(1))).toEqual([
      ['12500', '11980'],
      ['8250', '8100'],
      ['1250', '1210'],
      ['22000', '21290'],
    ]);
  });

  it('takes no paragraph of long sentences with grouped figures for such a run', () => {
    const prose = ['Fördelning', '', 'Regeringen har i dag beslutat att fördela medel till de regioner som har ansökt om stöd för vården.', '12 500', '', 'Beslutet innebär att regionerna kan planera sin verksamhet för hela året och redovisa resultaten i mars.', '8 250', ''];
    expect(isOneCellRun(src(prose.join('\n')), 2)).toBe(false);
  });
});
