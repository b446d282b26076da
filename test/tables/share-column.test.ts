import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Share columns printed without a % sign; tables written here in GFM and HTML. */
const tablesOf = (file: string, text: string): readonly Table[] => docOf({ file, text }).tables;
const units = (t: Table): (string | null)[] => t.columns.map((c) => c.unit);

describe('a share column without a % sign', () => {
  it('reads "Ägarfördelning" as percent, not kronor, in a GFM table under a money caption', () => {
    const [t] = tablesOf('agare.md', ['Ägare av bolaget, belopp i kronor', '', '| Ägare | Insats | Ägarfördelning |', '|---|---|---|', '| Kommunen | 250 000 | 25 |', '| Regionen | 500 000 | 50 |', '| Staten | 250 000 | 25 |', '| Summa | 1 000 000 | 100 |', ''].join('\n'));
    expect(units(t!)).toEqual(['SEK', 'percent']);
    expect(t!.rows.map((r) => r.cells[1]!.value?.toFixed())).toEqual(['25', '50', '25', '100']);
  });

  it('reads "Procentsats" and a "Fördelning" whose figures make 100 as percent in an HTML table', () => {
    const html = [
      '<table><tr><th>Part</th><th>Fördelning</th><th>Belopp (kr)</th><th>Procentsats</th></tr>',
      '<tr><td>Norr</td><td>30</td><td>300 000</td><td>12,5</td></tr>',
      '<tr><td>Söder</td><td>70</td><td>700 000</td><td>87,5</td></tr>',
      '<tr><td>Summa</td><td>100</td><td>1 000 000</td><td>100</td></tr></table>',
    ].join('\n');
    const [t] = tablesOf('delar.html', html);
    expect(units(t!)).toEqual(['percent', 'SEK', 'percent']);
  });

  it('keeps "Fördelning" as money when its figures are amounts or the table states a money unit', () => {
    const [a] = tablesOf('belopp.md', ['| Område | Fördelning |', '|---|---|', '| Norr | 300 000 |', '| Söder | 700 000 |', '| Summa | 1 000 000 |', ''].join('\n'));
    expect(units(a!)).toEqual(['SEK']);
    const [b] = tablesOf('mnkr.md', ['Tabell 2. Medel per område, mnkr', '', '| Område | Fördelning |', '|---|---|', '| Norr | 40 |', '| Söder | 60 |', '| Summa | 100 |', ''].join('\n'));
    expect(units(b!)).toEqual(['SEK']);
    expect(b!.rows[2]!.cells[0]!.value?.toFixed()).toBe('100000000');
  });
});
