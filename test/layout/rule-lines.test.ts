import { describe, expect, it } from 'vitest';
import { withoutRuleLines } from '../../src/layout/rule-lines.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, r.kind, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('rule lines', () => {
  it('leaves out a rule between aligned lines and keeps the others their line numbers', () => {
    const lines = withoutRuleLines(src('Kommun     2022   2023\n----------------------\nAle          10     12\n======  ======  ======\nSumma        10     12'));
    expect(lines.map((l) => l.line)).toEqual([1, 3, 5]);
  });

  it('keeps a rule under a heading or between paragraphs', () => {
    expect(withoutRuleLines(src('Fördelning\n----------\nMedlen fördelas så här.')).length).toBe(3);
    expect(withoutRuleLines(src('Text  med  luft\n___\nEn mening.')).length).toBe(3);
  });

  it('reads a table with rules under its header and above its total as one table', () => {
    const text = ['Tabell 2. Bidrag per län, tkr', '', 'Län                 2022     2023', '---------------------------------', 'Hallands län         120      130', 'Skåne län            300      310', 'Kalmar län            80       90', '---------------------------------', 'Summa                500      530', ''].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['Hallands län', 'data', '120000', '130000'],
      ['Skåne län', 'data', '300000', '310000'],
      ['Kalmar län', 'data', '80000', '90000'],
      ['Summa', 'total', '500000', '530000'],
    ]);
    const boxed = ['Antal elever', '', 'Skola          Flickor   Pojkar', '═══════════    ═══════   ══════', 'Norrskolan          40       38', 'Söderskolan         22       25', 'Västerskolan        31       30', 'Totalt              93       93', ''].join('\n');
    const [u] = docOf({ file: 'case.txt', text: boxed }).tables;
    expect(rowsOf(u!).map((r) => r[0])).toEqual(['Norrskolan', 'Söderskolan', 'Västerskolan', 'Totalt']);
  });
});
