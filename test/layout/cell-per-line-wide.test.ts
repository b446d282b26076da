import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Tables pasted one cell per line with more than eight columns, written for this test in two layouts. */
const rec = (label: string, values: number[]): string[] => [label, ...values.map(String)];

describe('a wide table pasted one cell per line', () => {
  const head = ['Län', 'Klass 1', 'Klass 2', 'Klass 3', 'Klass 4', 'Klass 5', 'Klass 6', 'Klass 7', 'Klass 8', 'Summa'];
  const rows: [string, number[]][] = [
    ['Uppsala', [1, 2, 3, 4, 5, 6, 7, 8, 36]],
    ['Kalmar', [10, 20, 30, 40, 50, 60, 70, 80, 360]],
    ['Gotland', [2, 2, 2, 2, 2, 2, 2, 2, 16]],
    ['Skåne', [5, 6, 7, 8, 9, 10, 11, 12, 68]],
  ];
  const expected = rows.map(([l, v]) => [l, ...v.map(String)]);

  it('reads nine value columns with a blank line between cells', () => {
    const text = [...head, ...rows.flatMap(([l, v]) => rec(l, v))].flatMap((c) => [c, '']).join('\n');
    const t = docOf({ file: 'a.txt', text }).tables[0]!;
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(expected);
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(head.slice(1));
  });

  it('reads them with no blank lines between cells', () => {
    const text = ['Fördelning per län', '', ...head, ...rows.flatMap(([l, v]) => rec(l, v)), ''].join('\n');
    const t = docOf({ file: 'b.txt', text }).tables[0]!;
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(expected);
  });

  it('takes the label column\'s title pasted after the value titles ("Region" from a second header row) as the label\'s', () => {
    const titles = ['Klass 1', 'Klass 2', 'Klass 3', 'Klass 4', 'Klass 5', 'Klass 6', 'Klass 7', 'Klass 8', 'Summa', 'Region'];
    for (const blank of [true, false]) {
      const cells = [...titles, ...rows.flatMap(([l, v]) => rec(l, v))];
      const text = (blank ? cells.flatMap((c) => [c, '']) : ['Antal per region', '', ...cells, '']).join('\n');
      const t = docOf({ file: 'c.txt', text }).tables[0]!;
      expect(t.labelHeader).toBe('Region');
      expect(t.columns.map((c) => c.header.join(' '))).toEqual(titles.slice(0, 9));
      expect(t.rows[1]!.cells.map((c) => c.value?.toFixed())).toEqual(['10', '20', '30', '40', '50', '60', '70', '80', '360']);
    }
  });
});

describe('a table wider than a year of months, or with long row labels, pasted one cell per line', () => {
  // Sixteen years of figures per row: wider than twelve months and a total.
  const years = Array.from({ length: 16 }, (_, k) => String(2005 + k));
  const rows: [string, number[]][] = [
    ['Blekinge län', years.map((_, k) => 100 + k)],
    ['Dalarnas län', years.map((_, k) => 200 + k)],
    ['Gotlands län', years.map((_, k) => 300 + k)],
    ['Hallands län', years.map((_, k) => 400 + k)],
  ];
  const expected = rows.map(([l, v]) => [l, ...v.map(String)]);
  const read = (text: string, file: string) => docOf({ file, text }).tables[0]!;

  it('reads sixteen value columns with no blank lines between cells', () => {
    const text = ['Antal per län och år', '', 'Län', ...years, ...rows.flatMap(([l, v]) => rec(l, v)), ''].join('\n');
    const t = read(text, 'd.txt');
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(expected);
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(years);
  });

  it('reads fifteen value columns whose cells end in a border (" |"), a code before each label', () => {
    const cols = years.slice(0, 15);
    const coded: [string, string, number[]][] = rows.map(([l, v], i) => [String(i + 10), l, v.slice(0, 15)]);
    const text = ['Kod', 'Län', ...cols, ...coded.flatMap(([c, l, v]) => [c, l, ...v.map(String)])].map((c) => `${c} |`).join('\n');
    const t = read(`Fördelning\n\n${text}\n`, 'e.txt');
    expect(t.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(coded.map(([c, l, v]) => [c, l, ...v.map(String)]));
  });

  const long = [
    'Bidrag till ideella organisationer för insatser inom området regional utveckling och samverkan med kommuner',
    'Ersättning för kostnader för personal och lokaler vid statlig medfinansiering av projekt på landsbygden',
    'Stöd till kompetensförsörjning och omställning i kommuner och regioner med särskilda behov av åtgärder',
    'Medel för uppföljning och administration av insatser inom regional tillväxt',
  ];
  it('reads row labels of 80 to 110 characters, with a blank line between cells', () => {
    const text = ['Verksamhet', 'Budget', 'Utfall', ...long.flatMap((l, i) => [l, String(1000 + i), String(2000 + i)])].flatMap((c) => [c, '']).join('\n');
    const t = read(text, 'f.txt');
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(long.map((l, i) => [l, String(1000 + i), String(2000 + i)]));
  });

  it('reads them with no blank lines, under a caption', () => {
    const text = ['Tabell 2. Kostnader per verksamhet, tkr', '', 'Verksamhet', '2022', '2023', '2024', ...long.flatMap((l, i) => [l, String(10 + i), String(20 + i), String(30 + i)]), ''].join('\n');
    const t = read(text, 'g.txt');
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(long.map((l, i) => [l, String(10000 + 1000 * i), String(20000 + 1000 * i), String(30000 + 1000 * i)]));
  });
});

describe('figures whose digit groups are set apart by a no-break or thin space, pasted one cell per line', () => {
  // Seven years over rows of five-digit figures; no header over the label column.
  const years = ['2002', '2003', '2004', '2005', '2006', '2007', '2008'];
  const labels = ['Stockholm', 'Uppsala', 'Sörmland', 'Östergötland', 'Jönköping'];
  const value = (i: number, k: number) => 10_000 + 1_111 * i + 101 * k;
  for (const [name, sep] of [['no-break space', '\u00a0'], ['narrow no-break space', '\u202f'], ['thin space', '\u2009']] as const) {
    it(`keeps "12${sep}804" one figure (${name})`, () => {
      const fmt = (v: number) => String(v).replace(/\B(?=(\d{3})+$)/, sep);
      const text = ['Tabell 9 Utbetalningar per län', '', '\u00a0', ...years, ...labels.flatMap((l, i) => [l, ...years.map((_, k) => fmt(value(i, k)))]), ''].join('\n');
      const t = docOf({ file: 'h.txt', text }).tables[0]!;
      expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(labels.map((l, i) => [l, ...years.map((_, k) => String(value(i, k)))]));
    });
  }
  it('keeps them one figure under long labels with a blank line between cells', () => {
    const long = ['Bidrag till ideella organisationer för insatser inom området regional utveckling', 'Ersättning för kostnader för personal och lokaler vid statlig medfinansiering av projekt', 'Stöd till kompetensförsörjning och omställning i kommuner och regioner med särskilda behov', 'Medel för uppföljning och administration av insatser inom regional tillväxt'];
    const text = ['Verksamhet', 'Intäkter', ...long.flatMap((l, i) => [l, `${24 + i}\u00a0321`])].flatMap((c) => [c, '']).join('\n');
    const t = docOf({ file: 'i.txt', text }).tables[0]!;
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(long.map((l, i) => [l, String((24 + i) * 1000 + 321)]));
  });
});

describe('three rows pasted one cell per line', () => {

  it('reads three rows under four titles or more, with or without blank lines, and leaves three rows under two titles alone', () => {
    const titles = ['Kommun', 'Skola', 'Vård', 'Omsorg', 'Kultur'];
    const three: [string, number[]][] = [
      ['Ale', [120, 80, 40, 10]],
      ['Lerum', [200, 90, 60, 15]],
      ['Summa', [320, 170, 100, 25]],
    ];
    for (const blank of [true, false]) {
      const cells = [...titles, ...three.flatMap(([l, v]) => rec(l, v))];
      const text = (blank ? cells.flatMap((c) => [c, '']) : ['Kostnader per kommun, tkr', '', ...cells, '']).join('\n');
      const t = docOf({ file: 'd.txt', text }).tables[0]!;
      expect(t.columns.map((c) => c.header.join(' '))).toEqual(titles.slice(1));
      expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(three.map(([l, v]) => [l, ...v.map((x) => String(blank ? x : x * 1000))]));
    }
    const months = ['Län', 'Januari', 'Februari', 'Mars', 'April', 'Maj', 'Uppsala län', '4', '–', '6', '2', '1', 'Gotlands län', '1', '0', '2', '..', '1', 'Totalt', '5', '0', '8', '2', '2', ''].join('\n');
    expect(docOf({ file: 'e.txt', text: months }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Uppsala län', '4', '0', '6', '2', '1'],
      ['Gotlands län', '1', '0', '2', null, '1'],
      ['Totalt', '5', '0', '8', '2', '2'],
    ]);
    const narrow = ['Kommun', 'Antal', 'Ale', '12', 'Lerum', '20', 'Summa', '32', ''].join('\n');
    expect(docOf({ file: 'f.txt', text: narrow }).tables).toEqual([]);
  });
});
