import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { findingsOf } from '../rule-tester.js';

const verdicts = (code: string) => findingsOf(columnTotal, code).map((f) => `${f.severity}${/står direkt under den/.test(f.message) ? ' (figures below)' : ''}`);
const table = ['Tabell 2. Stöd', 'Region\tBelopp (kr)', 'Kalmar\t200', 'Gotland\t50', 'Summa\t710'];

describe('a table cut above figures left below it', () => {
  it('warns when figures a line each stand right under the table, as mutool and pdfminer leave them', () => {
    expect(verdicts([...table, '', '663', '', '3 158', '', '837'].join('\n'))).toEqual(['warning (figures below)']);
    expect(verdicts([...table, '663', '3 158', '837'].join('\n'))).toEqual(['warning (figures below)']);
  });

  it('warns when rows of figures stand under the table, a line of words between', () => {
    expect(verdicts([...table, 'Övriga', '', '        120    130    140', '        340    350    360'].join('\n'))).toEqual(['warning (figures below)']);
  });

  it('keeps the error over a source line, prose, a note, or a table of its own with a header of years', () => {
    expect(verdicts([...table, '', 'Källa: SCB.', '', 'Medlen betalas ut 2021.'].join('\n'))).toEqual(['error']);
    expect(verdicts([...table, '¹ Avser 2021.', '120', '340', '560'].join('\n'))).toEqual(['error']);
    expect(verdicts([...table, '', 'Kostnader per län', 'Län  2020  2021', 'Uppsala  12  14'].join('\n'))).toEqual(['error']);
    expect(verdicts(table.join('\n'))).toEqual(['error']);
  });
});
