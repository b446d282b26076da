import { describe, expect, it } from 'vitest';
import { gluedYearTitles } from '../../src/layout/glued-year-titles.js';
import { docOf } from '../rules/rule-tester.js';

/** Header lines and tables written for this test. */
describe('titles each closed by a year, run together', () => {
  it('splits the line after each year, the unit set before the first title kept apart', () => {
    expect(gluedYearTitles('1 000 €Utfall 2021Budget 2022Ändr. budget 2022')).toEqual({ unit: '1 000 €', titles: ['Utfall 2021', 'Budget 2022', 'Ändr. budget 2022'] });
    expect(gluedYearTitles('tkrBokslut 2020Prognos 2021')).toEqual({ unit: 'tkr', titles: ['Bokslut 2020', 'Prognos 2021'] });
    expect(gluedYearTitles('Utfall 2021Plan 2022')).toEqual({ unit: '', titles: ['Utfall 2021', 'Plan 2022'] });
  });

  it('not a row, a title with one year, titles set apart, or a year glued to its word', () => {
    expect(gluedYearTitles('Bildning 45 12046 80047 200')).toBeNull();
    expect(gluedYearTitles('Budget 2023')).toBeNull();
    expect(gluedYearTitles('Utfall 2021 Plan 2022')).toBeNull();
    expect(gluedYearTitles('Utfall2021Plan2022')).toBeNull();
    expect(gluedYearTitles('Sektor 12 Utfall 2021Plan 2022')).toBeNull();
  });

  it('heads a table of glued rows under a title line, which is its caption', () => {
    const text = 'Stadens ekonomi\n\nNettoutgifter per nämnd\n1 000 €Utfall 2021Budget 2022Ändr. budget 2022\nKulturnämnden12 30512 80013 050\nIdrottsnämnden8 4108 6008 720\nSammanlagt20 71521 40021 770\n';
    const d = docOf({ file: 'a.txt', text });
    const table = d.tables[0]!;
    expect(table.caption).toBe('Nettoutgifter per nämnd');
    expect(table.columns.map((c) => [c.header.join(' / '), c.unit, c.scale])).toEqual([
      ['Utfall 2021', 'EUR', 1000],
      ['Budget 2022', 'EUR', 1000],
      ['Ändr. budget 2022', 'EUR', 1000],
    ]);
    expect(table.rows.map((r) => r.cells[2]!.value!.toFixed())).toEqual(['13050000', '8720000', '21770000']);
  });

  it('heads a table in thousands of kronor with no title above', () => {
    const text = 'Verksamhetens kostnader\n\ntkrBokslut 2020Prognos 2021\nLokaler4 5104 630\nPersonal19 80020 150\nSumma24 31024 780\n';
    const d = docOf({ file: 'b.txt', text });
    expect(d.tables[0]!.columns.map((c) => [c.header.join(' / '), c.unit, c.scale])).toEqual([
      ['Bokslut 2020', 'SEK', 1000],
      ['Prognos 2021', 'SEK', 1000],
    ]);
    expect(d.tables[0]!.rows.map((r) => r.label)).toEqual(['Lokaler', 'Personal', 'Summa']);
  });
});
