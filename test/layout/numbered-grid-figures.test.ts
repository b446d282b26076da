import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A "Tabell N." caption over a table pasted one cell a line whose figures have digit groups: no numbered items. */
describe('figures with digit groups under a table caption', () => {
  it.each([
    ['without blank lines', '\n'],
    ['with blank lines between cells', '\n\n'],
  ])('reads the cells %s as a table, not "2 400" as item 2', (_name, sep) => {
    const cells = ['Län', 'Belopp', 'Andel', 'Västernorrlands län', '2 400', '40 %', 'Jämtlands län', '1 200', '20 %', 'Gävleborgs län', '2 400', '40 %', 'Totalt', '6 000', '100 %'];
    const [t] = docOf({ text: 'Tabell 9. Fördelning per län, tusental kronor\n\n' + cells.join(sep) + '\n' }).tables;
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['Västernorrlands län', '2400000', '40'],
      ['Jämtlands län', '1200000', '20'],
      ['Gävleborgs län', '2400000', '40'],
      ['Totalt', '6000000', '100'],
    ]);
  });
});
