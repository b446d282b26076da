import { describe, expect, it } from 'vitest';
import { namesResultOfItem } from '../../src/tables/result-items.js';
import { isResultLabel } from '../../src/tables/structures.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

/** Items that name a result without being a result line. Examples written here; sums by hand. */
describe('namesResultOfItem', () => {
  it.each([
    'skatt på årets resultat',
    'andel av intresseföretags resultat',
    'resultat från andelar i dotterbolag',
    'minoritetens andel av periodens resultat',
    'resultat i intressebolag',
    'realisationsresultat investeringsverksamheten',
    'justering för rearesultat',
    'försäljningsresultat fastigheter',
    'resultat vid försäljning av inventarier',
    'resultat avyttringar byggnader',
    'resultat av utrangering maskiner',
  ])(
    'reads "%s" as an item',
    (key) => expect(namesResultOfItem(key)).toBe(true),
  );
  it.each(['årets resultat', 'resultat av finansiella poster', 'resultat efter försäljning och skatt', 'resultat efter finansiella poster', 'resultat före skatt', 'rörelseresultat', 'verksamhetens resultat', 'driftkostnader'])(
    'leaves "%s"',
    (key) => expect(namesResultOfItem(key)).toBe(false),
  );
  it('keeps such items out of the result lines', () => {
    expect(isResultLabel('Skatt på årets resultat')).toBe(false);
    expect(isResultLabel('Andel i intresseföretags resultat')).toBe(false);
    expect(isResultLabel('Periodens resultat')).toBe(true);
  });
});

describe('a statement with a tax item on the year’s result', () => {
  it('reconciles the year’s result through the tax item, with no finding', () => {
    const text = [
      'Resultaträkning (tkr)',
      '',
      '| | 2023 | 2022 |',
      '|---|---:|---:|',
      '| Intäkter | 12 400 | 11 900 |',
      '| Kostnader | -10 150 | -9 870 |',
      '| Rörelseresultat | 2 250 | 2 030 |',
      '| Räntekostnader | -310 | -280 |',
      '| Resultat före skatt | 1 940 | 1 750 |',
      '| Skatt på årets resultat | -400 | -360 |',
      '| Årets resultat | 1 540 | 1 390 |',
    ].join('\n');
    // 12 400 − 10 150 = 2 250; 2 250 − 310 = 1 940; 1 940 − 400 = 1 540 (and 2022: 2 030, 1 750, 1 390).
    expect(findingsOf(columnTotal, [{ file: 'case.md', text }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('warns or errs when the year’s result does not follow from the tax item', () => {
    const text = [
      'Resultaträkning för bolaget, kkr',
      '',
      '| Post | 2021 |',
      '|---|---:|',
      '| Hyresintäkter | 5 600 |',
      '| Driftkostnader | -4 900 |',
      '| Rörelseresultat | 700 |',
      '| Resultat efter finansiella poster | 700 |',
      '| Skatt på årets resultat | -150 |',
      '| Årets resultat | 600 |',
    ].join('\n');
    // 700 − 150 = 550, not 600: a difference of 50.
    const found = findingsOf(columnTotal, [{ file: 'case.md', text }]).filter((f) => f.severity !== 'info');
    expect(found.length).toBe(1);
    expect(found[0]!.message).toContain('550');
  });
});

describe('a cash flow statement with a gain on sales among its adjustments', () => {
  // 2023: 410 + 95 − 120 − 8 = 377; 377 + 22 − 40 = 359. 2022: 380 + 90 − 65 − 6 = 399; 399 − 15 + 12 = 396.
  const rows: [string, string, string][] = [
    ['Resultat efter finansiella poster', '410', '380'],
    ['Avskrivningar', '95', '90'],
    ['Realisationsresultat, försålda fastigheter', '-120', '-65'],
    ['Betald skatt', '-8', '-6'],
    ['Kassaflöde före förändring av rörelsekapital', '377', '399'],
    ['Förändring av fordringar', '22', '-15'],
    ['Förändring av skulder', '-40', '12'],
    ['Kassaflöde från den löpande verksamheten', '359', '396'],
  ];
  it.each([
    ['aligned', ['Kassaflödesanalys, mkr', '', `${''.padEnd(50)}${'2023'.padStart(8)}${'2022'.padStart(8)}`, ...rows.map(([l, a, b]) => `${l.padEnd(50)}${a.padStart(8)}${b.padStart(8)}`), ''].join('\n')],
    ['a GFM table', ['Kassaflöde (mkr)', '', '| | 2023 | 2022 |', '|---|---:|---:|', ...rows.map(([l, a, b]) => `| ${l} | ${a} | ${b} |`), ''].join('\n')],
  ])('reads the gain as an item, not a result line, %s', (_, text) => {
    expect(isResultLabel('Realisationsresultat, försålda fastigheter')).toBe(false);
    expect(findingsOf(columnTotal, [{ file: 'case.md', text }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('an income note with the result of a sale among its items', () => {
  // 2023: 8 450 − 3 120 + 64 + 210 = 5 604. 2022: 7 980 − 2 870 + 0 + 145 = 5 255.
  const rows: [string, string, string][] = [
    ['Avgifter och taxor', '8 450', '7 980'],
    ['Avgår interna poster', '-3 120', '-2 870'],
    ['Resultat vid försäljning av tomtmark', '64', '0'],
    ['Övriga intäkter', '210', '145'],
    ['Summa intäkter', '5 604', '5 255'],
  ];
  it.each([
    ['aligned', ['Not 3 Intäkter, tkr', '', `${''.padEnd(44)}${'2023'.padStart(9)}${'2022'.padStart(9)}`, ...rows.map(([l, a, b]) => `${l.padEnd(44)}${a.padStart(9)}${b.padStart(9)}`), ''].join('\n')],
    ['a GFM table', ['Intäkter (tkr)', '', '| | 2023 | 2022 |', '|---|---:|---:|', ...rows.map(([l, a, b]) => `| ${l} | ${a} | ${b} |`), ''].join('\n')],
  ])('reads the sale’s result as an item that the sum counts, %s', (_, text) => {
    expect(isResultLabel('Resultat vid försäljning av tomtmark')).toBe(false);
    expect(findingsOf(columnTotal, [{ file: 'case.md', text }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
