import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A single-spaced header that names a code column before the label's ("Kod Län …") over rows
 * whose code and name single spaces cannot set apart. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('spaced tables headed by a code title and a label title', () => {
  it('reads the county codes as the row codes and the other titles over the values', () => {
    const text = ['Platser per län', '', 'Kod Län Platser Sökande', '01 Stockholms län 1 250 3 400', '03 Uppsala län 310 720', '04 Södermanlands län 205 480', '05 Östergötlands län 330 815', 'Summa 2 095 5 415', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Platser', 'Sökande']);
    expect(rowsOf(t!)).toEqual([
      ['Stockholms län', '1250', '3400'],
      ['Uppsala län', '310', '720'],
      ['Södermanlands län', '205', '480'],
      ['Östergötlands län', '330', '815'],
      ['Summa', '2095', '5415'],
    ]);
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual(['01', '03', '04', '05', null]);
    expect(t!.rows.map((r) => r.code ?? null)).toEqual(['01', '03', '04', '05', null]);
  });

  it('does so under a municipality code title, the figures in a money unit', () => {
    const text = ['Bidrag (tkr)', '', 'Kommunkod Kommun Bidrag Utbetalt', '0114 Upplands Väsby 5 210 4 900', '0115 Vallentuna 4 380 4 380', '0117 Österåker 5 020 4 650', '0120 Värmdö 5 640 5 100', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Bidrag', 'Utbetalt']);
    expect(rowsOf(t!)).toEqual([
      ['Upplands Väsby', '5210000', '4900000'],
      ['Vallentuna', '4380000', '4380000'],
      ['Österåker', '5020000', '4650000'],
      ['Värmdö', '5640000', '5100000'],
    ]);
  });

  it('does so under a county letter title ("Länsbokstav"), the letters before the names', () => {
    const text = ['Länsbokstav Län Platser Sökande', 'AB Stockholms län 2 308 143', 'C Uppsala län 368 971', 'D Södermanlands län 291 341', 'E Östergötlands län 457 496', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Platser', 'Sökande']);
    expect(rowsOf(t!)).toEqual([
      ['AB Stockholms län', '2308', '143'],
      ['C Uppsala län', '368', '971'],
      ['D Södermanlands län', '291', '341'],
      ['E Östergötlands län', '457', '496'],
    ]);
  });
});
