import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

const tables = (text: string) =>
  docOf({ file: 'sparad.txt', text }).tables.map((t) => ({
    headers: t.columns.map((c) => c.header.join(' / ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.raw)].join(' | ')),
  }));

describe('a section heading row saved as text, an empty line a cell', () => {
  it('keeps the sections in one table under its header (two value columns)', () => {
    const text = ['Kostnader per nämnd', 'Nämnd', '2022', '2023', 'Drift', '', '', 'Socialnämnden', '1 200', '1 300', 'Kulturnämnden', '400', '420', 'Summa drift', '1 600', '1 720', 'Investeringar', '', '', 'Socialnämnden', '50', '60', 'Kulturnämnden', '10', '20', 'Summa investeringar', '60', '80', ''].join('\n');
    expect(tables(text)).toEqual([
      {
        headers: ['2022', '2023'],
        rows: ['Drift |  | ', 'Socialnämnden | 1 200 | 1 300', 'Kulturnämnden | 400 | 420', 'Summa drift | 1 600 | 1 720', 'Investeringar |  | ', 'Socialnämnden | 50 | 60', 'Kulturnämnden | 10 | 20', 'Summa investeringar | 60 | 80'],
      },
    ]);
  });

  it('does so for three value columns, the table ending the text', () => {
    const text = ['Utfall per verksamhet, tkr', 'Verksamhet', 'Budget', 'Utfall', 'Avvikelse', 'Intäkter', '', '', '', 'Avgifter', '300', '320', '20', 'Bidrag', '700', '650', '-50', 'Kostnader', '', '', '', 'Personal', '900', '940', '-40', 'Lokaler', '250', '240', '10'].join('\n');
    expect(tables(text)).toEqual([
      {
        headers: ['Budget', 'Utfall', 'Avvikelse'],
        rows: ['Intäkter |  |  | ', 'Avgifter | 300 | 320 | 20', 'Bidrag | 700 | 650 | -50', 'Kostnader |  |  | ', 'Personal | 900 | 940 | -40', 'Lokaler | 250 | 240 | 10'],
      },
    ]);
  });

  it('leaves blank lines alone in a text that has one elsewhere (an empty value cell, whose column is unknown)', () => {
    const text = ['Kostnader per nämnd', 'Nämnd', '2022', '2023', 'Drift', '', '', 'Socialnämnden', '1 200', '', 'Kulturnämnden', '400', '420', 'Summa drift', '1 600', '1 720', ''].join('\n');
    expect(tables(text).flatMap((t) => t.rows)).not.toContain('Drift |  | ');
  });
});
