import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { tableTotal } from '../../src/rules/text/table-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Items run on in one line on the line after their lead-in (items-after-lead-in.ts). Written for this test. */
const doc = (text: string) => docOf({ file: 'case.txt', text });
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('items on the line after their lead-in', () => {
  it.each([
    [
      'recipients set apart from their amounts by commas, the lead-in on the line right above',
      'Stiftelsen delade i år ut pengar till tolv föreningar.\n\nÖvriga mottagare är:\nHembygdsföreningen, 50 000 kronor, Scoutkåren Vildgåsen, 20 000 kronor, Bygdegården, 35 000 kronor, och Ridklubben, 40 000 kronor.\n',
      [['Hembygdsföreningen', '50000'], ['Scoutkåren Vildgåsen', '20000'], ['Bygdegården', '35000'], ['Ridklubben', '40000']],
    ],
    [
      'labels then figures with a unit, a blank line after the lead-in, "och" before the last',
      'Nämnden har beslutat om årets investeringar. Medlen fördelas så här:\n\nSkolgården 1,2 mnkr, biblioteket 0,8 mnkr, badet 2,5 mnkr och idrottshallen 3 mnkr.\n',
      [['Skolgården', '1200000'], ['biblioteket', '800000'], ['badet', '2500000'], ['idrottshallen', '3000000']],
    ],
    [
      'a recipient whose name holds a comma, in the comma form',
      'Följande får bidrag:\nKonsthallen, 30 000 kronor, Skolan, utflykt samt läger, 10 000 kronor, och Teatern, 25 000 kronor.\n',
      [['Konsthallen', '30000'], ['Skolan, utflykt samt läger', '10000'], ['Teatern', '25000']],
    ],
  ])('%s', (_name, text, rows) => {
    const d = doc(text);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.kind).toBe('list');
    expect(rowsOf(d.tables[0]!)).toEqual(rows);
    // Where a label ends is read from the words: the figures are marked so, and a sum over them warns.
    expect(d.tables[0]!.rows.every((r) => r.cells.every((c) => c.readBy === 'spaced'))).toBe(true);
  });

  it('leaves prose after a lead-in, and items with no lead-in above, as they were', () => {
    // Verbs that differ are a sentence's (one verb of receiving in every item is a list, inline-list.ts).
    expect(doc('Så här gick det:\nKommunen får 5 miljoner kronor, regionen fick 3 miljoner kronor och staten beviljas 2 miljoner kronor.\n').tables).toHaveLength(0);
    expect(doc('Budgeten i korthet.\nSkolgården 1,2 mnkr, biblioteket 0,8 mnkr, badet 2,5 mnkr och idrottshallen 3 mnkr.\n').tables).toHaveLength(0);
    expect(doc('Följande gäller:\nUnder 2024 betalades 3 000 kronor ut, under 2025 4 000 kronor och under 2026 5 000 kronor.\n').tables).toHaveLength(0);
  });

  // The total stated above the lead-in is the list's, read from the words: a mismatch warns, never errs.
  it.each([
    ['comma form, lead-in on the next line', 'Stiftelsen delade i år ut totalt 120 000 kronor. Mottagarna är:\nHembygdsföreningen, 50 000 kronor, Scoutkåren, 30 000 kronor, och Ridklubben, 30 000 kronor.\n'],
    ['plain form, a blank line after the lead-in', 'Stiftelsen delade i år ut totalt 120 000 kronor till tre föreningar. Så här fördelas pengarna:\n\nHembygdsföreningen 50 000 kronor, Scoutkåren 30 000 kronor och Ridklubben 30 000 kronor.\n'],
  ])('checks the total stated above the list against it (%s)', (_name, text) => {
    const f = findingsOf(tableTotal, text);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]!.message).toContain('110 000');
    expect(findingsOf(tableTotal, text.replace('120 000 kronor', '110 000 kronor'))).toEqual([]);
  });
});
