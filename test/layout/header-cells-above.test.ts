import { describe, expect, it } from 'vitest';
import { headerCellsAbove } from '../../src/layout/header-cells-above.js';
import type { SourceLine } from '../../src/layout/source-line.js';

const linesOf = (text: string): SourceLine[] => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
/** The index of the line that reads exactly `text`: where the header the reader took begins. */
const at = (lines: SourceLine[], text: string): number => lines.findIndex((l) => l.raw === text);

describe('headerCellsAbove', () => {
  it('finds the short titles one cell a line right above the header, page order', () => {
    const lines = linesOf(['Stöd till områdena 2022', '', 'Område', 'Anslag', 'Utfall', 'Bidrag', 'Totalt'].join('\n'));
    expect(headerCellsAbove(lines, at(lines, 'Utfall'))).toEqual(['Område', 'Anslag']);
  });

  it('reads across single blank lines between the cells, and stops at two', () => {
    const lines = linesOf(['Kommun', '', '', 'Invånare', '', 'Förändring', '', 'Födda'].join('\n'));
    expect(headerCellsAbove(lines, at(lines, 'Födda'))).toEqual(['Invånare', 'Förändring']);
  });

  it('stops at a caption, a numbered caption, a lead-in or a unit line', () => {
    for (const above of ['Bidrag per område', 'Fördelning av medlen', 'Tabell 4', 'Så fördelas pengarna:', 'Tkr', 'Stödet betalas ut i mars.']) {
      const lines = linesOf([above, 'Anslag', 'Utfall'].join('\n'));
      expect(headerCellsAbove(lines, at(lines, 'Utfall')), above).toEqual(['Anslag']);
    }
  });

  it('takes no figure and no long phrase for a title', () => {
    const lines = linesOf(['12 400', 'Samtliga kommuner i länet utom två', 'Kvinnor', 'Män'].join('\n'));
    expect(headerCellsAbove(lines, at(lines, 'Män'))).toEqual(['Kvinnor']);
  });
});
