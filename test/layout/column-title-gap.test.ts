import { describe, expect, it } from 'vitest';
import { columnTitleLine } from '../../src/layout/column-title-line.js';
import { buildDocument } from '../../src/document/build.js';
import { readText } from '../../src/readers/text.js';

describe('a wide gap between the two column titles', () => {
  it('parts the titles there', () => {
    expect(columnTitleLine('Kommun Förening  Belopp')).toEqual({ label: 'Kommun Förening', figure: 'Belopp' });
    expect(columnTitleLine('Region Mottagare   Beviljat belopp')).toEqual({ label: 'Region Mottagare', figure: 'Beviljat belopp' });
  });

  it('keeps the first word the label title without a gap', () => {
    expect(columnTitleLine('Region Brott per 1000 inv.')).toEqual({ label: 'Region', figure: 'Brott per 1000 inv.' });
  });

  it('gives the figure column its title and unit in the table', () => {
    const text = ['Bidrag till kulturmiljöer', '', 'Län Mottagare  Kronor', 'H   Kalmar slottsmur  400 000', 'Borgholms ruin 250 000', 'Ölands fornborgar  120 000', 'I   Visby ringmur 600 000', ''].join('\n');
    const t = buildDocument(readText('b.txt', text)).tables[0]!;
    expect(t.labelHeader).toBe('Län Mottagare');
    expect(t.columns.map((c) => c.header)).toEqual([['Kronor']]);
    expect(t.columns[0]!.unit).toBe('SEK');
    expect(t.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['400000', '250000', '120000', '600000']);
  });
});
