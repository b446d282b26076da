import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

/**
 * A bare "Varav" line between a row and the rows that break it out, where the page does not
 * say how many follow (a later part may stand flush with the items). Examples written for this test.
 */
describe('rows under a bare "Varav" line', () => {
  it('are read as parts of the row above it when the total says so, one cell a line', () => {
    const text = [
      'Not 18 Avsättningar för pensioner',
      'Tkr',
      '2023',
      '2022',
      'Ingående avsättning',
      '310 400',
      '305 100',
      'Nya förpliktelser under året',
      '6 900',
      '8 200',
      'Varav',
      '   Ränteuppräkning',
      '7 400',
      '7 900',
      'Övrig post',
      '-500',
      '300',
      'Årets utbetalningar',
      '-12 100',
      '-11 800',
      'Förändring av löneskatt',
      '-1 200',
      '-1 100',
      'Summa avsatt till pensioner',
      '304 000',
      '300 400',
    ].join('\n');
    const found = findingsOf(columnTotal, `${text}\n`);
    expect(found.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(found[0]!.message).toContain('Varav');
  });

  it('does so in columns set apart by spaces, "Därav:" with one part, and a misprint still reported', () => {
    const table = (sum: string) =>
      [
        'Mnkr                               2024     2023',
        'Ingående skuld                     84,0     80,5',
        'Nyupplåning                        12,0      9,0',
        'Därav:',
        '  gröna lån                         5,0      4,0',
        'Amorteringar                       -6,5     -5,5',
        `Summa utgående skuld               ${sum}     84,0`,
      ].join('\n');
    expect(findingsOf(columnTotal, `${table('89,5')}\n`).map((f) => f.severity)).toEqual(['info', 'info']);
    const bad = findingsOf(columnTotal, `${table('91,5')}\n`);
    expect(bad.some((f) => f.severity !== 'info' && f.message.includes('Summa utgående skuld'))).toBe(true);
  });
});
