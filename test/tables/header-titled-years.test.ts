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

describe('the header\'s first title said again over years, under a group header', () => {
  it('heads the columns of a GFM table with a code column', () => {
    const text = '| Konto |  | Budget |  |\n|---|---|---:|---:|\n| Konto | Post | 2014 | 2015 |\n| 3000 | Äldreomsorg | 4 721 | 2 024 |\n| 2001 | Utbildning | 614 | 8 501 |\n|  | Totalt | 5 335 | 10 525 |\n';
    const r = read('k.md', text);
    expect(r.headers).toEqual(['Budget / 2014', 'Budget / 2015']);
    expect(r.rows.map((x) => x.slice(-2))).toEqual([['4721', '2024'], ['614', '8501'], ['5335', '10525']]);
  });

  it('does so in an HTML table with the title in the first row of the body', () => {
    const html = '<table><thead><tr><th>Kommun</th><th colspan="2">Antal elever</th></tr></thead><tbody><tr><td>Kommun</td><td>2021</td><td>2022</td></tr><tr><td>Alby</td><td>310</td><td>322</td></tr><tr><td>Boda</td><td>120</td><td>125</td></tr><tr><td>Summa</td><td>430</td><td>447</td></tr></tbody></table>';
    const r = read('k.html', html);
    expect(r.headers).toEqual(['Antal elever / 2021', 'Antal elever / 2022']);
    expect(r.rows).toEqual([['Alby', '310', '322'], ['Boda', '120', '125'], ['Summa', '430', '447']]);
  });

  it('a first row that names other things than the header\'s title stays data', () => {
    const text = '| Kommun | Antal | |\n|---|---|---|\n| Alby | 2014 | 2015 |\n| Boda | 120 | 125 |\n';
    expect(read('d.md', text).rows[0]).toEqual(['Alby', '2014', '2015']);
  });
});

describe('the header\'s first title said again over titles of words, under a group header', () => {
  it('heads the columns of a GFM table with a code column', () => {
    const text = '| Länskod |  | Plan |  | Utfall |\n|---|---|---:|---:|---:|\n| Länskod | Län | Kvartal 1 | Del 2 | Helår |\n| 01 | Stockholms län | 1 200 | 300 | 5 000 |\n| 03 | Uppsala län | 800 | 150 | 3 400 |\n|  | Riket | 2 000 | 450 | 8 400 |\n';
    const r = read('l.md', text);
    expect(r.headers.slice(-3)).toEqual(['Plan / Kvartal 1', 'Plan / Del 2', 'Utfall / Helår']);
    expect(r.rows.map((x) => x.slice(-3))).toEqual([['1200', '300', '5000'], ['800', '150', '3400'], ['2000', '450', '8400']]);
  });

  it('does so without a code column, numbered titles beside words', () => {
    const text = '| Verksamhet | Etapp |  | Drift |\n|---|---:|---:|---:|\n| Verksamhet | Fas 1 | Fas 2 | Helår 2023 |\n| Förskola | 120 | 30 | 10 |\n| Grundskola | 310 | 75 | 15 |\n| Summa | 430 | 105 | 25 |\n';
    const r = read('v.md', text);
    expect(r.headers).toEqual(['Etapp / Fas 1', 'Etapp / Fas 2', 'Drift / Helår 2023']);
    expect(r.rows).toEqual([['Förskola', '120', '30', '10'], ['Grundskola', '310', '75', '15'], ['Summa', '430', '105', '25']]);
  });

  it('a repeated first title over a row with a figure stays data', () => {
    const text = '| Område | Antal | Andel |\n|---|---|---|\n| Område | 14 | procent |\n| Norr | 120 | 12 |\n| Söder | 310 | 31 |\n';
    expect(read('o.md', text).rows[0]).toEqual(['Område', '14', '']);
  });
});

describe('the repeated first title over numbered titles, the names\' column untitled', () => {
  it('heads the columns of a GFM table with an account column', () => {
    const text = '| Konto |  | Budget |  | Utfall |\n|---|---|---:|---:|---:|\n| Konto |  | Kvartal 1 | Kvartal 2 | Helår |\n| 7000 | Skövde | 627 | 503 | 1 187 |\n| 1001 | Torsby | 409 | 196 | 785 |\n|  | Summa | 1 036 | 699 | 1 972 |\n';
    const r = read('k.md', text);
    expect(r.headers.slice(-3)).toEqual(['Budget / Kvartal 1', 'Budget / Kvartal 2', 'Utfall / Helår']);
    expect(r.rows.map((x) => x.slice(-3))).toEqual([['627', '503', '1187'], ['409', '196', '785'], ['1036', '699', '1972']]);
  });

  it('and over county codes and periods, the group titles spanning two columns', () => {
    const text = '| Länskod |  | Plan |  |\n|---|---|---:|---:|\n| Länskod |  | Period 1 | Period 2 |\n| 01 | Stockholms län | 12 | 14 |\n| 03 | Uppsala län | 8 | 9 |\n| 04 | Södermanlands län | 5 | 6 |\n';
    const r = read('p.md', text);
    expect(r.headers.slice(-2)).toEqual(['Plan / Period 1', 'Plan / Period 2']);
    expect(r.rows.map((x) => x.slice(-2))).toEqual([['12', '14'], ['8', '9'], ['5', '6']]);
  });
});
