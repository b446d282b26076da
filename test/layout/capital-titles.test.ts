import { describe, expect, it } from 'vitest';
import { capitalTitles } from '../../src/layout/capital-titles.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * One-line headers whose titles are several words each, cut where a capital opens the next
 * title. Examples written here; values worked out by hand (base unit: kronor).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const w = (s: string): string[] => s.split(' ');

describe('capital titles', () => {
  it('cuts titles at capitals when that gives the stub and one title per column', () => {
    expect(capitalTitles(w('Nämnd Budget Utfall Avvikelse mot budget'), 3)).toEqual({ label: 'Nämnd', columns: ['Budget', 'Utfall', 'Avvikelse mot budget'] });
    expect(capitalTitles(w('Belopp i mnkr Intäkter Kostnader Årets resultat Utgående eget kapital'), 4)).toEqual({
      label: 'Belopp i mnkr',
      columns: ['Intäkter', 'Kostnader', 'Årets resultat', 'Utgående eget kapital'],
    });
    expect(capitalTitles(w('Verksamhet Kostnad (tkr) Andel av total %'), 2)).toEqual({ label: 'Verksamhet', columns: ['Kostnad (tkr)', 'Andel av total %'] });
  });
  it('reads nothing when the count does not fit, a title is long, or every title is one word', () => {
    expect(capitalTitles(w('Nämnd Budget Utfall Avvikelse mot budget'), 4)).toBeNull();
    expect(capitalTitles(w('Nämnd Budget Utfall'), 2)).toBeNull();
    expect(capitalTitles(w('Område Det här är en mycket lång rubrik över kolumnen Summa'), 2)).toBeNull();
    expect(capitalTitles(w('nämnd Budget Utfall avvikelse'), 2)).toBeNull();
    // A numbered caption is not a row of titles.
    expect(capitalTitles(w('Tabell 4. Antal platser 2021 Kvinnor'), 2)).toBeNull();
  });
  it('reads nothing, and does not fail, when the line opens with a unit in parentheses', () => {
    expect(capitalTitles(w('(tkr) Budget Utfall Avvikelse mot budget'), 3)).toBeNull();
    expect(capitalTitles(w('(Mkr) Intäkter Kostnader'), 2)).toBeNull();
  });
  it('reads a spaced table under such a line', () => {
    const [t] = tablesOf(['(tkr) Budget Utfall Avvikelse mot budget', 'Kultur 1 200 1 100 100', 'Fritid 800 900 -100', 'Summa 2 000 2 000 0', ''].join('\n'));
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? null)])).toEqual([
      ['Kultur', '1200000', '1100000', '100000'],
      ['Fritid', '800000', '900000', '-100000'],
      ['Summa', '2000000', '2000000', '0'],
    ]);
  });
});

describe('spaced tables under titles of several words', () => {
  it('names the columns of a committee outcome table', () => {
    const [t] = tablesOf(['Nämnd Budget Utfall Avvikelse mot budget', 'Kommunstyrelsen 120 115 5', 'Socialnämnden 980 1 004 -24', 'Tekniska nämnden 210 204 6', 'Summa 1 310 1 323 -13', ''].join('\n'));
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Budget', 'Utfall', 'Avvikelse mot budget']);
  });

  it('names the columns of an operating statement in millions and scales every column', () => {
    const text = ['Belopp i mnkr Intäkter Kostnader Nettokostnad Årets resultat', 'Förskola 120 -1 410 -1 290 4', 'Grundskola 310 -2 880 -2 570 -12', 'Äldreomsorg 402 -2 115 -1 713 9', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Intäkter', 'Kostnader', 'Nettokostnad', 'Årets resultat']);
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')])).toEqual([
      ['Förskola', '120000000', '-1410000000', '-1290000000', '4000000'],
      ['Grundskola', '310000000', '-2880000000', '-2570000000', '-12000000'],
      ['Äldreomsorg', '402000000', '-2115000000', '-1713000000', '9000000'],
    ]);
  });
});

describe('titles of several words after a code column’s title', () => {
  it('gives the code’s and the label’s titles to the one label column', () => {
    expect(capitalTitles(w('Kod Post Netto Ersättning Totalt antal bostäder som fått startbesked'), 3)).toEqual({
      label: 'Kod Post',
      columns: ['Netto', 'Ersättning', 'Totalt antal bostäder som fått startbesked'],
    });
    expect(capitalTitles(w('Konto Verksamhet Beviljat belopp totalt Budget Utfall'), 3)).toEqual({ label: 'Konto Verksamhet', columns: ['Beviljat belopp totalt', 'Budget', 'Utfall'] });
    // Without a code's title first, one title too many is no header of these columns.
    expect(capitalTitles(w('Område Verksamhet Beviljat belopp totalt Budget Utfall'), 3)).toBeNull();
  });

  it('reads the code of each row apart from its label, a title holding "totalt" and "antal"', () => {
    const text = [
      'Tabell 3. Bostäder 2022',
      '',
      'Kod Kommun Beviljat belopp totalt Totalt antal bostäder Utbetalt',
      '1080 Karlskrona 1 250 48 900',
      '1082 Karlshamn 730 21 515',
      '1083 Sölvesborg 410 12 300',
      'Summa 2 390 81 1 715',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Beviljat belopp totalt', 'Totalt antal bostäder', 'Utbetalt']);
    expect(t!.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['1080', 'Karlskrona', '1250', '48', '900'],
      ['1082', 'Karlshamn', '730', '21', '515'],
      ['1083', 'Sölvesborg', '410', '12', '300'],
      [null, 'Summa', '2390', '81', '1715'],
    ]);
  });
});
