import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A single-spaced statement whose header line names its columns by titles and years ("Not Budget
 * 2021 Utfall 2020 …"), with a section's heading right under it: the heading opens the body, it
 * is no header line, and the titles stay over their columns. Tables written for this test.
 */
const read = (text: string) => {
  const [t] = docOf({ file: 's.txt', text }).tables;
  return { headers: t!.columns.map((c) => c.header.join(' / ')), rows: t!.rows.filter((r) => r.cells.some((c) => c.value !== null)).map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? null)]) };
};

describe('a section heading right under a header of titled years', () => {
  it('leaves the titles over their columns, under a line of group titles with the unit', () => {
    const text = [
      'Miljoner kronor Kommunen Koncernen',
      'Not Budget 2021 Utfall 2020 Utfall 2021 Utfall 2020 Utfall 2021',
      'Den löpande verksamheten',
      'Årets resultat 12 85 160 97 150',
      'Justering för av- och nedskrivningar 210 205 215 250 280',
      'Medel från verksamheten före förändrat rörelsekapital 222 290 375 347 430',
      '',
    ].join('\n');
    const t = read(text);
    expect(t.headers).toEqual(['Budget 2021', 'Utfall 2020', 'Utfall 2021', 'Utfall 2020', 'Utfall 2021']);
    expect(t.rows).toEqual([
      ['Årets resultat', '12000000', '85000000', '160000000', '97000000', '150000000'],
      ['Justering för av- och nedskrivningar', '210000000', '205000000', '215000000', '250000000', '280000000'],
      ['Medel från verksamheten före förändrat rörelsekapital', '222000000', '290000000', '375000000', '347000000', '430000000'],
    ]);
  });

  it('does so in capitals under group titles, decimals and digit groups in the figures', () => {
    const text = [
      'Tkr Nämnden Förvaltningen',
      'Bokslut 2022 Budget 2023 Bokslut 2022 Budget 2023',
      'INTÄKTER',
      'Avgifter 1 250,5 1 300,0 2 410,0 2 500,0',
      'Bidrag 640,0 600,0 1 015,5 990,0',
      'Summa intäkter 1 890,5 1 900,0 3 425,5 3 490,0',
      '',
    ].join('\n');
    const t = read(text);
    // The group titles go over their two columns each.
    expect(t.headers).toEqual(['Nämnden / Bokslut 2022', 'Nämnden / Budget 2023', 'Förvaltningen / Bokslut 2022', 'Förvaltningen / Budget 2023']);
    expect(t.rows).toEqual([
      ['Avgifter', '1250500', '1300000', '2410000', '2500000'],
      ['Bidrag', '640000', '600000', '1015500', '990000'],
      ['Summa intäkter', '1890500', '1900000', '3425500', '3490000'],
    ]);
  });

  it('keeps a line of column titles under a caption that names two years', () => {
    const text = ['Bidrag per nämnd 2023 och 2024', '', 'Nämnd Bidrag 2023 Bidrag 2024 Antal 2023 Antal 2024', 'Kultur 1 250 1 300 14 15', 'Fritid 980 1 010 22 21', 'Summa 2 230 2 310 36 36', ''].join('\n');
    expect(read(text).headers).toEqual(['Bidrag 2023', 'Bidrag 2024', 'Antal 2023', 'Antal 2024']);
  });
});
