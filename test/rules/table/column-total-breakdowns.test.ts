import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { findingsOf } from '../rule-tester.js';

/**
 * A total printed above several breakdowns of the same whole, each under a heading with no
 * figures. Tables written here, tabbed and in GFM; sums by hand: 200 + 100 + 200 = 500 and
 * 150 + 350 = 500; 2 600 + 1 900 = 4 500, 3 100 + 1 400 = 4 500 and 1 000 + 2 000 + 1 500 = 4 500.
 */
const tabbed = (skola: string) =>
  ['Fördelning av bidraget 2025, tusen kronor', '', 'Område\tBelopp', 'Totalt\t500', 'Per län\t', 'Kalmar\t200', 'Kronoberg\t100', 'Blekinge\t200', 'Efter verksamhet\t', 'Förskola\t150', `Skola\t${skola}`, ''].join(
    '\n',
  );

const gfm = (man: string, kvinna: string) =>
  [
    'Sökande till utbildningen, antal personer',
    '',
    '| Grupp | Antal |',
    '|---|---:|',
    '| Summa | 4 500 |',
    '| **Kön** | |',
    `| Män | ${man} |`,
    `| Kvinnor | ${kvinna} |`,
    '| **Ålder** | |',
    '| Under 25 år | 3 100 |',
    '| 25 år och äldre | 1 400 |',
    '| **Bakgrund** | |',
    '| Gymnasieexamen | 1 000 |',
    '| Yrkeserfarenhet | 2 000 |',
    '| Annan | 1 500 |',
    '',
  ].join('\n');

const sums = (text: string) => findingsOf(columnTotal, text).map((f) => [f.severity, f.message]);

describe('a total above several breakdowns, each under its heading', () => {
  it('is an info naming the breakdowns when each one makes the total (tabbed)', () => {
    const out = sums(tabbed('350'));
    expect(out).toHaveLength(1);
    expect(out[0]![0]).toBe('info');
    expect(out[0]![1]).toContain('2 uppdelningar');
    expect(out[0]![1]).toContain('"Per län", "Efter verksamhet"');
  });

  it('is an info naming the breakdowns when each one makes the total (GFM, three breakdowns)', () => {
    const out = sums(gfm('2 600', '1 900'));
    expect(out).toHaveLength(1);
    expect(out[0]![0]).toBe('info');
    expect(out[0]![1]).toContain('3 uppdelningar');
  });

  it('reports a breakdown that misses against it alone, the others confirming the total, as a warning (the breakdowns are read from the layout)', () => {
    const tab = sums(tabbed('340'));
    expect(tab).toHaveLength(1);
    expect(tab[0]![0]).toBe('warning');
    expect(tab[0]![1]).toContain('delar upp just denna summa är läst ur uppställningen');
    expect(tab[0]![1]).toContain('2 rader summerar till 490 000 kr');
    expect(tab[0]![1]).toContain('"Efter verksamhet"');
    const md = sums(gfm('2 600', '1 800'));
    expect(md).toHaveLength(1);
    expect(md[0]![0]).toBe('warning');
    expect(md[0]![1]).toContain('"Kön"');
  });

  it('only warns when a breakdown is far off a total the others make: it may break down another whole', () => {
    // 150 + 90 = 240 beside a total of 500: not a slip of a figure.
    const out = sums(tabbed('90'));
    expect(out).toHaveLength(1);
    expect(out[0]![0]).toBe('warning');
    expect(out[0]![1]).toContain('"Efter verksamhet" ligger långt från summan');
  });

  it('only warns when no breakdown makes the total: the structure is then a guess', () => {
    const out = sums(tabbed('340').replace('Blekinge\t200', 'Blekinge\t210'));
    expect(out.map((f) => f[0])).toEqual(['warning', 'warning']);
    expect(out.every((f) => f[1]!.includes('ingen av dem summerar'))).toBe(true);
  });
});
