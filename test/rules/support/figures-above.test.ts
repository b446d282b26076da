import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { findingsOf } from '../rule-tester.js';

const verdicts = (code: string) => findingsOf(columnTotal, code).map((f) => `${f.severity}${/står direkt ovanför tabellen/.test(f.message) ? ' (figures above)' : ''}`);
const table = ['Region\tBelopp (kr)', 'Kalmar\t200', 'Gotland\t50', 'Summa\t710'];

describe('a table cut below figures left above it', () => {
  it('warns when labels and figures a line each stand right above the table, as pdftotext and mutool leave them', () => {
    expect(verdicts(['Uppsala', '120', 'Skåne', '340', '', ...table].join('\n'))).toEqual(['warning (figures above)']);
    expect(verdicts(['Uppsala', '', '120', '', 'Skåne', '', '340', '', '', ...table].join('\n'))).toEqual(['warning (figures above)']);
  });

  it('warns when rows of a label and figures stand above, a line of words between', () => {
    const three = ['Län\tBelopp (kr)\t\t', 'Kalmar\t200\t300\t400', 'Gotland\t50\t60\t70', 'Summa\t720\t840\t960'];
    expect(verdicts(['Uppsala 120 130 140', 'Skåne 340 350 360', 'Halland 10 20 30', 'Fortsättning', '', ...three].join('\n'))).toEqual(Array(3).fill('warning (figures above)'));
  });

  it('keeps the error under a caption of its own, under prose, and with nothing above', () => {
    expect(verdicts(['Uppsala', '120', 'Skåne', '340', '', 'Tabell 3. Stöd per län', ...table].join('\n'))).toEqual(['error']);
    expect(verdicts(['Medlen fördelas enligt tabellen nedan, 12 500 kronor per kommun.', '', ...table].join('\n'))).toEqual(['error']);
    expect(verdicts(table.join('\n'))).toEqual(['error']);
    // Figures further up than a few lines of words belong to something else.
    expect(verdicts(['Uppsala', '120', 'Skåne', '340', 'Bakgrund', 'Syfte', 'Uppdraget', 'Medel', '', ...table].join('\n'))).toEqual(['error']);
  });
});
