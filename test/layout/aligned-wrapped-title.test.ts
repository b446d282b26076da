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
  it('keeps a wrapped title wider than its column, centred among years, to its own column', () => {
    const t = tableOf(['Bidrag per län, tkr', '', '                              Beviljat under', 'Län               2021     andra halvåret       2023', 'Kalmar län         600                 70        700', 'Blekinge län       400                 30        300', 'Summa            1 000                100      1 000', ''].join('\n'));
    expect(headers(t)).toEqual(['2021', 'Beviljat under / andra halvåret', '2023']);
    expect(values(t)[2]).toEqual(['Summa', '1000000', '100000', '1000000']);
    const u = tableOf(['Elever per kommun', '', '                         Elever med', 'Kommun         Flickor   modersmålsstöd   Pojkar', 'Ale                150               12      150', 'Lerum              340               30      360', 'Summa              490               42      510', ''].join('\n'));
    expect(headers(u)).toEqual(['Flickor', 'Elever med / modersmålsstöd', 'Pojkar']);
  });
});
