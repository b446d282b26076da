import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

const severities = (text: string) => findingsOf(columnTotal, [{ file: 'omvandlad.txt', text }]).map((f) => f.severity);

// The first page's part as pdftotext's raw order prints it: the titles, the labels, then the figures, each alone on a line.
const firstPage = (titles: string[]) => ['Tabell 4 Utbetalda bidrag per nämnd, tkr', ...titles, 'Barnomsorg', 'Skola', 'Fritid', 'Kultur', '', '1 200', '3 400', '560', '780', ''];

describe('a header printed again over the part of a table after a page break', () => {
  it('makes the part\'s total a reading when the part before it was left as lines of text (cell per line)', () => {
    const text = [...firstPage(['Nämnd', '2022']), '\fNämnd', '', '2022', 'Omsorg', '900', 'Teknik', '1 100', 'Summa', '7 940', ''].join('\n');
    expect(severities(text)).toEqual(['warning']);
  });

  it('does so for a part in tab-separated columns, under two titles, the page break not marked', () => {
    const text = [...firstPage(['Verksamhet', 'Budget', 'Utfall']), '', 'Verksamhet\tBudget\tUtfall', 'Omsorg\t900\t880', 'Teknik\t1 100\t1 050', 'Totalt\t8 940\t8 800', ''].join('\n');
    expect(severities(text)).toEqual(['warning', 'warning']);
  });

  it('leaves the total an error when the titles were not printed before and a caption of its own opens the part', () => {
    const text = [...firstPage(['Översikt']), '\fTabell 5 Bidrag till omsorg och teknik, tkr', '', 'Nämnd', '', '2022', 'Omsorg', '900', 'Teknik', '1 100', 'Summa', '7 940', ''].join('\n');
    expect(severities(text)).toEqual(['error']);
  });

  it('makes it a warning without such a caption, the first page\'s figures standing right above (figures-above.ts)', () => {
    const text = [...firstPage(['Översikt']), '\fNämnd', '', '2022', 'Omsorg', '900', 'Teknik', '1 100', 'Summa', '7 940', ''].join('\n');
    expect(severities(text)).toEqual(['warning']);
  });
});
