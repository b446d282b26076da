import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { findingsOf } from '../rule-tester.js';

/**
 * A row over its own parts with no "varav", then a sibling and the total: the total is the sum
 * of the row and its sibling, not of every row above it. Tables written here, in GFM and in
 * aligned text; sums by hand: 22 700 + 18 100 + 400 = 41 200 and 41 200 + 11 300 = 52 500;
 * 19 300 + 14 100 + 400 = 33 800 and 33 800 + 10 900 = 44 700; 16 100 + 12 000 + 400 = 28 500
 * and 28 500 + 9 700 = 38 200.
 */
const gfm = (total2024: string) =>
  [
    'Påbörjade lägenheter, antal',
    '',
    '| Hustyp | 2022 | 2023 | 2024 |',
    '|---|---:|---:|---:|',
    '| Flerbostadshus | 41 200 | 33 800 | 28 500 |',
    '| Hyresrätt | 22 700 | 19 300 | 16 100 |',
    '| Bostadsrätt | 18 100 | 14 100 | 12 000 |',
    '| Äganderätt | 400 | 400 | 400 |',
    '| Småhus | 11 300 | 10 900 | 9 700 |',
    `| Totalt | 52 500 | 44 700 | ${total2024} |`,
    '',
  ].join('\n');

const aligned = [
  'Nya platser, antal',
  '',
  'Verksamhet          2022     2023     2024',
  'Förskola             640      580      610',
  'Kommunal             410      350      370',
  'Fristående           230      230      240',
  'Fritidshem           120      140      150',
  'Summa                760      720      760',
  '',
].join('\n');

// A total named for what it totals, a data row to the reader ("Total nybyggnad"), tab-separated: 300 + 95 = 395, 280 + 90 = 370, 310 + 100 = 410.
const named = (last: string) =>
  ['Bostäder, antal', '', 'Typ\t2021\t2022\t2023', 'Lägenheter\t300\t280\t310', 'Ettor\t120\t100\t130', 'Tvåor\t180\t180\t180', 'Radhus\t95\t90\t100', `Total nybyggnad\t395\t370\t${last}`, ''].join('\n');

describe('a row over its own parts, no "varav", among the rows of a total', () => {
  it('reads the total as the row and its sibling: no error, an info naming the reading (GFM)', () => {
    const f = findingsOf(columnTotal, [{ file: 'a.md', text: gfm('38 200') }]);
    expect(f.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(f.filter((x) => /Totalt/.test(x.message)).length).toBe(3);
  });

  it('reads it so in aligned text too: 640 + 120 = 760, 580 + 140 = 720, 610 + 150 = 760', () => {
    const f = findingsOf(columnTotal, aligned);
    expect(f.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it('reports a total that misses under that reading as a warning naming the row, never an error', () => {
    const f = findingsOf(columnTotal, [{ file: 'a.md', text: gfm('38 300') }]).filter((x) => x.severity !== 'info');
    expect(f.map((x) => [x.severity, x.actual, x.expected])).toEqual([['warning', '38200', '38300']]);
    expect(f[0]!.message).toMatch(/Flerbostadshus/);
  });

  it('reads a total named for what it totals the same way, tab-separated', () => {
    expect(findingsOf(columnTotal, named('410')).filter((x) => x.severity !== 'info')).toEqual([]);
    const f = findingsOf(columnTotal, named('420')).filter((x) => x.severity !== 'info');
    expect(f.map((x) => [x.severity, x.actual, x.expected])).toEqual([['warning', '410', '420']]);
  });
});
