import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

/**
 * A county's row beside all of its municipalities and nothing else, then the country: the county
 * is their total. Examples written here (Jämtlands län has eight municipalities); sums by hand.
 */
const towns: [string, string, string][] = [
  ['Berg', '7 010', '6 990'],
  ['Bräcke', '6 420', '6 400'],
  ['Härjedalen', '10 150', '10 110'],
  ['Krokom', '15 300', '15 420'],
  ['Ragunda', '5 380', '5 350'],
  ['Strömsund', '11 630', '11 560'],
  ['Åre', '11 950', '12 160'],
  ['Östersund', '63 760', '64 210'],
];
// 2023: 7 010 + 6 420 + 10 150 + 15 300 + 5 380 + 11 630 + 11 950 + 63 760 = 131 600;
// 2024: 6 990 + 6 400 + 10 110 + 15 420 + 5 350 + 11 560 + 12 160 + 64 210 = 132 200.
const tab = (county: [string, string, string], first: boolean, only = towns): string => {
  const rows = first ? [county, ...only] : [...only, county];
  return ['Folkmängd\t2023\t2024', ...rows.map((r) => r.join('\t')), 'Riket\t10 540 000\t10 570 000', ''].join('\n');
};
const gfm = (county: [string, string, string], first: boolean, only = towns): string => {
  const rows = first ? [county, ...only] : [...only, county];
  return ['| Kommun | 2023 | 2024 |', '|---|---:|---:|', ...rows.map((r) => `| ${r.join(' | ')} |`), '| Riket | 10 540 000 | 10 570 000 |', ''].join('\n');
};

/** The national row beside one county's rows is the country's figure, said in an info (column-total.ts): the county's check is what these tests are about. */
const NATIONAL_COMPARISON = 'riksraden är landets siffra som jämförelse';
const countyFindings = (sources: { file: string; text: string }[]) => findingsOf(columnTotal, sources).filter((f) => !f.message.includes(NATIONAL_COMPARISON));

describe.each([
  ['tab-separated, the county under its municipalities', 'c.txt', (c: [string, string, string], only?: typeof towns) => tab(c, false, only)],
  ['GFM, the county over its municipalities', 'c.md', (c: [string, string, string], only?: typeof towns) => gfm(c, true, only)],
])('%s', (_, file, layout) => {
  it('checks the county as their total, with nothing to report where it holds', () => {
    expect(countyFindings([{ file, text: layout(['Jämtlands län', '131 600', '132 200']) }])).toEqual([]);
  });
  it('says that the national row under one county is the country beside it, not their sum', () => {
    const found = findingsOf(columnTotal, [{ file, text: layout(['Jämtlands län', '131 600', '132 200']) }]);
    expect(found.map((f) => [f.severity, f.message.includes(NATIONAL_COMPARISON) && f.message.includes('(1 av 21 län)')])).toEqual([
      ['info', true],
      ['info', true],
    ]);
  });
  it('warns where the county is not their sum', () => {
    const found = countyFindings([{ file, text: layout(['Jämtlands län', '131 600', '132 300']) }]);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toContain('8 rader summerar till 132 200');
    expect(found[0]!.message).toContain('"Jämtlands län" anger 132 300');
  });
  it('leaves a county that is its municipalities\' sum in none of its columns (each counted once in the county)', () => {
    expect(countyFindings([{ file, text: layout(['Jämtlands län', '131 540', '132 150']) }])).toEqual([]);
  });
  it('leaves a county beside a selection of its municipalities', () => {
    expect(countyFindings([{ file, text: layout(['Jämtlands län', '131 600', '132 300'], towns.slice(0, 6)) }])).toEqual([]);
  });
});
