import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Tables grouping thousands with dots whose figures ran together row after row; written for this test, figures invented. */
const read = (text: string) => {
  const doc = docOf({ file: 't.txt', text });
  const t = doc.tables[0]!;
  return {
    headers: t.columns.map((c) => c.header.join(' / ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]),
    glued: t.rows.map((r) => r.cells.map((c) => c.readBy === 'glued')),
    guessed: t.rows.map((r) => r.cells.some((c) => c.placedByGuess === true)),
  };
};

describe('rows of dotted figures run together (glued-dot-rows.ts)', () => {
  it('reads single-spaced rows under a line of years, the split cells read as glued', () => {
    const text = ['Bidrag per kommun, tkr', '', 'Kommun 2022 2023', 'Ale 6.3486.914', 'Alingsås 12.34513.002', 'Borås 4.1204.388', 'Summa 22.81324.304', ''].join('\n');
    const r = read(text);
    expect(r.headers).toEqual(['2022', '2023']);
    expect(r.rows).toEqual([
      ['Ale', '6348000', '6914000'],
      ['Alingsås', '12345000', '13002000'],
      ['Borås', '4120000', '4388000'],
      ['Summa', '22813000', '24304000'],
    ]);
    expect(r.glued.every((row) => row.every(Boolean))).toBe(true);
  });

  it('reads rows set apart by wide gaps, and rows with no header at all, three figures a row', () => {
    const aligned = ['Kostnader per verksamhet (tkr)', '', 'Verksamhet            2021        2022', 'Skola                 1.2041.350', 'Vård                  9.9801.020.400', 'Omsorg                3.1003.200', ''].join('\n');
    expect(read(aligned).rows).toEqual([
      ['Skola', '1204000', '1350000'],
      ['Vård', '9980000', '1020400000'],
      ['Omsorg', '3100000', '3200000'],
    ]);
    const bare = ['Antal besök', '', 'Norra 1.2041.350 2.000', 'Södra 7.4501.900 3.100', 'Västra 2.1002.005 4.000', ''].join('\n');
    const r = read(bare);
    expect(r.rows).toEqual([
      ['Norra', '1204', '1350', '2000'],
      ['Södra', '7450', '1900', '3100'],
      ['Västra', '2100', '2005', '4000'],
    ]);
    // The third figure was printed apart: read as printed.
    expect(r.glued[0]).toEqual([true, true, false]);
  });

  it('keeps a row whose run splits more than one way, unread and reported, the dots still groups', () => {
    const text = ['Bidrag per kommun, tkr', '', 'Kommun 2022 2023', 'Ale 6.3486.914', 'Alingsås 9146.914', 'Borås 4.1204.388', 'Summa 19.61420.216', ''].join('\n');
    const doc = docOf({ file: 't.txt', text });
    const t = doc.tables[0]!;
    expect(t.rows.map((row) => row.label)).toEqual(['Ale', 'Alingsås', 'Borås', 'Summa']);
    expect(t.rows[0]!.cells.map((c) => c.value?.toString())).toEqual(['6348000', '6914000']);
    expect(t.rows[1]!.cells.map((c) => c.value)).toEqual([null, null]);
    expect(t.rows[1]!.unreadable).toEqual(['9146.914']);
    expect(doc.problems.some((p) => p.message.includes('9146.914'))).toBe(true);
  });

  it('keeps the one glued row among rows printed apart (it was taken for the caption), and a short row is a guess', () => {
    const text = ['Anslag per region, tkr', '', 'Region 2022 2023', 'Region Uppsala 6.3486.914', 'Region Örebro 12.345 13.002', 'Region Dalarna 4.120', 'Summa 22.813 19.916', ''].join('\n');
    const r = read(text);
    expect(r.rows.map((row) => row[0])).toEqual(['Region Uppsala', 'Region Örebro', 'Region Dalarna', 'Summa']);
    expect(r.rows[0]).toEqual(['Region Uppsala', '6348000', '6914000']);
    expect(r.guessed).toEqual([false, false, true, false]);
  });

  it('a sum that disagrees over glued figures only warns', () => {
    const text = ['Bidrag per kommun, tkr', '', 'Kommun 2022 2023', 'Ale 6.3486.914', 'Alingsås 12.34513.002', 'Borås 4.1204.388', 'Summa 22.81324.999', ''].join('\n');
    const f = findingsOf(columnTotal, text);
    expect(f.length).toBe(1);
    expect(f[0]!.severity).toBe('warning');
  });

  it('rows of such runs no reader takes are reported as rows of figures left unread', () => {
    const text = ['Bidrag och andel per kommun', '', 'Kommun 2022 2023 Andel', 'Ale 6.3486.914 12%', 'Alingsås 12.34513.002 40%', 'Borås 4.1204.388 30%', 'Summa 22.81324.304 82%', ''].join('\n');
    const doc = docOf({ file: 't.txt', text });
    expect(doc.tables).toEqual([]);
    expect(doc.problems.some((p) => /rad 4–7/.test(p.message))).toBe(true);
  });
});
