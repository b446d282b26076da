import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A statement whose last part stands under a heading of its own; wordings and figures written for this test. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('a table part under its own heading keeps the unit of the part above', () => {
  it('reads a result budget whose reconciliation part follows the "mnkr" table', () => {
    const text = [
      'mnkr Budget 2024 Plan 2025 Plan 2026',
      'Verksamhetens nettokostnader -812,4 -840,0 -866,1',
      'Skatteintäkter 610,2 628,9 650,3',
      'Generella statsbidrag 215,0 221,4 228,0',
      'Årets resultat 12,8 10,3 12,2',
      // The empty rows of the web table the page was copied from: lines of one space, more than the
      // eight in a run that keep one table (spaced-space-row-runs.test.ts), so the part is read apart.
      ...Array.from({ length: 9 }, () => ' '),
      'Balanskravsutredning',
      ' ',
      'Realisationsvinster -0,5 0,0 0,0',
      'Årets resultat efter balanskravsjusteringar 12,3 10,3 12,2',
      'Årets balanskravsresultat 12,3 10,3 12,2',
    ].join('\n');
    const tables = docOf({ text }).tables;
    const part = tables[tables.length - 1]!;
    expect(part.rows.map((r) => r.label)).toEqual(['Realisationsvinster', 'Årets resultat efter balanskravsjusteringar', 'Årets balanskravsresultat']);
    expect(values(part, 0)).toEqual(['-500000', '12300000', '12300000']);
    expect(part.rows[1]!.cells[0]!.uncertain).toBeDefined();
  });

  it('reads a second part in tkr under a web table corner "(tkr)"', () => {
    const text = [
      '| (tkr) | Utfall 2022 | Utfall 2023 |',
      '|---|---|---|',
      '| Intäkter | 45 200 | 47 900 |',
      '| Kostnader | -44 100 | -46 300 |',
      '| Resultat | 1 100 | 1 600 |',
      '',
      'Disposition av resultatet',
      '',
      '| Post | | |',
      '|---|---|---|',
      '| Till eget kapital | 1 100 | 1 600 |',
      '| Balanserat resultat | 3 400 | 4 500 |',
    ].join('\n');
    const tables = docOf({ text, file: 'bolag.md' }).tables;
    const part = tables[tables.length - 1]!;
    expect(values(part, 0)).toEqual(['1100000', '3400000']);
    expect(values(part, 1)).toEqual(['1600000', '4500000']);
  });

  it('leaves a part that states its own unit, or holds another number of figures, alone', () => {
    const text = [
      'mnkr Budget 2024 Plan 2025 Plan 2026',
      'Skatteintäkter 610,2 628,9 650,3',
      'Generella statsbidrag 215,0 221,4 228,0',
      'Årets resultat 12,8 10,3 12,2',
      '',
      '',
      '',
      'Nyckeltal',
      '',
      'Soliditet 41,0 40,2',
      'Självfinansiering 98,5 96,1',
      'Skattesats 21,9 21,9',
    ].join('\n');
    const tables = docOf({ text }).tables;
    const part = tables[tables.length - 1]!;
    expect(values(part, 0)).toEqual(['41', '98.5', '21.9']);
  });
});

describe('a small table set inside a note keeps the note\'s unit when it states none', () => {
  const rowsOf = (text: string) => docOf({ file: 'n.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? '') + (c.uncertain !== undefined ? '?' : ''))]));

  it('reads the maturities between the note\'s sections in the note\'s tkr', () => {
    const text = [
      'Not 6 Lokalhyror', '', 'Tkr 2022 2021', 'Skolor', 'Grundskolor 8 400 8 150', 'Gymnasium 2 100 2 050', '10 500 10 200', '',
      'Kontrakt som löper ut', '2023 2024 2025 2026 2027- Totalt', '1 200 800 950 400 7 150 10 500', '',
      'Förvaltning', 'Kontor 1 300 1 280', 'Förråd 90 85', '1 390 1 365', 'Summa not 6 11 890 11 565', '',
    ].join('\n');
    expect(rowsOf(text)[1]).toEqual([['', '1200000?', '800000?', '950000?', '400000?', '7150000?', '10500000?']]);
  });

  it('leaves a table after the note, below its last row, with no unit of the note\'s, in another layout', () => {
    const text = [
      'Not 9 Leasing', '', 'Mnkr 2020 2019', 'Bilar 4,2 3,9', 'Maskiner 1,1 1,3', 'Summa not 9 5,3 5,2', '',
      'Löptider', '2021 2022 2023 2024 Totalt', '12 9 6 3 30', '',
    ].join('\n');
    expect(rowsOf(text)[1]).toEqual([['', '12', '9', '6', '3', '30']]);
  });
});

describe('a part under a heading that repeats the header of the table above', () => {
  const units = (text: string, file: string) => docOf({ text, file }).tables.map((t) => [t.caption, t.columns.map((c) => `${c.unit}/${c.scale}`).join(' '), t.rows.some((r) => r.cells.some((c) => c.uncertain !== undefined))]);

  it('keeps the unit stated once over both parts, as a guess, in HTML sections', () => {
    const text =
      '<html><body><h2>Balansräkning, tkr</h2><h3>Tillgångar</h3><table><tr><th>Post</th><th>2023</th><th>2022</th></tr><tr><td>Kassa</td><td>4 100</td><td>3 900</td></tr></table>' +
      '<h3>Eget kapital och skulder</h3><table><tr><th>Post</th><th>2023</th><th>2022</th></tr><tr><td>Skulder</td><td>4 100</td><td>3 900</td></tr></table></body></html>\n';
    expect(units(text, 'a.html')).toEqual([
      ['Tillgångar', 'SEK/1000 SEK/1000', false],
      ['Eget kapital och skulder', 'SEK/1000 SEK/1000', true],
    ]);
  });

  it('does so under Markdown headings, in mnkr', () => {
    const text =
      '## Driftredovisning (mnkr)\n\n### Nämnder\n\n| Verksamhet | Budget | Utfall |\n|---|---:|---:|\n| Skola | 410,5 | 402,1 |\n| Omsorg | 520,0 | 531,7 |\n\n' +
      '### Bolag\n\n| Verksamhet | Budget | Utfall |\n|---|---:|---:|\n| Bostäder | 12,0 | 14,2 |\n| Energi | 8,5 | 7,9 |\n';
    expect(units(text, 'b.md')).toEqual([
      ['Nämnder', 'SEK/1000000 SEK/1000000', false],
      ['Bolag', 'SEK/1000000 SEK/1000000', true],
    ]);
  });

  it('leaves a table with other columns to its own titles, or a numbered title of its own, in no unit', () => {
    const other =
      '## Driftredovisning (mnkr)\n\n### Nämnder\n\n| Verksamhet | Budget | Utfall |\n|---|---:|---:|\n| Skola | 410,5 | 402,1 |\n\n' +
      '### Personal\n\n| Verksamhet | Årsarbetare | Anställda |\n|---|---:|---:|\n| Skola | 412 | 450 |\n';
    // Staff years and people count whatever the section's heading says; the section's unit reached the table only as a guess (section-unit.ts).
    expect(units(other, 'c.md')[1]).toEqual(['Personal', 'count/1 persons/1', true]);
    const numbered = other.replace('### Personal', '### Tabell 2 Budget per nämnd').replace('| Verksamhet | Årsarbetare | Anställda |', '| Verksamhet | Budget | Utfall |');
    expect(units(numbered, 'd.md')[1]).toEqual(['Tabell 2 Budget per nämnd', 'null/1 null/1', false]);
  });
});
