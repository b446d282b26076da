import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A group header over an empty corner, and under it a row of years beside the label column's
 * title: the years name the columns, the row is no data. Tables written for this test.
 */
const read = (file: string, text: string) => {
  const [t] = docOf({ file, text }).tables;
  return { headers: t!.columns.map((c) => c.header.join(' / ')), rows: t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]) };
};

describe('years beside the label column\'s title under a group header', () => {
  it('head the columns of a GFM table, under the group titles', () => {
    const text = 'Belopp i tkr\n\n|  | Kostnader |  | Intäkter |  |\n|---|---|---|---|---|\n| Verksamhet | 2022 | 2023 | 2022 | 2023 |\n| Förskola | 120 | 125 | 10 | 11 |\n| Grundskola | 310 | 322 | 15 | 16 |\n| Summa | 430 | 447 | 25 | 27 |\n';
    expect(read('t.md', text)).toEqual({
      headers: ['Kostnader / 2022', 'Kostnader / 2023', 'Intäkter / 2022', 'Intäkter / 2023'],
      rows: [
        ['Förskola', '120000', '125000', '10000', '11000'],
        ['Grundskola', '310000', '322000', '15000', '16000'],
        ['Summa', '430000', '447000', '25000', '27000'],
      ],
    });
  });

  it('do so under region groups, years of a single group title too', () => {
    const text = '|  | Antal elever |  |\n|---|---|---|\n| Län | 2019 | 2020 |\n| Uppsala län | 1 250 | 1 310 |\n| Gotlands län | 410 | 402 |\n| Hallands län | 2 080 | 2 115 |\n';
    expect(read('t.md', text)).toEqual({
      headers: ['Antal elever / 2019', 'Antal elever / 2020'],
      rows: [
        ['Uppsala län', '1250', '1310'],
        ['Gotlands län', '410', '402'],
        ['Hallands län', '2080', '2115'],
      ],
    });
  });
});

describe('column titles beside the label column\'s title under a group header, not only bare years', () => {
  it('take years with the unit written after them ("2022, tkr")', () => {
    const text = '|  | Kostnader |  | Intäkter |  |\n|---|---|---|---|---|\n| Verksamhet | 2022, tkr | 2023, tkr | 2022, tkr | 2023, tkr |\n| Förskola | 120 | 125 | 10 | 11 |\n| Grundskola | 310 | 322 | 15 | 16 |\n| Summa | 430 | 447 | 25 | 27 |\n';
    expect(read('t.md', text)).toEqual({
      headers: ['Kostnader / 2022, tkr', 'Kostnader / 2023, tkr', 'Intäkter / 2022, tkr', 'Intäkter / 2023, tkr'],
      rows: [
        ['Förskola', '120000', '125000', '10000', '11000'],
        ['Grundskola', '310000', '322000', '15000', '16000'],
        ['Summa', '430000', '447000', '25000', '27000'],
      ],
    });
  });

  it('take numbered titles ("Kvartal 1") and a title in words', () => {
    const text = '|  | Utfall |  | Budget |\n|---|---|---|---|\n| Kommun | Kvartal 1 | Kvartal 2 | Helår |\n| Ale | 1 200 | 1 300 | 5 000 |\n| Lund | 800 | 850 | 3 400 |\n| Sala | 450 | 470 | 1 900 |\n';
    expect(read('t.md', text)).toEqual({
      headers: ['Utfall / Kvartal 1', 'Utfall / Kvartal 2', 'Budget / Helår'],
      rows: [
        ['Ale', '1200', '1300', '5000'],
        ['Lund', '800', '850', '3400'],
        ['Sala', '450', '470', '1900'],
      ],
    });
  });
});
