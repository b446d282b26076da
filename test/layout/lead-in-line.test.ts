import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { isLeadInLine } from '../../src/layout/lead-in-line.js';
import { docOf } from '../rules/rule-tester.js';

/** A sentence stating an amount above a list or table. Written for this test. */
const src = (raw: string[]) => raw.map((r, k) => ({ raw: r, line: k + 1 }));
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'a.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a lead-in sentence above rows (lead-in-line.ts)', () => {
  it('knows a sentence with an amount, a blank line, and rows of another form under it', () => {
    expect(isLeadInLine(src(['Regeringen avsätter 254,1 miljoner kronor.', '', 'Region Stockholm 125 300 000']), 0)).toBe(true);
    // Items that all close with a full stop: the first is an item.
    expect(isLeadInLine(src(['Region Skåne får 12,3 miljoner kronor.', '', 'Region Halland får 4,1 miljoner kronor.']), 0)).toBe(false);
    // No blank line under it, or no figure in it: another shape.
    expect(isLeadInLine(src(['Regeringen avsätter 254,1 miljoner kronor.', 'Region Stockholm 125 300 000']), 0)).toBe(false);
    expect(isLeadInLine(src(['Pengarna fördelas så här.', '', 'Region Stockholm 125 300 000']), 0)).toBe(false);
  });

  it('keeps the sentence out of a region list with its own total: no sum of twice the total', () => {
    const [t] = tablesOf('Regeringen avsätter 254,1 miljoner kronor.\n\nRegion Stockholm 125 300 000\nRegion Uppsala 30 100 000\nRegion Skåne 98 700 000\nSumma 254 100 000\n');
    expect(rowsOf(t!)).toEqual([
      ['Region Stockholm', '125300000'],
      ['Region Uppsala', '30100000'],
      ['Region Skåne', '98700000'],
      ['Summa', '254100000'],
    ]);
    expect(docOf({ file: 'a.txt', text: 'Regeringen avsätter 254,1 miljoner kronor.\n\nRegion Stockholm 125 300 000\n' }).amounts.map((a) => a.value.toFixed())).toContain('254100000');
  });

  it('reads the same in another layout: "Namn: belopp" lines under a sentence naming the county boards', () => {
    const [t] = tablesOf('Länsstyrelserna får tillsammans 9 000 000 kronor.\n\nStockholms län: 3 100 000 kronor\nUppsala län: 2 000 000 kronor\nSkåne län: 4 000 000 kronor\n');
    expect(rowsOf(t!)).toEqual([
      ['Stockholms län', '3100000'],
      ['Uppsala län', '2000000'],
      ['Skåne län', '4000000'],
    ]);
  });
});
