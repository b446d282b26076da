import { describe, expect, it } from 'vitest';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/** Tables whose cells end in "kr." or "kronor.", in markup written for this test. */
const rows = (file: string, text: string) => docOf({ file, text }).tables.map((t) => t.rows.map((r) => [r.label, r.kind, r.cells[0]!.value?.toFixed()]));

describe('a full stop after the currency word of a cell the markup sets apart', () => {
  it('reads a GFM table whose cells end in "kr.", which was not read as a table at all', () => {
    const text = 'Bidragen i år:\n\n| Förening | Bidrag |\n|---|---|\n| Alby IF | 12 400 kr. |\n| Beby IK | 8 150 kronor. |\n| Ceby BK | 5 075 kr. |\n| Summa | 25 625 kr. |\n';
    expect(rows('a.md', text)).toEqual([[['Alby IF', 'data', '12400'], ['Beby IK', 'data', '8150'], ['Ceby BK', 'data', '5075'], ['Summa', 'total', '25625']]]);
    // 12 400 + 8 150 + 5 075 = 25 625; a total misprinted as 26 625 is an error, as in any GFM table.
    expect(findingsOf(columnTotal, [{ file: 'b.md', text: text.replace('25 625 kr.', '26 625 kr.') }]).map((f) => f.severity)).toEqual(['error']);
  });

  it('reads an HTML table whose cells end in "tkr." the same way', () => {
    const html = '<table><tr><th>Nämnd</th><th>Ram</th></tr><tr><td>Skolnämnden</td><td>412 300 tkr.</td></tr><tr><td>Socialnämnden</td><td>388 000 tkr.</td></tr><tr><td>Kulturnämnden</td><td>41 900 tkr.</td></tr><tr><td>Totalt</td><td>842 200 tkr.</td></tr></table>';
    expect(rows('c.html', html)).toEqual([[['Skolnämnden', 'data', '412300000'], ['Socialnämnden', 'data', '388000000'], ['Kulturnämnden', 'data', '41900000'], ['Totalt', 'total', '842200000']]]);
  });

  // A guard: words closed by a full stop keep it.
  it('keeps a header cell and a cell of words as they were', () => {
    const text = '| Post | Kommentar |\n|---|---|\n| Alby IF | Betalas i maj. |\n| Beby IK | Betalas i juni. |\n';
    expect(docOf({ file: 'd.md', text }).tables.flatMap((t) => t.rows.map((r) => r.cells[0]?.raw))).not.toContain('Betalas i maj');
  });
});
