import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { findingsOf } from '../rule-tester.js';

/**
 * A balance sheet: two sides, each closed by its own sum, "Summa tillgångar" right under the sums
 * of its sections, the side of equity and liabilities under headings after it. Written here in
 * GFM and space-aligned; sums by hand:
 * GFM: 120 + 5 400 + 80 = 5 600; 50 + 700 + 250 = 1 000; 5 600 + 1 000 = 6 600;
 *      400 + 200 = 600; 2 500 + 1 300 = 3 800; 2 100 + 100 + 600 + 3 800 = 6 600.
 * Aligned (2023 / 2024): 1 500 + 300 = 1 800 / 1 600 + 250 = 1 850; 700 + 500 = 1 200 / 650 + 600 = 1 250;
 *      1 800 + 1 200 = 3 000 / 1 850 + 1 250 = 3 100; 1 200 + 800 = 2 000 / 1 150 + 900 = 2 050;
 *      900 + 100 + 2 000 = 3 000 / 950 + 100 + 2 050 = 3 100.
 */
const gfm = (tillgangar: string, kortfristiga: string) =>
  [
    'Balansräkning, mnkr',
    '',
    '| Post | 2024 |',
    '|---|---:|',
    '| TILLGÅNGAR | |',
    '| Anläggningstillgångar | |',
    '| Immateriella anläggningstillgångar | 120 |',
    '| Materiella anläggningstillgångar | 5 400 |',
    '| Finansiella anläggningstillgångar | 80 |',
    '| Summa anläggningstillgångar | 5 600 |',
    '| Omsättningstillgångar | |',
    '| Förråd | 50 |',
    '| Kortfristiga fordringar | 700 |',
    '| Kassa och bank | 250 |',
    '| Summa omsättningstillgångar | 1 000 |',
    `| Summa tillgångar | ${tillgangar} |`,
    '| EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER | |',
    '| Eget kapital | 2 100 |',
    '| Minoritetsintresse | 100 |',
    '| Avsättningar | |',
    '| Avsättningar för pensioner | 400 |',
    '| Övriga avsättningar | 200 |',
    '| Summa avsättningar | 600 |',
    '| Skulder | |',
    '| Långfristiga skulder | 2 500 |',
    `| Kortfristiga skulder | ${kortfristiga} |`,
    '| Summa skulder | 3 800 |',
    '| Summa eget kapital, avsättningar och skulder | 6 600 |',
    '',
  ].join('\n');

const aligned = (tillgangar: string) =>
  [
    'Balansräkning',
    'Belopp i tkr',
    '',
    'Post                                  2023        2024',
    'TILLGÅNGAR',
    'Anläggningstillgångar',
    'Byggnader och mark                   1 500       1 600',
    'Inventarier                            300         250',
    'Summa anläggningstillgångar          1 800       1 850',
    'Omsättningstillgångar',
    'Fordringar                             700         650',
    'Kassa och bank                         500         600',
    'Summa omsättningstillgångar          1 200       1 250',
    `Summa tillgångar                     ${tillgangar}       3 100`,
    'EGET KAPITAL OCH SKULDER',
    'Eget kapital                           900         950',
    'Obeskattade reserver                   100         100',
    'Skulder',
    'Långfristiga skulder                 1 200       1 150',
    'Kortfristiga skulder                   800         900',
    'Summa skulder                        2 000       2 050',
    'Summa eget kapital och skulder       3 000       3 100',
    '',
  ].join('\n');

const found = (text: string) => findingsOf(columnTotal, text).filter((f) => f.severity !== 'info').map((f) => [f.severity, f.location.line, f.message]);

describe('a balance sheet: the side of equity and liabilities is no breakdown of "Summa tillgångar" above it', () => {
  it('reports nothing on a sheet whose sums hold (GFM)', () => {
    expect(found(gfm('6 600', '1 300'))).toEqual([]);
  });

  it('reports nothing on a sheet whose sums hold (space-aligned, two years)', () => {
    expect(found(aligned('3 000'))).toEqual([]);
  });

  it('still finds a side whose items miss its sum', () => {
    const out = found(gfm('6 600', '1 200'));
    expect(out).toHaveLength(1);
    expect(out[0]![2]).toContain('Summa skulder');
    expect(out[0]![2]).toContain('3 700');
  });

  it('still finds an assets side whose sections miss "Summa tillgångar", so that it no longer equals the other side', () => {
    const md = found(gfm('6 700', '1 300'));
    expect(md).toHaveLength(1);
    expect(md[0]![1]).toBe(16);
    expect(md[0]![2]).toContain('Summa tillgångar');
    const txt = found(aligned('3 050'));
    expect(txt).toHaveLength(1);
    expect(txt[0]![1]).toBe(14);
    expect(txt[0]![2]).toContain('Summa tillgångar');
  });
});
