import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

const read = (text: string) => {
  const [t] = docOf({ file: 'kopierad.txt', text }).tables;
  return {
    headers: t!.columns.map((c) => c.header.join(' / ')),
    rows: t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.raw)].join(' | ')),
  };
};

describe('a table copied out of a browser', () => {
  it('puts the stub cell back under a rowspan: the years under the group title are titles, not a row', () => {
    const text = 'Fördelning av medel (tkr)\n\nNämnd\tBudget\n2023\t2024\nSocialnämnden\t410\t455\nKulturnämnden\t90\t95\nSumma\t500\t550\n';
    expect(read(text)).toEqual({
      headers: ['Budget / 2023', 'Budget / 2024'],
      rows: ['Socialnämnden | 410 | 455', 'Kulturnämnden | 90 | 95', 'Summa | 500 | 550'],
    });
    expect(findingsOf(columnTotal, [{ file: 'kopierad.txt', text }]).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('puts both stub cells back before words under a rowspan, a code column and a label column', () => {
    const text = 'Antal ärenden per län\n\nKod\tLän\tÄrenden\n\t\tInkomna\tAvgjorda\tBalans\n03\tUppsala län\t1 200\t1 100\t300\n04\tSödermanlands län\t800\t750\t120\n';
    expect(read(text).headers).toEqual(['Ärenden / Inkomna', 'Ärenden / Avgjorda', 'Ärenden / Balans']);
    const stubless = 'Antal ärenden per län\n\nKod\tLän\tÄrenden\nInkomna\tAvgjorda\tBalans\n03\tUppsala län\t1 200\t1 100\t300\n04\tSödermanlands län\t800\t750\t120\n';
    expect(read(stubless)).toEqual(read(text));
  });

  it('joins a title broken over two lines by a line break in its cell', () => {
    const text = 'Kostnader, mnkr\n\nVerksamhet\tBudget efter\nändringar\tUtfall\tAvvikelse\nGrundskola\t120\t118\t2\nGymnasieskola\t80\t84\t-4\n';
    expect(read(text)).toEqual({
      headers: ['Budget efter ändringar', 'Utfall', 'Avvikelse'],
      rows: ['Grundskola | 120 | 118 | 2', 'Gymnasieskola | 80 | 84 | -4'],
    });
  });

  it('joins a broken title in the middle of the header row, the stub cell then put back', () => {
    const text = 'Tabell 3 Bidrag per region\n\nRegion\tUtbetalt\n2021\tFörändring mot\nföregående år\t2022\nRegion Skåne\t1 500\t30\t1 530\nRegion Halland\t700\t-20\t680\n';
    expect(read(text).headers).toEqual(['Utbetalt / 2021', 'Utbetalt / Förändring mot föregående år', 'Utbetalt / 2022']);
  });

  it('leaves rows alone that are no broken title: a capital opens the second line, or a figure stands in it', () => {
    const text = 'Kostnader, mnkr\n\nVerksamhet\tBudget\nGrundskola\t120\t118\nGymnasieskola\t80\t84\nSärskola\t10\t12\n';
    expect(read(text).rows).toEqual(['Grundskola | 120 | 118', 'Gymnasieskola | 80 | 84', 'Särskola | 10 | 12']);
  });
});
