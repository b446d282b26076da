import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A table running over a page break, page furniture between its parts; written for this test in two layouts. */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);

describe('a table continued after a page break', () => {
  it('joins a tab table\'s headerless second part across a running head and a page number', () => {
    const text = ['Kommun\tElever\tLärare', 'Alby\t120\t9', 'Berga\t80\t6', 'Dalby\t45\t4', '', 'Skolverkets rapport 12', '', '7', '', 'Edsby\t60\t5', 'Fjällby\t30\t3', 'Summa\t335\t27', ''].join('\n');
    const tables = docOf({ file: 'a.txt', text }).tables;
    expect(tables).toHaveLength(1);
    expect(read(tables[0]!)).toEqual([
      ['Alby', '120', '9'],
      ['Berga', '80', '6'],
      ['Dalby', '45', '4'],
      ['Edsby', '60?', '5?'],
      ['Fjällby', '30?', '3?'],
      ['Summa', '335?', '27?'],
    ]);
  });

  it('joins one cell per line parts across a footnote, and leaves a table after prose apart', () => {
    const part = (rows: string[][]) => rows.flat().join('\n');
    const text = [
      part([['Län', 'Andel'], ['Uppsala', '12,5'], ['Gotland', '3,5'], ['Halland', '8,0'], ['Dalarna', '9,5']]),
      '',
      '1 Uppgifterna avser 2021.',
      '',
      part([['Jämtland', '4,5'], ['Skåne', '14,0'], ['Kalmar', '6,0'], ['Blekinge', '5,0']]),
      '',
    ].join('\n');
    const tables = docOf({ file: 'b.txt', text }).tables;
    expect(tables.map((t) => t.rows.length)).toEqual([8]);
    expect(read(tables[0]!).slice(3, 5)).toEqual([
      ['Dalarna', '9.5'],
      ['Jämtland', '4.5?'],
    ]);
    const prose = `${part([['Län', 'Andel'], ['Uppsala', '12,5'], ['Gotland', '3,5'], ['Halland', '8,0'], ['Dalarna', '9,5']])}\n\nTabellen ovan visar andelen per län. Nedan följer en annan sammanställning av helt andra siffror som inte hör till tabellen ovan.\n\n${part([['Jämtland', '4,5'], ['Skåne', '14,0'], ['Kalmar', '6,0'], ['Blekinge', '5,0']])}\n`;
    expect(docOf({ file: 'c.txt', text: prose }).tables.map((t) => t.rows.length)).toEqual([4, 4]);
  });
});
