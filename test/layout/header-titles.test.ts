import { describe, expect, it } from 'vitest';
import { headerTitles, titleGroups } from '../../src/layout/header-titles.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Headers over several lines above single-spaced tables, cut into one title per column. Examples
 * written here; each total is the sum of its column, worked out when the example was written.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headers = (t: Table): string[] => t.columns.map((c) => c.header.join(' / '));

describe('headerTitles', () => {
  it('cuts at capitals, joins words wrapped at a hyphen, and takes a first title for the rows when there is one more', () => {
    expect(headerTitles(['Gårds-', 'stöd', 'Bidrag extensiv vall Bidrag fånggrödor'], 3)).toEqual({ label: '', columns: ['Gårdsstöd', 'Bidrag extensiv vall', 'Bidrag fånggrödor'] });
    expect(headerTitles(['Kommun Ansökt belopp Beviljat', 'belopp Utbetalt belopp'], 3)).toEqual({ label: 'Kommun', columns: ['Ansökt belopp', 'Beviljat belopp', 'Utbetalt belopp'] });
  });

  it('opens a title at a year after a year and at "varav"', () => {
    expect(headerTitles(['Nämnd Utfall 2021 2022 varav', 'personal'], 3)).toEqual({ label: 'Nämnd', columns: ['Utfall 2021', '2022', 'varav personal'] });
  });

  it('reads nothing when the count does not fit, a line is a sentence, or a title is long', () => {
    expect(headerTitles(['Kommun Ansökt belopp Beviljat', 'belopp Utbetalt belopp'], 5)).toBeNull();
    expect(headerTitles(['Kommun Ansökt belopp Beviljat', 'belopp Utbetalt belopp'], 2)).toBeNull();
    expect(headerTitles(['Tabell 3. Medel per kommun Beviljat Utbetalt'], 2)).toBeNull();
    expect(headerTitles(['Område en mycket lång rubrik som går över flera ord Summa'], 2)).toBeNull();
    expect(headerTitles(['bidrag Kommunalt Regionalt'], 2)).toBeNull();
  });
});

describe('titles for a table whose column count comes from its sums', () => {
  it('names four columns under a header wrapped over three lines with no title for the rows', () => {
    // Totals: 12 345 678 + 23 456 789 + 34 567 890 + 45 678 901 + 5 678 912 + 8 765 432 + 2 698 369 + 58 643 334 = 191 835 305, and so on.
    const text = [
      'Intäkter per förening, kronor',
      '',
      'Statligt',
      'bidrag Kommunalt bidrag Regionalt',
      'bidrag Övriga intäkter',
      'Friluftsfrämjandet 12 345 678 234 567 1 234 567 0',
      'Scouterna 23 456 789 345 678 2 345 678 12 345',
      'Naturskyddsföreningen 34 567 890 456 789 3 456 789 23 456',
      'Korpen 45 678 901 567 890 4 567 890 34 567',
      'Studiefrämjandet 5 678 912 67 891 567 891 45 678',
      'Hembygdsförbundet 8 765 432 28 512 939 066 39 510',
      'Kulturföreningen 2 698 369 106 260 303 859 7 383',
      'Idrottsförbundet 58 643 334 1 048 026 12 644 129 729 200',
      'Totalt 191 835 305 2 855 613 26 059 869 892 139',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Statligt bidrag', 'Kommunalt bidrag', 'Regionalt bidrag', 'Övriga intäkter']);
    expect(t!.rows[8]!.cells.map((c) => c.value?.toFixed())).toEqual(['191835305', '2855613', '26059869', '892139']);
  });

  it('names three columns whose titles wrap, the first word naming the rows', () => {
    // Totals: 1 250 000 + 2 400 500 + 850 000 + 640 000 + 300 000 = 5 440 500; 3 632 250; 1 776 000.
    const text = [
      'Kommun Ansökt belopp Beviljat',
      'belopp Utbetalt belopp',
      'Ale 1 250 000 980 000 450 000',
      'Kungälv 2 400 500 1 200 250 600 000',
      'Stenungsund 850 000 700 000 350 000',
      'Tjörn 640 000 512 000 256 000',
      'Öckerö 300 000 240 000 120 000',
      'Summa 5 440 500 3 632 250 1 776 000',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Ansökt belopp', 'Beviljat belopp', 'Utbetalt belopp']);
    expect(t!.labelHeader).toBe('Kommun');
    expect(t!.rows[5]!.cells.map((c) => c.value?.toFixed())).toEqual(['5440500', '3632250', '1776000']);
  });
});

describe('titleGroups with years apart', () => {
  it('makes every year a title of its own, and the words before the first one a title', () => {
    expect(titleGroups(['Kommun', 'Förändring', 'mot', 'i', 'fjol', '2019', '2018'], true)).toEqual(['Kommun', 'Förändring mot i fjol', '2019', '2018']);
    // Without, the first year closes the title before it.
    expect(titleGroups(['Kommun', 'Förändring', 'mot', 'i', 'fjol', '2019', '2018'])).toEqual(['Kommun', 'Förändring mot i fjol 2019', '2018']);
  });
});

describe('a single-spaced header of words before years side by side, one value more than years', () => {
  it('reads the words as a column of their own, not the first year’s title', () => {
    const text = ['Andel per län', '', 'Län Ökning sedan förra mätningen 2021 2020', 'Uppsala 2,5 10,5 8,0', 'Gotland 0,7 3,2 2,5', 'Skåne 1,1 7,4 6,3', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Ökning sedan förra mätningen', '2021', '2020']);
    expect(t!.labelHeader).toBe('Län');
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['Uppsala', '2.5', '10.5', '8'],
      ['Gotland', '0.7', '3.2', '2.5'],
      ['Skåne', '1.1', '7.4', '6.3'],
    ]);
  });

  it('keeps a code column’s title with the label’s', () => {
    const text = ['Tabell 9, tkr', '', 'Konto Enhet Netto efter omföring 2023 2024', '3010 Hyror 150 1 200 1 350', '3020 Avgifter 40 610 650', 'Summa 190 1 810 2 000', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Netto efter omföring', '2023', '2024']);
    expect(t!.rows.map((r) => r.cells.map((c) => c.value?.toFixed()))).toEqual([
      ['150000', '1200000', '1350000'],
      ['40000', '610000', '650000'],
      ['190000', '1810000', '2000000'],
    ]);
  });
});

describe('a title line over a single-spaced header that cuts at capitals only', () => {
  it('reads the last line’s titles as a header of one line does, the line above the caption', () => {
    const text = ['Drift', 'Antal Kvartal 1 Del 2 Beviljat belopp totalt', 'Skola 432 363 971', 'Vård 120 80 95', 'Summa 552 443 1 066', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Kvartal 1', 'Del 2', 'Beviljat belopp totalt']);
    expect(t!.caption).toBe('Drift');
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['Skola', '432', '363', '971'],
      ['Vård', '120', '80', '95'],
      ['Summa', '552', '443', '1066'],
    ]);
  });

  it('reads it so under a group title of two words, a title ending in a lower-case title word', () => {
    const text = ['Utbetalda medel', 'Kommun Ansökt Beviljat Stöd i andel', 'Ale 14 3 12', 'Lund 20 5 18', 'Totalt 34 8 30', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Ansökt', 'Beviljat', 'Stöd i andel']);
    expect(t!.rows.map((r) => r.cells.map((c) => c.value?.toFixed()))).toEqual([
      ['14', '3', '12'],
      ['20', '5', '18'],
      ['34', '8', '30'],
    ]);
  });
});
