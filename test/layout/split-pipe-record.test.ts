import { describe, expect, it } from 'vitest';
import { isCodeAboveName, isFiguresOnly, splitRecordStart } from '../../src/layout/split-pipe-record.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Pipe tables exported one cell group a line (code, name, figures); wordings written for this test. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('split pipe records', () => {
  it('tells figure lines, code lines and record starts apart', () => {
    expect(isFiguresOnly(['12,8', '3 364', ''])).toBe(true);
    expect(isFiguresOnly(['0114'])).toBe(false);
    expect(isFiguresOnly(['Uppsala', '12'])).toBe(false);
    expect(isCodeAboveName(['0380'], ['Uppsala'])).toBe(true);
    expect(isCodeAboveName(['0380'], ['12,5', '3'])).toBe(false);
    const texts = [['0380'], ['Uppsala'], ['640', '3,9'], ['Enköping'], ['610', '4,6']];
    expect(splitRecordStart(texts, 2)).toBe(0);
    expect(splitRecordStart(texts, 4)).toBe(3);
    expect(splitRecordStart(texts, 1)).toBe(-1);
  });

  it('reads code, name and figures lines under a header row as one row each', () => {
    const text = [
      'Arbetssökande per kommun 2022',
      '',
      'Antal | Andel, % | |',
      'Hela länet |',
      '1 250 | 4,2 | |',
      '0380 |',
      'Uppsala |',
      '640 | 3,9 | |',
      '0381 |',
      'Enköping |',
      '610 | 4,6 | |',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.columns.map((c) => c.header)).toEqual([['Antal'], ['Andel, %']]);
    // The code on a line of its own is the row's code, kept out of its label.
    expect(t!.rows.map((r) => r.label)).toEqual(['Hela länet', 'Uppsala', 'Enköping']);
    expect(t!.rows.map((r) => r.code ?? null)).toEqual([null, '0380', '0381']);
    expect(values(t!, 0)).toEqual(['1250', '640', '610']);
    expect(values(t!, 1)).toEqual(['4.2', '3.9', '4.6']);
  });

  it('keeps county codes apart from the names under group titles on lines of their own', () => {
    const text = [
      'Företag och omsättning per län',
      'Län-kod |',
      'Län |',
      'Antal företag |',
      'Omsättning, mnkr |',
      '|||',
      '---|---|---|---|---|---|',
      '2021 | 2022 | 2021 | 2022 | ||',
      'Riket |',
      '1 200 | 1 260 | 9 400 | 9 900 | ||',
      '01 |',
      'Stockholms län |',
      '700 | 730 | 5 600 | 5 900 | |',
      '03 |',
      'Uppsala län |',
      '300 | 320 | 2 100 | 2 200 | |',
      '04 |',
      'Södermanlands län |',
      '200 | 210 | 1 700 | 1 800 | |',
    ].join('\n');
    const t = docOf({ text }).tables.find((x) => x.rows.length >= 4);
    expect(t).toBeDefined();
    expect(t!.columns.map((c) => c.header[c.header.length - 1])).toEqual(['2021', '2022', '2021', '2022']);
    expect(t!.rows.map((r) => r.label)).toEqual(['Riket', 'Stockholms län', 'Uppsala län', 'Södermanlands län']);
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual([null, '01', '03', '04']);
    expect(t!.rows.map((r) => r.code ?? null)).toEqual([null, '01', '03', '04']);
    expect(values(t!, 0)).toEqual(['1200', '700', '300', '200']);
    expect(values(t!, 1)).toEqual(['1260', '730', '320', '210']);
  });

  it('reads name and figures lines without codes or a header', () => {
    const text = [
      'Nämndernas nettokostnader, mnkr',
      '',
      'Barn- och utbildningsnämnden |',
      '412,5 | 398,0 | |',
      'Socialnämnden |',
      '305,1 | 296,4 | |',
      'Tekniska nämnden |',
      '88,0 | 91,2 | |',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Barn- och utbildningsnämnden', 'Socialnämnden', 'Tekniska nämnden']);
    expect(values(t!, 0)).toEqual(['412500000', '305100000', '88000000']);
    expect(values(t!, 1)).toEqual(['398000000', '296400000', '91200000']);
  });

  it('makes no table of code and name lines without figures', () => {
    const text = ['Kommuner i länet', '', '0380 |', 'Uppsala |', '0381 |', 'Enköping |', '0382 |', 'Östhammar |'].join('\n');
    expect(docOf({ text }).tables).toEqual([]);
  });
});
