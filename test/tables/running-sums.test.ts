import { describe, expect, it } from 'vitest';
import { isResultLabel } from '../../src/tables/structures.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

/**
 * An interim result line ("Driftnetto", "Driftöverskott") printed inside the costs, whose sum
 * ("Summa kostnader") goes on from the running costs' sum past it. Examples written here; every
 * sum worked by hand.
 */
const spaced = (title: string, years: string[], rows: string[][]): string =>
  [title, '', `${''.padEnd(40)}${years.map((y) => y.padStart(10)).join('')}`, ...rows.map(([l, ...v]) => `${l!.padEnd(40)}${v.map((x) => x.padStart(10)).join('')}`), ''].join('\n');
const gfm = (title: string, years: string[], rows: string[][]): string =>
  [title, '', `| Post | ${years.join(' | ')} |`, `|---|${years.map(() => '---:').join('|')}|`, ...rows.map(([l, ...v]) => `| ${l} | ${v.join(' | ')} |`), ''].join('\n');

describe('interim result lines of property companies', () => {
  it.each(['Driftnetto', 'Driftöverskott', 'DRIFTSNETTO', 'Driftnetto, mkr'])('reads "%s" as a result line', (label) => {
    expect(isResultLabel(label)).toBe(true);
  });
  it.each(['Driftkostnader', 'Drift och underhåll', 'Nettoomsättning'])('leaves "%s"', (label) => {
    expect(isResultLabel(label)).toBe(false);
  });
});

describe('a costs sum that goes on past "Driftnetto"', () => {
  // 2024: 512 + 9 = 521; −188 − 41 − 97 = −326; 521 − 326 = 195 (Driftnetto);
  // −326 − 58 − 33 + 4 = −413 (Summa kostnader); 521 − 413 = 108 (Årets resultat).
  // 2023: 497 + 11 = 508; −175 − 39 − 90 = −304; 508 − 304 = 204; −304 − 55 − 29 + 2 = −386; 508 − 386 = 122.
  // 2022: 480 + 6 = 486; −160 − 35 − 88 = −283; 486 − 283 = 203; −283 − 51 − 24 − 1 = −359; 486 − 359 = 127.
  const rows = [
    ['Hyresintäkter', '512', '497', '480'],
    ['Övriga intäkter', '9', '11', '6'],
    ['Summa intäkter', '521', '508', '486'],
    ['Driftkostnader', '-188', '-175', '-160'],
    ['Fastighetsskatt', '-41', '-39', '-35'],
    ['Underhåll', '-97', '-90', '-88'],
    ['Summa fastighetskostnader', '-326', '-304', '-283'],
    ['Driftnetto', '195', '204', '203'],
    ['Avskrivningar', '-58', '-55', '-51'],
    ['Räntekostnader, netto', '-33', '-29', '-24'],
    ['Skatt', '4', '2', '-1'],
    ['Summa kostnader', '-413', '-386', '-359'],
    ['Årets resultat', '108', '122', '127'],
  ];
  const years = ['2024', '2023', '2022'];
  it.each([
    ['aligned text', spaced('Resultaträkning, mkr', years, rows)],
    ['a GFM table', gfm('Resultaträkning (mkr)', years, rows)],
  ])('finds nothing wrong, %s', (_, text) => {
    const found = findingsOf(columnTotal, [{ file: 'case.md', text }]);
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('warns of a misprinted costs sum with the right difference, never an error', () => {
    // 2023's "Summa kostnader" printed −395 where the rows make −386 (9 off); the year's result 122 = 508 − 386.
    const bad = rows.map((r) => (r[0] === 'Summa kostnader' ? [r[0], r[1]!, '-395', r[3]!] : r));
    const found = findingsOf(columnTotal, [{ file: 'case.md', text: gfm('Resultaträkning (mkr)', years, bad) }]).filter((f) => f.severity !== 'info');
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning']);
    const costs = found.find((f) => f.message.includes('"Summa kostnader"'))!;
    expect(costs.message).toContain('−386 000 000 kr');
    expect(costs.message).toContain('skillnad 9 000 000 kr');
    const result = found.find((f) => f.message.includes('"Årets resultat"'))!;
    // Summa intäkter's run: 204 + 304 − 395 = 113 against 122.
    expect(result.message).toContain('113 000 000 kr');
    expect(result.message).toContain('skillnad 9 000 000 kr');
  });
});

describe('a "Driftöverskott" between two cost sums, no costs heading sum before the result', () => {
  // Tkr. 2025: 8 400 + 350 = 8 750; −3 100 − 900 = −4 000; 8 750 − 4 000 = 4 750 (Driftöverskott);
  // −4 000 − 1 200 − 650 = −5 850 (Summa rörelsens kostnader); 8 750 − 5 850 = 2 900.
  // 2024: 8 100 + 300 = 8 400; −2 950 − 870 = −3 820; 8 400 − 3 820 = 4 580; −3 820 − 1 150 − 700 = −5 670; 8 400 − 5 670 = 2 730.
  const rows = [
    ['Nettoomsättning', '8 400', '8 100'],
    ['Övriga rörelseintäkter', '350', '300'],
    ['Summa rörelsens intäkter', '8 750', '8 400'],
    ['Drift och skötsel', '-3 100', '-2 950'],
    ['Reparationer', '-900', '-870'],
    ['Summa driftkostnader', '-4 000', '-3 820'],
    ['Driftöverskott', '4 750', '4 580'],
    ['Avskrivningar på byggnader', '-1 200', '-1 150'],
    ['Central administration', '-650', '-700'],
    ['Summa rörelsens kostnader', '-5 850', '-5 670'],
    ['Rörelseresultat', '2 900', '2 730'],
  ];
  it.each([
    ['aligned text', spaced('Bostadsbolagets resultat (tkr)', ['2025', '2024'], rows)],
    ['a GFM table', gfm('Resultaträkning, tkr', ['2025', '2024'], rows)],
  ])('finds nothing wrong, %s', (_, text) => {
    expect(findingsOf(columnTotal, [{ file: 'case.md', text }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('warns where the operating result does not follow, naming the difference', () => {
    // 2025's Rörelseresultat printed 2 990: 8 750 − 5 850 = 2 900, 90 off.
    const bad = rows.map((r) => (r[0] === 'Rörelseresultat' ? [r[0], '2 990', r[2]!] : r));
    const found = findingsOf(columnTotal, [{ file: 'case.md', text: gfm('Resultaträkning, tkr', ['2025', '2024'], bad) }]).filter((f) => f.severity !== 'info');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toContain('2 900 000 kr');
    expect(found[0]!.message).toContain('skillnad 90 000 kr');
  });
});

describe('an ordinary statement is read as before', () => {
  // 2024: 900 − 600 − 200 = 100; the costs sum is the costs since the income sum.
  const rows = [
    ['Intäkter', '900', '850'],
    ['Summa intäkter', '900', '850'],
    ['Personalkostnader', '-600', '-560'],
    ['Övriga kostnader', '-200', '-210'],
    ['Summa kostnader', '-800', '-770'],
    ['Rörelseresultat', '100', '80'],
  ];
  it('warns of a costs sum that its rows do not make, read as the rows since the sum before (negative rows leave room for another reading)', () => {
    const bad = rows.map((r) => (r[0] === 'Summa kostnader' ? [r[0], '-810', r[2]!] : r));
    const found = findingsOf(columnTotal, [{ file: 'case.md', text: gfm('Resultaträkning (tkr)', ['2024', '2023'], bad) }]).filter((f) => f.severity !== 'info' && f.message.includes('"Summa kostnader"'));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toContain('−800 000 kr');
  });
});

describe('a five-year overview that leaves items out of its result lines', () => {
  // Driftnetto is printed with other income the overview leaves out: 900 − 420 − 60 = 420, printed 455;
  // 880 − 400 − 70 = 410, printed 440; 850 − 390 − 65 = 395, printed 430. No year adds up: no chain of results.
  const rows = [
    ['Hyresintäkter', '900', '880', '850'],
    ['Driftkostnader', '-420', '-400', '-390'],
    ['Underhåll', '-60', '-70', '-65'],
    ['Driftnetto', '455', '440', '430'],
    ['Avskrivningar', '-150', '-140', '-135'],
    ['Finansnetto', '-40', '-45', '-50'],
    ['Resultat efter finansiella poster', '265', '255', '245'],
  ];
  const years = ['2024', '2023', '2022'];
  it.each([
    ['aligned text', spaced('Femårsöversikt, mkr', years, rows)],
    ['a GFM table', gfm('Femårsöversikt (mkr)', years, rows)],
  ])('reports no result line that misses in every year, %s', (_, text) => {
    expect(findingsOf(columnTotal, [{ file: 'case.md', text }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('still warns where the result lines hold in the other years and miss in one', () => {
    // 900 − 420 − 60 = 420; 880 − 400 − 70 = 410; 850 − 390 − 65 = 395, printed 405. Then 420 − 150 − 40 = 230,
    // 410 − 140 − 45 = 225, 405 − 135 − 50 = 220.
    const held = [
      ['Hyresintäkter', '900', '880', '850'],
      ['Driftkostnader', '-420', '-400', '-390'],
      ['Underhåll', '-60', '-70', '-65'],
      ['Driftnetto', '420', '410', '405'],
      ['Avskrivningar', '-150', '-140', '-135'],
      ['Finansnetto', '-40', '-45', '-50'],
      ['Resultat efter finansiella poster', '230', '225', '220'],
    ];
    const found = findingsOf(columnTotal, [{ file: 'case.md', text: gfm('Femårsöversikt (mkr)', years, held) }]).filter((f) => f.severity !== 'info');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toContain('"Driftnetto" anger 405 000 000 kr');
  });
});
