import { describe, expect, it } from 'vitest';
import { headerTitles } from '../../src/layout/header-titles.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A code's title, the label column's title (a unit phrase) and value titles where a year stands
 * alone between titles of words, set out with single spaces under a group line. Tables written
 * for this test; each total is its column's sum.
 */
const read = (text: string) => {
  const [t] = docOf({ file: 'case.txt', text }).tables;
  return { headers: t!.columns.map((c) => c.header.join(' / ')), rows: t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]) };
};

describe('a year alone between titles of words', () => {
  it('is a title of its own when the years run on their titles give no fit', () => {
    expect(headerTitles(['Kod Belopp i tusental kronor 2020 Beviljat efter omprövning 2022'], 3)).toEqual({
      label: 'Kod Belopp i tusental kronor',
      columns: ['2020', 'Beviljat efter omprövning', '2022'],
    });
    // Years that run on their titles and fit are kept on them.
    expect(headerTitles(['Nämnd Utfall 2021 Budget 2022'], 2)).toEqual({ label: 'Nämnd', columns: ['Utfall 2021', 'Budget 2022'] });
  });

  it('never gives a code\'s title a column of values', () => {
    // Cut with the years on their titles, "Kod" would head the first of three value columns.
    expect(headerTitles(['Kod Belopp i tusental kronor 2019 Budget efter ändringar 2021'], 3)?.columns).toEqual(['2019', 'Budget efter ändringar', '2021']);
    expect(headerTitles(['Länskod Utbetalt Återbetalt'], 3)).toBeNull();
  });

  it('reads such a table under a group line: codes apart, every value in its column', () => {
    const text = 'Tabell 3. Medel per kommun\n\nUtbetalt\nKod Belopp i tusental kronor 2020 Beviljat efter omprövning 2022\n1080 Karlskrona 12 45 30\n1082 Karlshamn 8 30 21\n1083 Sölvesborg 40 15 9\nSumma 60 90 60\n\nMedlen betalas ut i maj.\n';
    expect(read(text)).toEqual({
      headers: ['2020', 'Beviljat efter omprövning', '2022'],
      rows: [
        ['Karlskrona', '12000', '45000', '30000'],
        ['Karlshamn', '8000', '30000', '21000'],
        ['Sölvesborg', '40000', '15000', '9000'],
        ['Summa', '60000', '90000', '60000'],
      ],
    });
  });

  it('does so with a county code and counts', () => {
    const text = 'Antal per län\n\nKvinnor\nLänskod Län 2019 Nya platser under året 2021\n01 Stockholms län 10 2 12\n03 Uppsala län 5 1 6\n04 Södermanlands län 4 1 5\nRiket 19 4 23\n\nKälla: egen sammanställning.\n';
    expect(read(text)).toEqual({
      headers: ['2019', 'Nya platser under året', '2021'],
      rows: [
        ['Stockholms län', '10', '2', '12'],
        ['Uppsala län', '5', '1', '6'],
        ['Södermanlands län', '4', '1', '5'],
        ['Riket', '19', '4', '23'],
      ],
    });
  });
});
