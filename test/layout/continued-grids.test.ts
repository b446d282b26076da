import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { rowTotal } from '../../src/rules/table/row-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** A table running over a page break, page furniture between its parts; written for this test in two layouts. */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);

describe('a table continued after a page break', () => {
  it('joins a tab table\'s headerless second part across a running head and a page number', () => {
    const text = ['Kommun\tElever\tLärare', 'Alby\t120\t9', 'Berga\t80\t6', 'Dalby\t45\t4', '', 'Skolverkets rapport 12', '', '7', '', 'Edsby\t60\t5', 'Fjällby\t30\t3', 'Summa\t335\t27', ''].join('\n');
    const tables = docOf({ file: 'a.txt', text }).tables;
    expect(tables).toHaveLength(1);
    expect(read(tables[0]!)).toEqual([
      ['Alby', '120', '9'],
      ['Berga', '80', '6'],
      ['Dalby', '45', '4'],
      ['Edsby', '60?', '5?'],
      ['Fjällby', '30?', '3?'],
      ['Summa', '335?', '27?'],
    ]);
  });

  it('joins the second part of a tab table headed by years, and of one headed by other years', () => {
    const text = ['Län\t2022\t2023', 'Hallands län\t300\t310', 'Kalmar län\t200\t190', '', 'Sida 3 av 5', '', 'Skåne län\t500\t520', 'Summa\t1 000\t1 020', ''].join('\n');
    const tables = docOf({ file: 'a.txt', text }).tables;
    expect(tables).toHaveLength(1);
    expect(read(tables[0]!).map((r) => r[0])).toEqual(['Hallands län', 'Kalmar län', 'Skåne län', 'Summa']);
    const other = ['Nämnd\t2019\t2020\t2021', 'Kultur\t12\t13\t14', 'Skola\t40\t41\t43', '', '4', '', 'Vård\t50\t52\t55', 'Totalt\t102\t106\t112', ''].join('\n');
    const parts = docOf({ file: 'b.txt', text: other }).tables;
    expect(parts).toHaveLength(1);
    expect(read(parts[0]!)[2]).toEqual(['Vård', '50?', '52?', '55?']);
  });

  it('reads rows after a page break whose first part was too short to be a table as a guess', () => {
    const text = ['Kod   Län                 Bidrag', '07    Kronobergs län         300', '', '                 5', 'Rapport 2021:3', '', '08    Kalmar län             250', '10    Blekinge län           150', '11    Jämtlands län           90', '      Summa                  790', ''].join('\n');
    const [t] = docOf({ file: 'a.txt', text }).tables;
    expect(read(t!)).toEqual([
      ['08 Kalmar län', '250?'],
      ['10 Blekinge län', '150?'],
      ['11 Jämtlands län', '90?'],
      ['Summa', '790?'],
    ]);
    const tab = ['Budget per nämnd', '', 'Kultur\t12', '', 'Sida 4 av 9', '', 'Vård\t50', 'Skola\t40', 'Totalt\t102', ''].join('\n');
    const parts = docOf({ file: 'b.txt', text: tab }).tables;
    expect(read(parts[parts.length - 1]!)).toEqual([
      ['Vård', '50?'],
      ['Skola', '40?'],
      ['Totalt', '102?'],
    ]);
  });

  it('joins one cell per line parts across a footnote, and leaves a table after prose apart', () => {
    const part = (rows: string[][]) => rows.flat().join('\n');
    const text = [
      part([['Län', 'Andel'], ['Uppsala', '12,5'], ['Gotland', '3,5'], ['Halland', '8,0'], ['Dalarna', '9,5']]),
      '',
      '1 Uppgifterna avser 2021.',
      '',
      part([['Jämtland', '4,5'], ['Skåne', '14,0'], ['Kalmar', '6,0'], ['Blekinge', '5,0']]),
      '',
    ].join('\n');
    const tables = docOf({ file: 'b.txt', text }).tables;
    expect(tables.map((t) => t.rows.length)).toEqual([8]);
    expect(read(tables[0]!).slice(3, 5)).toEqual([
      ['Dalarna', '9.5'],
      ['Jämtland', '4.5?'],
    ]);
    const prose = `${part([['Län', 'Andel'], ['Uppsala', '12,5'], ['Gotland', '3,5'], ['Halland', '8,0'], ['Dalarna', '9,5']])}\n\nTabellen ovan visar andelen per län. Nedan följer en annan sammanställning av helt andra siffror som inte hör till tabellen ovan.\n\n${part([['Jämtland', '4,5'], ['Skåne', '14,0'], ['Kalmar', '6,0'], ['Blekinge', '5,0']])}\n`;
    expect(docOf({ file: 'c.txt', text: prose }).tables.map((t) => t.rows.length)).toEqual([4, 4]);
  });
});

describe('a note\'s table that goes on below a small table set between its sections', () => {
  const rowsOf = (text: string): string[][][] => docOf({ file: 'a.txt', text }).tables.map(read);

  it('joins the sections below a table of maturities, the heading read as titles made a row again', () => {
    const text = [
      'Not 4 Övriga intäkter', '', 'tkr 2023 2022', 'Försäljning', 'Varor 1 200 1 100', 'Tjänster 340 310', '1 540 1 410', '',
      'Löptider för avtal', '2024 2025 2026 Totalt', '120 80 40 240', '',
      'Statliga bidrag', 'Driftbidrag 500 450', 'Investeringsbidrag 60 55', '560 505', 'Summa not 4 2 100 1 915', '', 'Not 5 Personal', '',
    ].join('\n');
    const tables = rowsOf(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.slice(3)).toEqual([
      ['Statliga bidrag', '', ''],
      ['Driftbidrag', '500000?', '450000?'],
      ['Investeringsbidrag', '60000?', '55000?'],
      ['', '560000?', '505000?'],
      ['Summa not 4', '2100000?', '1915000?'],
    ]);
  });

  it('joins them under closing dates, with minus signs and a space row around the small table', () => {
    const text = [
      'Not 12 Skulder', '', 'Belopp i tkr 2021-12-31 2020-12-31', 'Lån i banker 45 000 48 500', 'Leasingskulder 1 250 1 400', '46 250 49 900', '       ',
      'Amorteringar per år, tkr', '2022 2023 2024 2025 Senare', '3 500 3 500 3 500 3 500 31 000', '       ',
      'Kortfristiga skulder', 'Leverantörsskulder 8 430 7 915', 'Skatteskulder −215 −310', '8 215 7 605', 'Summa skulder 54 465 57 505', '',
    ].join('\n');
    const tables = rowsOf(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.map((r) => r[0])).toEqual(['Lån i banker', 'Leasingskulder', '', 'Kortfristiga skulder', 'Leverantörsskulder', 'Skatteskulder', '', 'Summa skulder']);
    expect(tables[0]![5]).toEqual(['Skatteskulder', '-215000?', '-310000?']);
  });

  it('joins them under a one-word heading in millions', () => {
    const text = [
      'Not 7 Kostnader', '', 'Mnkr 2020 2019', 'Material', 'Inköp 12,5 11,0', 'Frakter 1,5 1,2', '14,0 12,2', '',
      'Avtal per löptid', '2021 2022 Senare Totalt', '4 3 2 9', '', 'Tjänster', 'Konsulter 3,4 2,9', 'Städning 0,6 0,5', '4,0 3,4', 'Summa 18,0 15,6', '',
    ].join('\n');
    const tables = rowsOf(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.slice(3)).toEqual([
      ['Tjänster', '', ''],
      ['Konsulter', '3400000?', '2900000?'],
      ['Städning', '600000?', '500000?'],
      ['', '4000000?', '3400000?'],
      ['Summa', '18000000?', '15600000?'],
    ]);
  });

  it('keeps two tables apart when only prose stands between them', () => {
    const prose = [
      'tkr 2023 2022', 'Varor 1 200 1 100', 'Tjänster 340 310', 'Summa 1 540 1 410', '', 'Här följer bidragen.', '',
      'Statliga bidrag', 'Driftbidrag 500 450', 'Investeringsbidrag 60 55', 'Summa 560 505', '',
    ].join('\n');
    expect(rowsOf(prose)).toHaveLength(2);
  });
});

describe('a small table of one row under a run of years, set between the sections of a note', () => {
  const rowsOf = (text: string): string[][][] => docOf({ file: 'a.txt', text }).tables.map(read);

  it('reads the small table as a table of its own and joins the note\'s sections around it', () => {
    // The note's rows are in tkr; the small table's row: 120 + 95 + 310 + 40 + 2 200 = 2 765.
    const text = [
      'Not 3 Hyresintäkter', '', 'tkr 2023 2022', 'Bostäder', 'Lägenheter 41 200 39 800', 'Hyresrabatter -310 -280', '40 890 39 520', '',
      'Förfallostruktur, årshyra', '2024 2025 2026 2027 ≥ 2028 Totalt', '120 95 310 40 2 200 2 765', '',
      'Övriga intäkter', 'Garage 1 150 1 120', 'Parkering 640 610', '1 790 1 730', 'Summa not 3 42 680 41 250', '', 'Not 4 Personal', '',
    ].join('\n');
    const tables = rowsOf(text);
    expect(tables).toHaveLength(2);
    expect(tables[0]!.map((r) => r[0])).toEqual(['Lägenheter', 'Hyresrabatter', '', 'Övriga intäkter', 'Garage', 'Parkering', '', 'Summa not 3']);
    expect(tables[0]![7]).toEqual(['Summa not 3', '42680000?', '41250000?']);
    // The small table states no unit: it is in the note's tkr (part-unit.ts), as a guess.
    expect(tables[1]).toEqual([['', '120000?', '95000?', '310000?', '40000?', '2200000?', '2765000?']]);
  });

  it('reads a labelled row under years counted downwards, a line of spaces around it, in another wording', () => {
    // 15 + 22 + 9 + 31 = 77 (antal).
    const text = [
      'Not 8 Leasing', '', 'Mnkr 2021 2020', 'Fordon', 'Bilar 4,2 3,9', 'Maskiner 1,1 1,3', '5,3 5,2', '       ',
      'Avtal som löper ut, antal', 'Typ 2025 2024 2023 2022 Summa', 'Avtal 15 22 9 31 77', '       ',
      'Lokaler', 'Kontor 12,5 12,0', 'Förråd 0,8 0,7', '13,3 12,7', 'Summa not 8 18,6 17,9', '',
    ].join('\n');
    const tables = rowsOf(text);
    expect(tables).toHaveLength(2);
    expect(tables[0]!.map((r) => r[0])).toEqual(['Bilar', 'Maskiner', '', 'Lokaler', 'Kontor', 'Förråd', '', 'Summa not 8']);
    // Its caption counts ("antal"): it keeps no unit of the note's.
    expect(tables[1]!.map((r) => r.map((c) => c.replace('?', '')))).toEqual([['Avtal', '15', '22', '9', '31', '77']]);
  });

  it('warns where the small table\'s years do not add up to its total, its digit groups read as a guess', () => {
    // 120 + 95 + 310 + 40 + 2 200 = 2 765, printed 2 865.
    const text = [
      'Not 3 Hyresintäkter', '', 'tkr 2023 2022', 'Bostäder', 'Lägenheter 41 200 39 800', 'Hyresrabatter -310 -280', '40 890 39 520', '',
      'Förfallostruktur, årshyra', '2024 2025 2026 2027 ≥ 2028 Totalt', '120 95 310 40 2 200 2 865', '',
      'Övriga intäkter', 'Garage 1 150 1 120', 'Parkering 640 610', '1 790 1 730', 'Summa not 3 42 680 41 250', '', 'Not 4 Personal', '',
    ].join('\n');
    const found = findingsOf(rowTotal, text).map((f) => [f.severity, f.location.line, f.message.split(' — ')[0]]);
    expect(found).toEqual([['warning', 11, 'raden "": 5 kolumner summerar till 2 765 000 kr; kolumnen "Totalt" anger 2 865 000 kr (skillnad 100 000 kr, avrundning tillåter ±3 000 kr)']]);
  });
});

describe('a table under the same header of years on the next page, titled by the years it spans', () => {
  it('keeps it apart from the table above, and leaves the source line and the running head out of both', () => {
    const text = [
      'Intäkter 2018–2021', '', 'Miljoner kronor', '', 'År 2018 2019 2020 2021',
      'Skatter 410,2 425,9 431,0 452,7', 'Avgifter 12,5 13,1 13,4 14,0', '          ', 'Bidrag 3,3 3,1 2,9 3,0', '',
      'Källa: egna beräkningar 4', '', 'Rapport 2022:3 BILAGA 2', '',
      'Kostnader 2018–2021', '', 'Miljoner kronor', '', 'År 2018 2019 2020 2021',
      'Personal 210,4 218,8 226,1 231,5', 'Lokaler 40,2 41,0 41,7 43,3', '',
    ].join('\n');
    const tables = docOf({ file: 'a.txt', text }).tables.map(read);
    expect(tables.map((t) => t.map((r) => r[0]))).toEqual([['Skatter', 'Avgifter', 'Bidrag'], ['Personal', 'Lokaler']]);
    expect(tables[1]![1]).toEqual(['Lokaler', '40200000', '41000000', '41700000', '43300000']);
  });

  it('keeps them apart in another wording, the span written with "till"', () => {
    const text = [
      'Elever per kön', '', 'Läsår 2015 2016 2017 2018', 'Flickor 1 210 1 250 1 270 1 302', 'Pojkar 1 190 1 215 1 260 1 281', '', '7', '',
      'Lärare per ämne 2015 till 2018', '', 'Läsår 2015 2016 2017 2018', 'Svenska 88 90 93 95', 'Matematik 84 86 85 90', '',
    ].join('\n');
    const tables = docOf({ file: 'b.txt', text }).tables.map(read);
    expect(tables.map((t) => t.map((r) => r[0]))).toEqual([['Flickor', 'Pojkar'], ['Svenska', 'Matematik']]);
  });
});
