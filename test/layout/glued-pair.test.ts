import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Two lines each glued to its figure and currency, as appropriation lists print one post; written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'p.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('two glued rows that print their currency', () => {
  it('reads an appropriation and its one post in tkr as a table, not "410 tkr" in prose', () => {
    const text = ['Anslag (Ramanslag)', '', 'Disponeras av Skolverket12 500 tkr', 'ap.1Bidrag till lärare (ram)12 500 tkr', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Disponeras av Skolverket', '12500000'],
        ['ap.1 Bidrag till lärare (ram)', '12500000'],
      ],
    ]);
    expect(docOf({ file: 'p.txt', text }).tables[0]!.rows[0]!.cells[0]!.readBy).toBe('glued');
  });

  it('reads two glued fee lines in kronor', () => {
    const text = ['Avgifter', '', 'Grundavgift för hushållet1 150 kronor', 'Tilläggsavgift för sophämtning2 300 kronor', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Grundavgift för hushållet', '1150'],
        ['Tilläggsavgift för sophämtning', '2300'],
      ],
    ]);
  });

  it('leaves two glued lines without a currency to the prose', () => {
    const text = ['Anslag', '', 'Disponeras av Skolverket12 500', 'ap.1Bidrag till lärare (ram)12 500', ''].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });
});
