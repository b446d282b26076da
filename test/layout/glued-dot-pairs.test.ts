import { describe, expect, it } from 'vitest';
import { splitDotPair } from '../../src/layout/glued-dot-pairs.js';
import { buildDocument } from '../../src/document/build.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { readText } from '../../src/readers/text.js';

describe('two figures grouped by dots run together', () => {
  it('splits where only one split exists', () => {
    expect(splitDotPair('7.2153.480')).toEqual(['7.215', '3.480']);
    expect(splitDotPair('21.04512.300')).toEqual(['21.045', '12.300']);
    expect(splitDotPair('45.6001.250.000')).toEqual(['45.600', '1.250.000']);
    expect(splitDotPair('2.905870')).toEqual(['2.905', '870']);
  });

  it('does not split a well-formed figure, nor one that splits several ways', () => {
    expect(splitDotPair('7.215.480')).toBeNull();
    expect(splitDotPair('7215.480')).toBeNull();
    expect(splitDotPair('7.2153.48')).toBeNull();
    expect(splitDotPair('7.2153.4801.000')).toBeNull();
  });
});

// Figures in tkr written for this test; 7 215 + 2 050 + 980 = 10 245, 3 480 + 2 115 + 1 020 = 6 615.
const TAB = ['Beviljade medel per region (tkr)', '', 'Region\t2021\t2022', 'Region Halland\t7.2153.480', 'Region Kronoberg\t2.050\t2.115', 'Region Blekinge\t980\t1.020', 'Totalt\t10.245\t6.615', ''].join('\n');
const GFM = ['Beviljade medel per region (tkr)', '', '| Region | 2021 | 2022 |', '|---|---:|---:|', '| Region Halland | 7.2153.480 | |', '| Region Kronoberg | 2.050 | 2.115 |', '| Region Blekinge | 980 | 1.020 |', '| Totalt | 10.245 | 6.615 |', ''].join('\n');

describe('a glued dotted pair in a table', () => {
  for (const [name, read] of [
    ['tab-separated, the row one cell short', () => readText('a.txt', TAB)],
    ['GFM, the cell after it empty', () => readMarkdown('b.md', GFM)],
  ] as const) {
    it(`is two cells, read as glued: ${name}`, () => {
      const t = buildDocument(read()).tables[0]!;
      expect(t.rows.map((r) => r.label)).toEqual(['Region Halland', 'Region Kronoberg', 'Region Blekinge', 'Totalt']);
      expect(t.rows.map((r) => r.cells.map((c) => c.value?.toFixed() ?? null))).toEqual([
        ['7215000', '3480000'],
        ['2050000', '2115000'],
        ['980000', '1020000'],
        ['10245000', '6615000'],
      ]);
      expect(t.rows[0]!.cells.map((c) => c.readBy)).toEqual(['glued', 'glued']);
    });
  }

  it('stays unread and reported where the split is not certain', () => {
    const doc = buildDocument(readMarkdown('c.md', GFM.replace('7.2153.480', '72153.480')));
    const t = doc.tables[0]!;
    expect(t.rows[0]!.label).toBe('Region Halland');
    expect(t.rows[0]!.cells.map((c) => c.value)).toEqual([null, null]);
    expect(t.rows[0]!.unreadable).toEqual(['72153.480']);
  });
});

describe('a well-formed dotted figure in a row one figure short', () => {
  it('is read, with a doubt, where a small figure and the next could make it', () => {
    const t = buildDocument(readText('d.txt', TAB.replace('7.2153.480', '72.153'))).tables[0]!;
    expect(t.rows[0]!.cells.map((c) => c.value?.toFixed() ?? null)).toEqual(['72153000', null]);
    expect(t.rows[0]!.cells[0]!.uncertain).toBe('72.153');
  });
});
