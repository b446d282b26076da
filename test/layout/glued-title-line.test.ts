import { describe, expect, it } from 'vitest';
import { gluedTitleLine } from '../../src/layout/glued-title-line.js';
import { docOf } from '../rules/rule-tester.js';

describe('a header line whose titles ran together', () => {
  it('splits where a capital follows a small letter', () => {
    expect(gluedTitleLine('VerksamhetBudgetUtfallAvvikelse mot budget')).toEqual(['Verksamhet', 'Budget', 'Utfall', 'Avvikelse mot budget']);
    expect(gluedTitleLine('LänBeviljat stöd Region SkåneUtbetalt')).toEqual(['Län', 'Beviljat stöd Region Skåne', 'Utbetalt']);
  });

  it('leaves a line with figures, too few titles, or a lower-case start', () => {
    expect(gluedTitleLine('Budget2023Utfall2022Prognos')).toBeNull();
    expect(gluedTitleLine('BudgetUtfall')).toBeNull();
    expect(gluedTitleLine('beloppenBudgetUtfallPrognos')).toBeNull();
  });
});

/** Tables copied out of a web page with every separator lost, written for this test in two wordings. */
const read = (text: string) =>
  docOf({ file: 't.txt', text }).tables.map((t) => ({
    columns: t.columns.map((c) => c.header.join(' ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

describe('a table of run-together cells under its run-together titles', () => {
  it('names the columns of an activity table (titles for the label column and every value column)', () => {
    // 7 200 + 4 800 = 12 000; 1 450 + 1 300 = 2 750; 8 650 + 6 100 = 14 750.
    const text = [
      'Kostnader per verksamhetsområde, tkr',
      '',
      'OmrådeTotaltGrundläggande utbildningForskning och utveckling',
      'Personal12 0007 2004 800',
      'Lokaler2 7501 4501 300',
      'Summa kostnader14 7508 6506 100',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        columns: ['Totalt', 'Grundläggande utbildning', 'Forskning och utveckling'],
        rows: [
          ['Personal', '12000000', '7200000', '4800000'],
          ['Lokaler', '2750000', '1450000', '1300000'],
          ['Summa kostnader', '14750000', '8650000', '6100000'],
        ],
      },
    ]);
  });

  it('names the columns when the line has a title for each value column only', () => {
    // 3 100 + 2 300 = 5 400; 2 800 + 1 900 = 4 700; 5 900 + 4 200 = 10 100.
    const text = ['Bidrag per stödform, mnkr', '', 'Beviljat belopp totaltVarav projektstödVarav driftstöd', 'Norra regionen5 4003 1002 300', 'Södra regionen4 7002 8001 900', 'Summa10 1005 9004 200', ''].join('\n');
    const [t] = read(text);
    expect(t!.columns).toEqual(['Beviljat belopp totalt', 'Varav projektstöd', 'Varav driftstöd']);
  });

  it('takes no titles from a line whose count does not fit the columns', () => {
    // Five titles over three columns: which three belong where cannot be told, so none is taken.
    const text = ['OmrådeTotalt belopp för åretGrundläggande utbildningForskning och utvecklingÖvrig verksamhet', 'Personal12 0007 2004 800', 'Lokaler2 7501 4501 300', 'Summa kostnader14 7508 6506 100', ''].join('\n');
    const [t] = read(text);
    expect(t!.columns).toEqual(['', '', '']);
    expect(t!.rows[0]).toEqual(['Personal', '12000', '7200', '4800']);
  });
});
