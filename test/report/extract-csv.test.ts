import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/messages/index.js';
import { formatExtractCsv } from '../../src/report/extract-csv.js';
import { document001, FILE_001 } from './fixtures.js';

const HEADER = 'fil;dokumenttyp;datum;dnr;titel;tabell;tabellrubrik;kolumn;länskod;region;namn_i_dokumentet;mått;belopp_kr;värde;tryckt;enhet;precision;radtyp;plats';

function records(csv: string): string[] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  return csv.slice(1).split('\r\n');
}

describe('formatExtractCsv (tidy)', () => {
  afterEach(() => setLang('sv'));

  it('writes one line per table × column × row, totals included, with measure and unit', () => {
    const d = document001();
    const lines = records(formatExtractCsv([d]));
    expect(lines[0]).toBe(HEADER);
    const head = `${FILE_001};regeringsbeslut;${d.date ?? ''};${d.dnr.join(', ')};${d.title ?? ''};1;Tabell 1. Fördelning av 3 000 000 000 kronor;Fördelade medel (kr)`;
    expect(lines.slice(1)).toEqual([
      `${head};01;Region Stockholm;Stockholm;kronor;633531342;633531342;633531342;kr;0,5;data;rad 59`,
      `${head};08;Region Kalmar län;Kalmar;kronor;77624347;77624347;77624347;kr;0,5;data;rad 65`,
      `${head};;;Summa;kronor;3000000000;3000000000;3000000000;kr;0,5;summa;rad 80`,
      '',
    ]);
  });

  it('quotes ; and quotes, keeps line breaks inside a quoted field, and defuses formula-like text', () => {
    const d = document001();
    const t = d.tables[0]!;
    t.caption = 'Tabell 2; "bonus"';
    t.rows = [t.rows[0]!];
    t.rows[0]!.label = '=HYPERLINK("x")\nläns landsting';
    const [, line] = formatExtractCsv([d]).slice(1).split(/\r\n(?=corpus)/);
    expect(line).toContain(';"Tabell 2; ""bonus""";');
    expect(line).toContain(`;"'=HYPERLINK(""x"")\nläns landsting";`);
  });

  it('labels shares, populations and counts and leaves belopp_kr empty for them; a column without header is named by position', () => {
    const d = document001();
    const t = d.tables[0]!;
    t.columns.push({ header: ['Andel'], unit: 'percent', scale: 1 }, { header: [], unit: 'persons', scale: 1 });
    for (const r of t.rows) r.cells.push({ ...r.cells[0]!, raw: '23,3', value: r.cells[0]!.value!.times(0).plus('23.3') }, { ...r.cells[0]!, raw: '2 455 914', value: r.cells[0]!.value!.times(0).plus(2455914) });
    const lines = records(formatExtractCsv([d]));
    const stockholm = lines.filter((l) => l.includes(';Stockholm;')).map((l) => l.split(';').slice(7, 17));
    expect(stockholm).toEqual([
      ['Fördelade medel (kr)', '01', 'Region Stockholm', 'Stockholm', 'kronor', '633531342', '633531342', '633531342', 'kr', '0,5'],
      ['Andel', '01', 'Region Stockholm', 'Stockholm', 'andel', '', '23,3', '23,3', '%', '0,5'],
      ['kolumn 3', '01', 'Region Stockholm', 'Stockholm', 'befolkning', '', '2455914', '2 455 914', 'personer', '0,5'],
    ]);
  });

  it('writes English headers and labels with --lang en', () => {
    setLang('en');
    const lines = records(formatExtractCsv([document001()]));
    expect(lines[0]).toBe('file;document_kind;date;dnr;title;table;caption;column;county_code;region;name_as_printed;measure;amount_sek;value;printed;unit;precision;row_kind;place');
    expect(lines[3]).toContain(';government decision;');
    expect(lines[3]!.endsWith(';kronor;3000000000;3000000000;3000000000;kr;0,5;total;line 80')).toBe(true);
  });
});
