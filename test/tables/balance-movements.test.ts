import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { balanceRoll } from '../../src/rules/table/balance-roll.js';
import { balanceMovements, isClosingBalance, isOpeningBalance } from '../../src/tables/balance-movements.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** "Årets resultat" among the movements of a balance (a change in equity); tables written for this test. */
const aligned = [
  'Förändring av eget kapital',
  '',
  '                                  Insatser    Yttre fond   Balanserat    Årets       Totalt',
  '                                                           resultat      resultat',
  'Vid årets början                   850 000       120 000      -40 000     15 000     945 000',
  'Disposition av fg års resultat                                 15 000    -15 000           0',
  'Avsättning yttre fond                             60 000      -60 000                      0',
  'Årets resultat                                                           -22 000     -22 000',
  'Vid årets slut                     850 000       180 000      -85 000    -22 000     923 000',
].join('\n');
const piped = [
  '| Tkr | Bundet eget kapital | Fritt eget kapital | Summa |',
  '|---|---|---|---|',
  '| Ingående balans | 4 000 | 1 200 | 5 200 |',
  '| Omföring | 300 | -300 | 0 |',
  '| Årets resultat | | 450 | 450 |',
  '| Utgående balans | 4 300 | 1 350 | 5 650 |',
].join('\n');

describe('balance movements', () => {
  it('names opening and closing balances', () => {
    expect(['Vid årets början', 'Belopp vid årets ingång', 'Ingående balans', 'IB 2023-01-01'].map(isOpeningBalance)).toEqual([true, true, true, true]);
    expect(['Vid årets slut', 'Belopp vid årets utgång', 'Utgående balans', 'Årets resultat'].map(isClosingBalance)).toEqual([true, true, true, false]);
  });
  it('takes the rows between the balances as movements', () => {
    const table = docOf({ file: 'a.txt', text: aligned }).tables[0]!;
    expect([...balanceMovements(table)].map((r) => r.label)).toEqual(['Disposition av fg års resultat', 'Avsättning yttre fond', 'Årets resultat']);
  });
  it('reads the year\'s result among the movements as an item, in two layouts', () => {
    expect(findingsOf(columnTotal, [{ file: 'a.txt', text: aligned }])).toEqual([]);
    expect(findingsOf(columnTotal, [{ file: 'b.md', text: piped }])).toEqual([]);
  });
  it('still finds a closing balance that the movements do not reach', () => {
    const wrong = aligned.replace('-85 000    -22 000     923 000', '-85 000    -22 000     925 000');
    expect(findingsOf(balanceRoll, [{ file: 'a.txt', text: wrong }]).map((f) => f.ruleId)).toEqual(['table/balance-roll']);
  });
});
