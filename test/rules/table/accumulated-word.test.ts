import { describe, expect, it } from 'vitest';
import { balanceRoll } from '../../../src/rules/table/balance-roll.js';
import { withoutAccumulated } from '../../../src/rules/table/accumulated-word.js';
import { findingsOf } from '../rule-tester.js';

/** A note's closing balance that says it accumulates ("Utgående ackumulerade …"); notes written for this test. */
describe('the word for accumulated in a balance', () => {
  it('is left out of the subject', () => {
    expect(withoutAccumulated('ackumulerade anskaffningsvärden')).toBe('anskaffningsvärden');
    expect(withoutAccumulated('ack. avskrivningar enligt plan')).toBe('avskrivningar enligt plan');
    expect(withoutAccumulated('anskaffningsvärden')).toBe('anskaffningsvärden');
    expect(withoutAccumulated('ackumulerad avskrivning')).toBe('avskrivning');
  });
  it('pairs the closing balance with its opening one in a note set by single spaces', () => {
    // 4 200 + 350 = 4 550 and 3 900 + 300 = 4 200; -1 800 - 320 = -2 120 and -1 500 - 300 = -1 800.
    const ok = ['Not 8 Inventarier', '', 'Tkr 2023 2022', 'Ingående anskaffningsvärden 4 200 3 900', 'Inköp 350 300', 'Utgående ackumulerade anskaffningsvärden 4 550 4 200', 'Ingående avskrivningar -1 800 -1 500', 'Årets avskrivningar -320 -300', 'Utgående ackumulerade avskrivningar -2 120 -1 800'].join('\n');
    expect(findingsOf(balanceRoll, [{ file: 'a.txt', text: ok }])).toEqual([]);
    const wrong = ok.replace('Utgående ackumulerade anskaffningsvärden 4 550', 'Utgående ackumulerade anskaffningsvärden 4 650');
    const found = findingsOf(balanceRoll, [{ file: 'a.txt', text: wrong }]);
    expect(found.map((f) => [f.ruleId, f.severity, f.location.line])).toEqual([['table/balance-roll', 'warning', 6]]);
  });
  it('does so in a piped table with the short form', () => {
    // -900 - 250 = -1 150, not -1 200.
    const text = ['| Kkr | 2023 | 2022 |', '|---|---|---|', '| Ingående avskrivningar enligt plan | -900 | -700 |', '| Årets avskrivningar | -250 | -200 |', '| Utgående ack. avskrivningar enligt plan | -1 200 | -900 |'].join('\n');
    const found = findingsOf(balanceRoll, [{ file: 'b.md', text }]);
    expect(found.map((f) => [f.ruleId, f.location.line])).toEqual([['table/balance-roll', 5]]);
  });
});
