import { describe, expect, it } from 'vitest';
import { isCaptionBelow } from '../../src/layout/caption-below.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A figure's caption or the source under a spaced table ends in a number (a week, a year) and
 * would read as a label and a value: it ends the table instead. Examples written here in two
 * layouts; expected cells read off them.
 */
const rowsOf = (text: string): (string | null)[][] =>
  docOf({ file: 'a.txt', text }).tables.flatMap((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? null)]));

describe('captions below a table', () => {
  it('tells figure captions and source lines from rows', () => {
    expect(['Figur 1. Antal per region vecka 12', 'Diagram 4: Besök per län 2021', 'Källa: SCB 2022', 'Tabell 3. Utfall 2020', 'Bild 2. Karta över länet 2019'].map(isCaptionBelow)).toEqual([true, true, true, true, true]);
    expect(['Figurer 2020 12', 'Diagrammet visar 2021', 'Tabellen 12 400', 'Blekinge 412 2,6', 'Källor 12'].map(isCaptionBelow)).toEqual([false, false, false, false, false]);
  });

  it('tells the date the figures were updated or published from rows', () => {
    expect(['Uppdaterad 12 mars 2024', 'Senast uppdaterad: 2024-03-01', 'Publicerad 2024-03-01', 'Uppdaterat 2023-12-31'].map(isCaptionBelow)).toEqual([true, true, true, true]);
    expect(['Uppdaterade rutiner 2024 12', 'Uppdateringar 12 400', 'Publicerade rapporter 14 18'].map(isCaptionBelow)).toEqual([false, false, false]);
  });

  it('ends a table at figure captions after blank lines, though they end in the week', () => {
    const text = [
      'Tabell 2: Antal tester per region vecka 12',
      'Region Tester Per 1 000 invånare',
      'Blekinge 412 2,6',
      'Dalarna 655 2,3',
      'Gotland 120 2,0',
      'Halland 590 1,8',
      'Kalmar 301 1,2',
      '',
      'Figur 1. Antal tester per region vecka 12',
      '',
      'Figur 2. Antal tester per 1 000 invånare vecka 12',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Blekinge', '412', '2.6'],
      ['Dalarna', '655', '2.3'],
      ['Gotland', '120', '2'],
      ['Halland', '590', '1.8'],
      ['Kalmar', '301', '1.2'],
    ]);
  });

  it('ends a table at a diagram caption and a source line right under its last row', () => {
    const text = [
      'Besök per län 2021',
      'Län Besök Andel, %',
      'Uppsala län 8 120 14,2',
      'Örebro län 6 410 11,2',
      'Kalmar län 5 200 9,1',
      'Gävleborgs län 4 980 8,7',
      'Diagram 4: Besök per län 2021',
      'Källa: Egen sammanställning 2022',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Uppsala län', '8120', '14.2'],
      ['Örebro län', '6410', '11.2'],
      ['Kalmar län', '5200', '9.1'],
      ['Gävleborgs län', '4980', '8.7'],
    ]);
  });
});
