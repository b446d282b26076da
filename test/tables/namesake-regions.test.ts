import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * National agencies' regions named with the word "Region" like the county councils: the police's
 * seven, the Transport Administration's six. "Region Stockholm" among them is the agency's region,
 * not Stockholms län. Where most rows are county councils, each stays its county. Tables written
 * for this test.
 */
const POLICE = ['Region Nord', 'Region Mitt', 'Region Stockholm', 'Region Öst', 'Region Väst', 'Region Syd', 'Region Bergslagen'];
const ROADS = ['Region Nord', 'Region Mitt', 'Region Stockholm', 'Region Öst', 'Region Väst', 'Region Syd'];
const COUNCILS = ['Region Stockholm', 'Region Uppsala', 'Region Skåne', 'Region Halland', 'Region Gävleborg', 'Övriga'];

const tabs = (names: readonly string[]) => ['Område\tAnmälda brott\tPer 1000 inv.', ...names.map((n, i) => `${n}\t${1000 + i * 10}\t${100 + i}`), 'Riket\t20 000\t140', ''].join('\n');
const gfm = (names: readonly string[]) =>
  ['| Region | Ärenden 2022 | Ärenden 2023 |', '|---|---:|---:|', ...names.map((n, i) => `| ${n} | ${200 + i} | ${210 + i} |`), ''].join('\n');

const codes = (file: string, text: string) => docOf({ file, text }).tables[0]!.rows.filter((r) => r.kind === 'data').map((r) => r.region?.code ?? null);

describe.each([
  ['tab-separated', tabs, 'a.txt'],
  ['GFM', gfm, 'b.md'],
] as const)('regions of an agency named like county councils, %s', (_, of, file) => {
  it("reads the police's Region Stockholm as no county", () => {
    expect(codes(file, of(POLICE))).toEqual(POLICE.map(() => null));
  });
  it("reads the Transport Administration's Region Stockholm as no county", () => {
    expect(codes(file, of(ROADS))).toEqual(ROADS.map(() => null));
  });
  it('keeps the counties of a table of county councils', () => {
    expect(codes(file, of(COUNCILS))).toEqual(['01', '03', '12', '13', '21', null]);
  });
});
