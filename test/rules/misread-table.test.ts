import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { loadRuleContext } from '../../src/corpus/context.js';
import { docOf, type Source } from './rule-tester.js';

function sumFindings(src: Source) {
  const doc = docOf(src);
  const all = [...runRules([doc], ALL_RULES, loadRuleContext([doc.file])).values()].flat();
  return all.filter((f) => f.ruleId === 'table/column-total' || f.ruleId === 'table/row-total');
}

// Six regions whose "Totalt" is not the sum of the two columns on any row, and whose sum row
// matches no column: what a table read with its columns shifted looks like.
const SHIFTED_TAB = [
  'Fördelning (kronor)',
  '',
  'Region\tDrift\tInvestering\tTotalt',
  'Uppsala\t120 000\t80 000\t150 000',
  'Kalmar\t90 000\t40 000\t120 000',
  'Gotland\t30 000\t10 000\t90 000',
  'Skåne\t300 000\t120 000\t30 000',
  'Halland\t110 000\t60 000\t300 000',
  'Dalarna\t95 000\t45 000\t110 000',
  'Summa\t800 000\t355 000\t700 000',
  '',
].join('\n');

const SHIFTED_MD = [
  'Medel per region, kronor:',
  '',
  '| Län | Bidrag A | Bidrag B | Summa |',
  '|---|---:|---:|---:|',
  '| Västerbotten | 4 000 | 1 000 | 9 000 |',
  '| Jämtland | 2 500 | 2 000 | 4 000 |',
  '| Norrbotten | 6 000 | 3 000 | 2 500 |',
  '| Örebro | 3 500 | 1 500 | 6 000 |',
  '| Värmland | 5 000 | 2 500 | 3 500 |',
  '| Totalt | 20 000 | 9 000 | 24 000 |',
  '',
].join('\n');

describe('a table whose sums mostly disagree at once is taken as misread', () => {
  it('tab table: every mismatch is a warning that says why (no errors)', () => {
    const f = sumFindings({ file: 'a.txt', text: SHIFTED_TAB });
    expect(f.length).toBeGreaterThanOrEqual(4);
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
    // Six row sums disagree (two mismatches were warnings already, for reasons of their own).
    expect(f.filter((x) => /^6 av högst 10 summor i tabellen stämmer inte/.test(x.message.split('(').at(-1)!))).toHaveLength(6);
  });

  it('GFM table: the same', () => {
    const f = sumFindings({ file: 'b.md', text: SHIFTED_MD });
    expect(f.length).toBeGreaterThanOrEqual(4);
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
    expect(f.some((x) => /av högst 9 summor i tabellen stämmer inte/.test(x.message))).toBe(true);
  });

  it("one wrong row total (and the sum row's, which includes it) in a table that otherwise adds up stays an error, in both layouts", () => {
    const tab = ['Fördelning (kronor)', '', 'Region\tDrift\tInvestering\tTotalt', 'Uppsala\t120 000\t80 000\t200 000', 'Kalmar\t90 000\t40 000\t130 000', 'Gotland\t30 000\t10 000\t45 000', 'Skåne\t300 000\t120 000\t420 000', 'Summa\t540 000\t250 000\t795 000', ''].join('\n');
    const md = ['Medel per region, kronor:', '', '| Län | Bidrag A | Bidrag B | Summa |', '|---|---:|---:|---:|', '| Västerbotten | 4 000 | 1 000 | 5 000 |', '| Jämtland | 2 500 | 2 000 | 4 600 |', '| Norrbotten | 6 000 | 3 000 | 9 000 |', '| Totalt | 12 500 | 6 000 | 18 600 |', ''].join('\n');
    for (const [file, text] of [['c.txt', tab], ['d.md', md]] as const) {
      const f = sumFindings({ file, text });
      expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['table/row-total', 'error'], ['table/row-total', 'error']]);
      expect(f.some((x) => /summor i tabellen stämmer inte/.test(x.message))).toBe(false);
    }
  });
});
