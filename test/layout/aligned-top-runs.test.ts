import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * An aligned table under a top line whose two runs both fall over one column (a caption and a
 * reference set wide, as a printed listing puts them): the runs are one title. Reading the
 * second run as a group title of its own stopped the whole read with a TypeError. Written for
 * this test, in two layouts.
 */
const rows = [
  '    Skolor                                       2 021     2 022     2 023',
  '    Grundskolor                                 55 400    43 500    35 500',
  '    Förskolor                                   20 900    17 000    14 000',
  '    Fritidshe                                   34 100    26 000    21 000',
  '    Gymnasier                                      400       500       500',
  '    Vuxenu                                      13 600         –         –',
  '    12 700                                      12 000         –         –',
  '    Total nybyggnad                             69 000    58 000    47 500',
];

describe('two runs of a top header line over one column', () => {
  it.each([
    ['a listing reference after the caption', ['  #4 (utan egen rubrik)   (sid 2:3)', '                                    art  ort  serien 1  serien 2  serien 3']],
    ['a note after the title', ['  Tabell 7 (preliminär)    (not 2)', '                                    nr   ort  fält 1    fält 2    fält 3']],
  ])('%s: read, not a crash', (_name, header) => {
    const doc = docOf({ file: 'case.txt', text: [...header, ...rows].join('\n') });
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => r.label)).toContain('Gymnasier');
    expect(t.rows[1]!.cells.map((c) => c.value?.toFixed() ?? null).filter((v) => v !== null)).toEqual(['55400', '43500', '35500']);
  });
});
