import { describe, expect, it } from 'vitest';
import { ruleLines } from '../../src/layout/rule-lines.js';
import { docOf } from '../rules/rule-tester.js';

/** A rule of dashes or underscores under a spaced header is left out; a rule under a heading is kept. */
describe('rule lines under a spaced header', () => {
  it('leaves out a rule between a header and a row set in columns', () => {
    expect([...ruleLines(['Kommun     2021     2022', '________________________', 'Ale          12       14'])]).toEqual([1]);
    expect([...ruleLines(['Ekonomiskt resultat', '-------------------', 'Kommunen redovisar ett överskott.'])]).toEqual([]);
    expect([...ruleLines(['Län        Belopp', '-----------------', 'Källa: SCB'])]).toEqual([]);
  });

  it('reads the table under a header with a rule of "=" signs', () => {
    const text = 'Fördelning, tkr\n\nLän                 2022       2023\n===================================\nSkåne län            120        130\nHallands län          40         45\nBlekinge län          30         25\nSumma                190        200\n';
    const [t] = docOf({ text }).tables;
    expect(t!.columns.map((c) => [c.header, c.scale])).toEqual([
      [['2022'], 1000],
      [['2023'], 1000],
    ]);
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['Skåne län', '120000', '130000'],
      ['Hallands län', '40000', '45000'],
      ['Blekinge län', '30000', '25000'],
      ['Summa', '190000', '200000'],
    ]);
  });
});
