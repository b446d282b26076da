import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Space-aligned tables whose column title is wrapped over two lines; written for this test. */
const tableOf = (text: string): Table => docOf({ file: 'case.txt', text }).tables[0]!;
const headers = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const values = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('aligned tables with a title wrapped over two lines', () => {
  it('reads the first line of a wrapped title over the only value column as the title, not the caption', () => {
    const t = tableOf(['Utfall per län', '', 'Belopp i tkr.', '', '                    Ökning från', 'Län                 förra året', 'Kalmar län             1 250,5', 'Blekinge län             830,0', 'Gotlands län             410,2', ''].join('\n'));
    expect(t.caption).not.toBe('Ökning från');
    expect(headers(t)).toEqual(['Ökning från / förra året']);
    expect(values(t)).toEqual([['Kalmar län', '1250500'], ['Blekinge län', '830000'], ['Gotlands län', '410200']]);
  });

  it('does so with the unit in the caption and a total row, in another wording', () => {
    const t = tableOf(['Platser i särskilt boende 2022 (antal)', '', '                         Antal platser', 'Kommun                   vid årets slut', 'Ale                                 150', 'Lerum                               340', 'Alingsås                            210', 'Summa                               700', ''].join('\n'));
    expect(t.caption).not.toBe('Antal platser');
    expect(headers(t)).toEqual(['Antal platser / vid årets slut']);
    expect(values(t)[3]).toEqual(['Summa', '700']);
  });
});
