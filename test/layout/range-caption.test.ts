import { describe, expect, it } from 'vitest';
import { isYearSpanCaption } from '../../src/layout/range-caption.js';
import { readText } from '../../src/readers/text.js';
import type { Grid, Layout } from '../../src/layout/types.js';

/**
 * A sentence naming the years a table spans, printed right above the table's header of years.
 * Examples written here in two wordings; the expected cells are read off them by hand.
 */
const grids = (layout: Layout): Grid[] => layout.blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text));

const forTill = [
  'Tabellen nedan visar bolagets balansräkning för 2019 till 2023',
  'Balansräkning 2023 2022 2021 2020 2019',
  'Byggnader 4 512 4 390 4 120 3 998 3 870',
  'Inventarier 31 28 40 122 9',
  'Finansiella tillgångar 14 14 8 8 2',
  'Fordringar 210 198 167 305 288',
  'Eget kapital 1 620 1 544 1 490 1 402 1 350',
  'Obeskattade reserver 0 85 120 118 101',
  'Avsättningar 96 51 44 37 25',
  'Långfristiga skulder 3 700 3 610 3 420 3 300 3 150',
  'Kortfristiga skulder 280 262 251 270 233',
].join('\n');

const dashSpan = [
  'Sammanställning av kommunens nyckeltal under perioden 2020–2024.',
  'Nyckeltal 2024 2023 2022 2021 2020',
  'Nettokostnad 1 840 1 776 1 702 1 655 1 601',
  'Skatteintäkter 1 402 1 361 1 300 1 266 1 210',
  'Utjämning 455 437 419 401 399',
  'Finansnetto 12 9 30 104 7',
  'Investeringar 210 188 175 160 243',
  'Låneskuld 900 850 800 750 700',
  'Pensionsskuld 1 100 1 120 1 135 1 150 1 170',
  'Borgen 2 300 2 250 2 210 2 180 2 150',
  'Likvida medel 95 120 88 140 101',
].join('\n');

describe('a caption naming the years the table spans', () => {
  it('is told from a header line and from prose', () => {
    expect(isYearSpanCaption('Tabellen nedan visar bolagets balansräkning för 2019 till 2023')).toBe(true);
    expect(isYearSpanCaption('Sammanställning av kommunens nyckeltal under perioden 2020–2024.')).toBe(true);
    expect(isYearSpanCaption('Balansräkning 2023 2022 2021 2020 2019')).toBe(false);
    expect(isYearSpanCaption('Bokslut 2022 till 2023')).toBe(false); // too few words: a header
    expect(isYearSpanCaption('Kostnaderna ökade med 12 procent mellan 2019 och 2023')).toBe(false); // another figure
    expect(isYearSpanCaption('Planen gäller för åren 2025 till 2021')).toBe(false); // not a forward span
  });

  it('is not read as header: every column of the table keeps its year (for … till …)', () => {
    const [g, ...rest] = grids(readText('a.txt', forTill));
    expect(rest).toEqual([]);
    expect(texts(g!)[0]).toEqual(['Balansräkning', '2023', '2022', '2021', '2020', '2019']);
    expect(texts(g!)[2]).toEqual(['Inventarier', '31', '28', '40', '122', '9']);
    expect(texts(g!)[3]).toEqual(['Finansiella tillgångar', '14', '14', '8', '8', '2']);
    expect(g!.rows).toHaveLength(10);
  });

  it('is not read as header: every column of the table keeps its year (perioden YYYY–YYYY)', () => {
    const [g, ...rest] = grids(readText('b.txt', dashSpan));
    expect(rest).toEqual([]);
    expect(texts(g!)[0]).toEqual(['Nyckeltal', '2024', '2023', '2022', '2021', '2020']);
    expect(texts(g!)[4]).toEqual(['Finansnetto', '12', '9', '30', '104', '7']);
    expect(g!.rows).toHaveLength(10);
  });
});
