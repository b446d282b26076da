import { describe, expect, it } from 'vitest';
import { pageFurniture } from '../../src/layout/page-furniture.js';

/** Page numbers and running heads around a form feed are left out; lines of the table are kept. */
const kept = (text: string): string[] => {
  const lines = text.split('\n');
  const drop = pageFurniture(lines);
  return lines.filter((_, i) => !drop.has(i));
};

describe('page furniture at a form feed', () => {
  it('drops a page number and a dated head between rows that follow line on line', () => {
    expect(kept('Uppsala län    1 200\nSkåne län      2 500\n\n          12\n\fPromemoria 2021-03-01\n\nHallands län     900')).toEqual([
      'Uppsala län    1 200',
      'Skåne län      2 500',
      'Hallands län     900',
    ]);
  });

  it('keeps one blank line where the cells are set apart by blank lines, and drops a "3 (7)" head', () => {
    expect(kept('Gotland\n\n310\n\n- 4 -\n\fS2022/04512              3 (7)\n\nKalmar\n\n75')).toEqual(['Gotland', '', '310', '', 'Kalmar', '', '75']);
  });

  it('drops a head the document prints on more than one page, without a date in it', () => {
    expect(kept('a   1\n\fBudgetunderlag Region Östergötland\nb   2\n\fBudgetunderlag Region Östergötland\nc   3')).toEqual(['a   1', 'b   2', 'c   3']);
  });

  it('keeps a first line of a page that is no furniture, and text with no form feed untouched', () => {
    expect(kept('Uppsala län    1 200\n\fSkåne län      2 500')).toEqual(['Uppsala län    1 200', '\fSkåne län      2 500']);
    expect(pageFurniture(['7', '', 'Summa   12']).size).toBe(0);
  });
});
