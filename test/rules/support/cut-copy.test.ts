import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { rowTotal } from '../../../src/rules/table/row-total.js';
import { findingsOf } from '../rule-tester.js';

/**
 * A copy of a page cut inside a table whose sums stand above their parts: the last section's
 * rows go on past the end of the copy, and the last row's figures may stop mid-number.
 * Examples written here; every sum worked by hand.
 */
// NORRA 1 200 = 700 + 500 (by sex: 610 = 360 + 250, 590 = 340 + 250); SÖDRA 2 050 = 900 + 650 + 500,
// but the copy ends after 900 and 650 (1 550), its last row cut after "330" (or at "3").
const lines = [
  'Folkmängd per landsdel',
  '',
  'Område  Totalt  Män  Kvinnor',
  'HELA LANDET  3 250  1 640  1 610',
  'NORRA  1 200  610  590',
  '  Fjällbygden  700  360  340',
  '  Kustbygden  500  250  250',
  'SÖDRA  2 050  1 030  1 020',
  '  Slätten  900  450  450',
  '  Skogsbygden  650  330',
];
const twoLine = [
  'Folkmängd per landsdel',
  '',
  'OmrådeTotaltMänKvinnor',
  'HELA LANDET',
  '3 250 1 640 1 610',
  'NORRA',
  '1 200 610 590',
  'Fjällbygden',
  '700 360 340',
  'Kustbygden',
  '500 250 250',
  'SÖDRA',
  '2 050 1 030 1 020',
  'Slätten',
  '900 450 450',
  'Skogsbygden',
  '650 330 3',
];
const nonInfo = (text: string) => findingsOf(columnTotal, [{ file: 'p.txt', text }]).filter((f) => f.severity !== 'info');

describe.each([
  ['a row a line', lines],
  ['label and figures on two lines', twoLine],
])('a copy cut in the last section, %s', (_, rows) => {
  it('makes no claim of the last sum whose rows run past the end', () => {
    const text = [...rows, ''].join('\n');
    expect(nonInfo(text)).toEqual([]);
    const infos = findingsOf(columnTotal, [{ file: 'p.txt', text }]).filter((f) => f.message.includes('texten slutar inne i tabellen'));
    expect(infos.map((f) => f.message.slice(0, 24))).toEqual(['summan "SÖDRA" (2 050) s', 'summan "SÖDRA" (1 030) s', 'summan "SÖDRA" (1 020) s']);
  });

  it('still reports the short section where the text goes on after the table', () => {
    const text = [...rows, '', 'Källa: kommunens befolkningsregister.', ''].join('\n');
    const found = nonInfo(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.message.includes('"SÖDRA"'))).toBe(true);
  });
});

describe('the last row of a copy cut mid-number', () => {
  // Totalt = Män + Kvinnor: 480 = 250 + 230, but the copy stops after "23".
  const rows = ['Område\tTotalt\tMän\tKvinnor', 'Norr\t1 000\t520\t480', 'Mitt\t860\t430\t430', 'Syd\t720\t350\t370', 'Väst\t480\t250\t23'];
  it('is not compared where the text ends on it', () => {
    const found = findingsOf(rowTotal, [{ file: 'p.txt', text: [...rows, ''].join('\n') }]);
    expect(found.map((f) => f.severity)).toEqual(['info']);
    expect(found[0]!.message).toContain('kan vara avklippt');
  });
  it('is compared where the text ends on a row that shows no cut (every figure as long as its column\'s)', () => {
    const whole = [...rows.slice(0, -1), 'Väst\t480\t250\t236', ''].join('\n');
    // 250 + 236 = 486, not 480.
    const found = findingsOf(rowTotal, [{ file: 'p.txt', text: whole }]);
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]!.message).toContain('486');
  });
  it('is compared where the text goes on', () => {
    const found = findingsOf(rowTotal, [{ file: 'p.txt', text: [...rows, '', 'Uppgifterna avser den 1 januari.', ''].join('\n') }]);
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]!.message).toContain('273');
  });
});
