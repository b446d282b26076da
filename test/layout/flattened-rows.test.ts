import { describe, expect, it } from 'vitest';
import { splitFlattenedRows } from '../../src/layout/flattened-rows.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A PDF page flattened into one line: its table's rows follow one another with a space between.
 * Examples written here; values worked out by hand.
 */
const src = (raw: string) => [{ raw, line: 3 }];
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

const statement =
  '12 Resultaträkning Belopp i tkr 2024 2023 Verksamhetens intäkter 412 300 398 750 Verksamhetens kostnader -1 845 200 -1 790 410 ' +
  'Avskrivningar -61 020 -58 300 Verksamhetens nettokostnader -1 493 920 -1 449 960 Skatteintäkter 1 210 400 1 168 900 ' +
  'Generella statsbidrag 318 700 301 250 Finansiella intäkter 4 100 3 870 Finansiella kostnader -9 880 -8 640 Årets resultat 29 400 15 420';

describe('a page flattened into one line', () => {
  it('is cut into its rows, each keeping its line and column', () => {
    const out = splitFlattenedRows(src(statement));
    expect(out.map((l) => l.raw)).toEqual([
      '12 Resultaträkning Belopp i tkr 2024 2023',
      'Verksamhetens intäkter 412 300 398 750',
      'Verksamhetens kostnader -1 845 200 -1 790 410',
      'Avskrivningar -61 020 -58 300',
      'Verksamhetens nettokostnader -1 493 920 -1 449 960',
      'Skatteintäkter 1 210 400 1 168 900',
      'Generella statsbidrag 318 700 301 250',
      'Finansiella intäkter 4 100 3 870',
      'Finansiella kostnader -9 880 -8 640',
      'Årets resultat 29 400 15 420',
    ]);
    expect(out.every((l) => l.line === 3)).toBe(true);
    expect(out[1]!.column).toBe(statement.indexOf('Verksamhetens intäkter') + 1);
  });

  it('reads the rows as a table under the header of years', () => {
    const [t] = tablesOf(statement);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2024', '2023']);
    expect(rowsOf(t!).slice(0, 3)).toEqual([
      ['Verksamhetens intäkter', '412300000', '398750000'],
      ['Verksamhetens kostnader', '-1845200000', '-1790410000'],
      ['Avskrivningar', '-61020000', '-58300000'],
    ]);
  });

  it('cuts a key-figure page with percentages too', () => {
    const page =
      '4 Fem år i sammandrag 2024 2023 2022 Antal invånare 31 204 30 988 30 710 Skattesats, kr 21,85 21,85 21,60 ' +
      'Nettokostnadsandel, % 98,2 99,1 97,4 Soliditet, % 41 % 43 % 44 % Investeringar, mnkr 210 185 164 Låneskuld, mnkr 890 820 760 Anställda 2 410 2 388 2 350';
    expect(splitFlattenedRows(src(page)).map((l) => l.raw.split(' ').slice(0, 2).join(' '))).toEqual([
      '4 Fem',
      'Antal invånare',
      'Skattesats, kr',
      'Nettokostnadsandel, %',
      'Soliditet, %',
      'Investeringar, mnkr',
      'Låneskuld, mnkr',
      'Anställda 2',
    ]);
  });

  it('leaves prose whole, however many numbers it has, and short lines', () => {
    const prose =
      'Kommunen fick 2023 ett resultat på 29 miljoner kronor, vilket är 14 miljoner bättre än året innan. Skatteintäkterna ökade med 3,5 procent ' +
      'och statsbidragen med 5,8 procent. Investeringarna uppgick till 210 miljoner kronor. Låneskulden ökade med 70 miljoner till 890 miljoner. ' +
      'Nämnderna redovisade sammantaget ett underskott på 12 miljoner, där Socialnämnden stod för 18 miljoner och Kulturnämnden för ett överskott på 2 miljoner.';
    expect(splitFlattenedRows(src(prose))).toHaveLength(1);
    const list = 'Avgifter 120 130 Bidrag 40 45 Hyror 80 82';
    expect(splitFlattenedRows(src(list))).toHaveLength(1);
  });

  // Amounts run on in a sentence, each closed by its unit: "3 165 Mkr" is one amount and its unit, not a row's end and the next label.
  it('leaves a long sentence of amounts with their units whole', () => {
    const mkr = 'Pengarna fördelas så här: ' + ['Uppsala län: 1 250 Mkr', 'Dalarnas län: 2 480 Mkr', 'Gotland: 310,5 Mkr', 'Kalmar län: 4 125 Mkr', 'Västmanlands län: 1 020 Mkr', 'Jämtlands län: 3 300 Mkr', 'Hallands län: 2 760 Mkr', 'Skåne län: 6 015 Mkr'].join(', ') + '.';
    expect(splitFlattenedRows(src(mkr))).toHaveLength(1);
    const kronor = 'Bidragen till föreningarna blev Idrottsföreningen Vega 1 200 000 Kronor, Scoutkåren Ugglan 2 450 000 Kronor, Konstföreningen Linjen 3 100 000 Kronor, ' +
      'Hembygdsföreningen Ekbacken 1 320 000 Kronor, Ridklubben Fålen 2 990 000 Kronor, Musikskolan Tonen 1 110 000 Kronor och Biblioteksvännerna 4 005 000 Kronor.';
    expect(splitFlattenedRows(src(kronor))).toHaveLength(1);
    // Read whole, the first sentence is a region list with its amounts.
    const t = docOf({ text: mkr + '\n' }).tables[0]!;
    expect(t.rows.map((r) => [r.region?.name, r.cells[0]?.value?.toFixed()])).toEqual([
      ['Region Uppsala', '1250000000'], ['Region Dalarna', '2480000000'], ['Region Gotland', '310500000'], ['Region Kalmar län', '4125000000'],
      ['Region Västmanland', '1020000000'], ['Region Jämtland Härjedalen', '3300000000'], ['Region Halland', '2760000000'], ['Region Skåne', '6015000000'],
    ]);
  });

  // A list per county flattened into one line: each county's name stands before its first row.
  const perCounty =
    'Bidrag per kommun, kronor Uppsala län Enköping 4 120 000 Heby 1 310 500 Håbo 1 902 250 Summa 7 332 750 ' +
    'Västmanlands län Arboga 1 240 000 Fagersta 1 180 300 Köping 2 210 700 Summa 4 631 000 ' +
    'Gotlands län Gotland 2 050 000 Summa 2 050 000';

  it('cuts a county named before its first row into a heading of its own', () => {
    expect(splitFlattenedRows(src(perCounty)).map((l) => l.raw)).toEqual([
      'Bidrag per kommun, kronor Uppsala län',
      'Enköping 4 120 000',
      'Heby 1 310 500',
      'Håbo 1 902 250',
      'Summa 7 332 750',
      'Västmanlands län',
      'Arboga 1 240 000',
      'Fagersta 1 180 300',
      'Köping 2 210 700',
      'Summa 4 631 000',
      'Gotlands län',
      'Gotland 2 050 000',
      'Summa 2 050 000',
    ]);
  });

  // The same in a line of two columns, where a county's name and its total row keep "länet"/"läns".
  const twoColumns =
    'Fördelning 2023 2024 Jönköpings län Eksjö 310 320 Gislaved 420 433 Nässjö 515 530 Jönköpings läns region 2 100 2 160 ' +
    'Totalt länet 3 345 3 443 Kronobergs län Alvesta 290 301 Ljungby 405 417 Växjö 1 310 1 352 Kronobergs läns region 1 540 1 590 Totalt länet 3 545 3 660';

  it('reads the county headings as sections and keeps the county rows whole', () => {
    const [t] = tablesOf(twoColumns);
    // The first county's name stands under the header of years, where it is read as part of the header.
    expect(rowsOf(t!)).toEqual([
      ['Eksjö', '310', '320'],
      ['Gislaved', '420', '433'],
      ['Nässjö', '515', '530'],
      ['Jönköpings läns region', '2100', '2160'],
      ['Totalt länet', '3345', '3443'],
      ['Kronobergs län', '', ''],
      ['Alvesta', '290', '301'],
      ['Ljungby', '405', '417'],
      ['Växjö', '1310', '1352'],
      ['Kronobergs läns region', '1540', '1590'],
      ['Totalt länet', '3545', '3660'],
    ]);
    expect(t!.rows.filter((r) => r.region).map((r) => [r.label, r.region!.code])).toEqual([
      ['Jönköpings läns region', '06'],
      ['Kronobergs läns region', '07'],
    ]);
  });
});
