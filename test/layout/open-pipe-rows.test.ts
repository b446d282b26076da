import { describe, expect, it } from 'vitest';
import { isOpenPipeRow } from '../../src/layout/open-pipe-rows.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Pipe rows without a leading pipe, as PDF-to-text tools write them; wordings written for this test. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('isOpenPipeRow', () => {
  it('takes lines closed by a pipe and not opened by one', () => {
    expect(isOpenPipeRow('Skolor | 1 200 | |')).toBe(true);
    expect(isOpenPipeRow('Vägar och broar |')).toBe(true);
    expect(isOpenPipeRow('| Skolor | 1 200 |')).toBe(false);
    expect(isOpenPipeRow('---|---|')).toBe(false);
    expect(isOpenPipeRow('Skolor | 1 200')).toBe(false);
  });
});

describe('open pipe rows as tables', () => {
  it('reads caption, unit, label head, a label wrapped over two lines and figures on the next line', () => {
    const text = [
      'Regeringen föreslår följande.',
      'Tabell 4.2 | Ram | |',
      'Tusental kronor | ||',
      'Post | ||',
      '3:1 Bidrag till vägar | 12 500 | |',
      '3:2 Stöd till enskilda |',
      '4 250 | |',
      '3:3 Drift av färjeleder | 800 | |',
      'Summa | 17 550 | |',
      'Slut på tabellen.',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.caption).toBe('Tabell 4.2 Tusental kronor');
    expect(t!.unit).toBe('SEK');
    expect(t!.rows.map((r) => r.label)).toEqual(['3:1 Bidrag till vägar', '3:2 Stöd till enskilda', '3:3 Drift av färjeleder', 'Summa']);
    expect(values(t!, 0)).toEqual(['12500000', '4250000', '800000', '17550000']);
  });

  it('reads year heads one cell short of the rows, and labels continued on the next line', () => {
    const text = [
      'Tabell 7 Utgifter per program',
      'Miljoner kronor',
      'Utfall | Budget | Plan | |',
      '2022 | 2023 | 2024 | |',
      'Program för | |||',
      'kultur | 310 | 325 | 330 |',
      'Idrott och fri- | |||',
      'luftsliv | 95,5 | 101 | 99 |',
      'IT-kostnader för EU- | |||',
      'projekt | 12 | 12 | 13 |',
      'Ungdom | 40 | 41 | 43 |',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.columns.map((c) => c.header)).toEqual([
      ['Utfall', '2022'],
      ['Budget', '2023'],
      ['Plan', '2024'],
    ]);
    expect(t!.rows.map((r) => r.label)).toEqual(['Program för kultur', 'Idrott och friluftsliv', 'IT-kostnader för EU-projekt', 'Ungdom']);
    expect(values(t!, 0)).toEqual(['310000000', '95500000', '12000000', '40000000']);
    expect(values(t!, 2)).toEqual(['330000000', '99000000', '13000000', '43000000']);
  });

  it('starts a new table at the next caption line', () => {
    const text = ['Tabell 1 | Belopp | |', 'Kronor | ||', 'Alfa | 10 | |', 'Beta | 20 | |', 'Tabell 2 | Belopp | |', 'Kronor | ||', 'Gamma | 5 | |', 'Delta | 6 | |'].join('\n');
    const tables = docOf({ text }).tables;
    expect(tables.map((t) => t.rows.map((r) => r.label))).toEqual([
      ['Alfa', 'Beta'],
      ['Gamma', 'Delta'],
    ]);
    expect(tables.map((t) => values(t, 0))).toEqual([
      ['10', '20'],
      ['5', '6'],
    ]);
  });

  it('leaves single cells closed by pipes, without a label and figure on one line, to other readers', () => {
    const text = 'Län |\nBelopp |\nUppsala |\n';
    expect(docOf({ text }).tables).toEqual([]);
  });
});

describe('open pipe rows under one year', () => {
  it('read the first line over a single year as the header, with section headings below', () => {
    const text = ['Tabell 2 Fördelning per kommun, tkr', '', 'Post | 2001 |', 'Intäkter | |', 'Åmål | 7 663 |', 'Sala | 6 485 |', 'Summa intäkter | 14 148 |', 'Kostnader | |', 'Ale | 8 271 |', 'Lund | 8 626 |', 'Summa kostnader | 16 897 |', ''].join('\n');
    const t = docOf({ file: 'o.txt', text }).tables[0]!;
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2001']);
    expect(t.rows.filter((r) => r.cells[0]?.value).map((r) => [r.label, r.cells[0]!.value!.toFixed()])).toEqual([
      ['Åmål', '7663000'], ['Sala', '6485000'], ['Summa intäkter', '14148000'], ['Ale', '8271000'], ['Lund', '8626000'], ['Summa kostnader', '16897000'],
    ]);
  });

  it('read it the same with no label over the rows and no sections', () => {
    const text = ['Antal elever per län.', '', 'Län | 2023 |', 'Uppsala län | 1 204 |', 'Kalmar län | 980 |', 'Gotlands län | 120 |', 'Summa | 2 304 |', ''].join('\n');
    const t = docOf({ file: 'o.txt', text }).tables[0]!;
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2023']);
    expect(t.rows.map((r) => [r.label, r.cells[0]?.value?.toFixed() ?? null])).toEqual([['Uppsala län', '1204'], ['Kalmar län', '980'], ['Gotlands län', '120'], ['Summa', '2304']]);
  });

  // A code column's title and the name column's title over the years: the same header, two label cells wide.
  it('read a first line of two label titles over the years as the header, over a code column', () => {
    const text = ['Tabell 4. Stöd per kommun, kronor', '', 'Kod | Kommun | 2022 |', '0114 | Upplands Väsby | 1 450 200 |', '0115 | Vallentuna | 980 500 |', '0117 | Österåker | 1 210 000 |', ' | Summa | 3 640 700 |', ''].join('\n');
    const t = docOf({ file: 'o.txt', text }).tables[0]!;
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2022']);
    expect(t.rows.map((r) => [r.label, r.cells[0]?.value?.toFixed() ?? null])).toEqual([['Upplands Väsby', '1450200'], ['Vallentuna', '980500'], ['Österåker', '1210000'], ['Summa', '3640700']]);
    const two = ['Anslag per konto, tkr', '', 'Konto | Benämning | 2020 | 2021 |', '4010 | Löner | 2 300 | 2 410 |', '4020 | Lokaler | 800 | 820 |', '4030 | Resor | 120 | 95 |', ''].join('\n');
    const u = docOf({ file: 'o.txt', text: two }).tables[0]!;
    expect(u.columns.map((c) => c.header.join(' '))).toEqual(['2020', '2021']);
    expect(u.rows.map((r) => r.label)).toEqual(['Löner', 'Lokaler', 'Resor']);
  });
});

describe('open pipe rows whose first cell is empty', () => {
  const read = (text: string) =>
    docOf({ file: 'a.txt', text }).tables.map((t) => ({
      columns: t.columns.map((c) => c.header.join(' > ')),
      rows: t.rows.map((r) => [r.kind, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
    }));

  it('keeps a part and a total row without a code in a table with a code column', () => {
    // 1 200 + 900 + 650 = 2 750; 1 150 + 910 + 600 = 2 660.
    const text = ['Tabell 4 Bidrag per kommun', 'Kod | Kommun | Bidrag | Utbetalt |', '0180 | Stockholm | 1 200 | 1 150 |', ' | varav stadsdelar | 400 | 380 |', '1480 | Göteborg | 900 | 910 |', '1280 | Malmö | 650 | 600 |', ' | Summa | 2 750 | 2 660 |', ''].join('\n');
    expect(read(text)).toEqual([
      {
        columns: ['Bidrag', 'Utbetalt'],
        rows: [
          ['data', 'Stockholm', '1200', '1150'],
          ['other', 'varav stadsdelar', '400', '380'],
          ['data', 'Göteborg', '900', '910'],
          ['data', 'Malmö', '650', '600'],
          ['total', 'Summa', '2750', '2660'],
        ],
      },
    ]);
  });

  it('takes a line of group titles over an empty corner as the first header row', () => {
    // 412 + 88 = 500, 430 + 91 = 521, 398 + 95 = 493, 401 + 90 = 491.
    const text = ['Tabell 7. Elever per län', '', ' | Flickor | | Pojkar | |', 'Län | 2022 | 2023 | 2022 | 2023 |', 'Uppsala län | 412 | 430 | 398 | 401 |', 'Gotlands län | 88 | 91 | 95 | 90 |', 'Totalt | 500 | 521 | 493 | 491 |', ''].join('\n');
    expect(read(text)[0]!.columns).toEqual(['Flickor > 2022', 'Flickor > 2023', 'Pojkar > 2022', 'Pojkar > 2023']);
  });
});
