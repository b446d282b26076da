import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Column titles at the end of a caption line over a table with no header row; examples written here. */
const tablesOf = (file: string, text: string): readonly Table[] => docOf({ file, text }).tables;
const headers = (t: Table): string[] => t.columns.map((c) => c.header.join(' / '));
const values = (t: Table): (string | null)[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('column titles at the end of the caption line', () => {
  it('names the columns by the last words of a caption over spaced rows', () => {
    const [t] = tablesOf(
      'lon.txt',
      ['Löner', '', 'Månadslön efter yrkesgrupp och kön år 2012 Kvinnor Män', 'Arbetare 25 300 27 100', 'Tjänstemän 31 200 36 400', 'Chefer 45 800 52 300', ''].join('\n'),
    );
    expect(t!.caption).toBe('Månadslön efter yrkesgrupp och kön år 2012');
    expect(headers(t!)).toEqual(['Kvinnor', 'Män']);
    expect(values(t!)).toEqual([
      ['Arbetare', '25300', '27100'],
      ['Tjänstemän', '31200', '36400'],
      ['Chefer', '45800', '52300'],
    ]);
  });

  it('reads three titles after a numbered caption, and years as titles', () => {
    const [a] = tablesOf('sektor.txt', ['Tabell 3. Anställda per sektor 2021 Heltid Deltid Timavlönade', 'Kommun 120 400 30 200 4 100', 'Region 80 100 12 900 2 300', 'Staten 60 300 5 100 900', ''].join('\n'));
    expect(a!.caption).toBe('Tabell 3. Anställda per sektor 2021');
    expect(headers(a!)).toEqual(['Heltid', 'Deltid', 'Timavlönade']);
    expect(values(a!)[1]).toEqual(['Region', '80100', '12900', '2300']);
    const [b] = tablesOf('utfall.txt', ['Tabell 2. Utfall per verksamhet, antal 2022 2023', 'Förskola 1 200 1 350', 'Fritids 800 760', 'Skola 2 400 2 380', ''].join('\n'));
    expect(headers(b!)).toEqual(['2022', '2023']);
  });

  it('leaves the caption alone when its last words are a name, a phrase or a year with a word', () => {
    const cases = [
      ['Tabell 1. Bidrag till Region Skåne', 'Malmö 1 200 300', 'Lund 900 250', 'Ystad 400 120'],
      ['Tabell 4. Antal platser 2021 Kvinnor', 'Norrby 120 98', 'Söderby 140 77', 'Västerby 60 54'],
      ['Tabell 5. Medel fördelade Uppsala Gävleborg', 'Skolor 1 200 300', 'Vård 900 250', 'Omsorg 400 120'],
    ];
    for (const lines of cases) {
      const [t] = tablesOf('neg.txt', [...lines, ''].join('\n'));
      expect(t!.caption).toBe(lines[0]);
      expect(headers(t!).some((h) => /Skåne|Region|Kvinnor|Uppsala|Gävleborg/.test(h))).toBe(false);
    }
  });
});
