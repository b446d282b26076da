import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/index.js';
import { documentJsonText, extractJson, formatExtractJson, joinExtractJson } from '../../src/report/extract-json.js';
import { document001, FILE_001 } from './fixtures.js';

const parse = (docs: Document[]) => JSON.parse(formatExtractJson(docs));

describe('formatExtractJson', () => {
  const [doc] = parse([document001()]).documents;

  it('writes the contract fields of a document', () => {
    // The contract's fields, in order; additive fields (department, references …) may stand between them.
    const contract = ['file', 'format', 'kind', 'title', 'date', 'dnr', 'tables', 'amounts'];
    expect(Object.keys(doc).filter((k) => contract.includes(k))).toEqual(contract);
    expect(doc).toMatchObject({
      file: FILE_001,
      format: 'text',
      kind: 'regeringsbeslut',
      title: 'Utbetalning av medel till regionerna',
      date: '2024-01-18',
      dnr: ['S2024/00123'],
      problems: [],
    });
  });

  it('writes tables with header paths, units, regions and decimal-string values', () => {
    const [table] = doc.tables;
    expect(Object.keys(table)).toEqual(['kind', 'caption', 'unit', 'columns', 'rows', 'labelHeader', 'location']);
    expect(table.kind).toBe('grid');
    expect(table.caption).toBe('Tabell 1. Fördelning av 3 000 000 000 kronor');
    expect(table.unit).toBe('SEK');
    expect(table.columns).toEqual([{ header: ['Fördelade medel (kr)'], unit: 'SEK' }]);
    expect(table.rows.map((r: { values: unknown }) => r.values)).toEqual([['633531342'], ['77624347'], ['3000000000']]);
    expect(table.rows[1]).toEqual({
      label: 'Kalmar',
      kind: 'data',
      region: { code: '08', name: 'Region Kalmar län' },
      values: ['77624347'],
      location: { file: FILE_001, line: 65, column: 1 },
    });
    expect(table.rows[2].kind).toBe('total');
    expect(table.rows[2].region).toBeNull();
  });

  it('writes the regions a row names together, and no regions field on other rows', () => {
    const d = document001();
    const row = d.tables[0]!.rows[0]!;
    row.region = null;
    row.regions = [
      { code: '01', name: 'Region Stockholm', variant: 'Stockholms', distance: 0 },
      { code: '09', name: 'Region Gotland', variant: 'Gotlands län', distance: 0 },
    ];
    const rows = parse([d]).documents[0].tables[0].rows;
    expect(rows[0].region).toBeNull();
    expect(rows[0].regions).toEqual([{ code: '01', name: 'Region Stockholm' }, { code: '09', name: 'Region Gotland' }]);
    expect('regions' in rows[1]).toBe(false);
  });

  it('writes a row’s code, its note marks, its cells’ notes and which cells are uncertain, and none of these on a plain row', () => {
    const d = document001();
    const row = d.tables[0]!.rows[0]!;
    row.code = '03';
    row.note = '*';
    row.cells[0]!.note = '(varav 40 under 2025)';
    row.cells[0]!.uncertain = '633 531 342 (varav 40 under 2025)';
    const rows = parse([d]).documents[0].tables[0].rows;
    expect(rows[0]).toMatchObject({ code: '03', note: '*', notes: [{ column: 0, note: '(varav 40 under 2025)' }], uncertain: [0] });
    expect(['code', 'note', 'notes', 'uncertain'].filter((k) => k in rows[1])).toEqual([]);
  });

  it('writes the kind of a table read from a list as list', () => {
    const d = document001();
    d.tables[0]!.kind = 'list';
    expect(parse([d]).documents[0].tables[0].kind).toBe('list');
  });

  it('writes prose amounts with value and precision in base units', () => {
    expect(doc.amounts[1]).toEqual({
      raw: '1,2375 miljarder kronor',
      value: '1237500000',
      unit: 'SEK',
      qualifier: 'drygt',
      precision: '50000',
      context: 'Av medlen avser drygt 1,2375 miljarder kronor primärvården.',
      location: { file: FILE_001, line: 20, column: 5, endColumn: 28 },
      scale: 1000000000,
    });
    expect(doc.amounts[0].precision).toBe('0.5');
  });

  it('writes empty cells as null, keeps numbering, anomalies, unreadable cells, problems and lost pages', () => {
    const d = document001();
    d.format = 'pdf';
    d.lostPages = [4];
    d.problems = [{ message: 'Raden kunde inte tolkas', location: { file: FILE_001, page: 2 } }];
    const table = d.tables[0]!;
    table.columns.push({ header: ['BUP', 'Bonuspott'], unit: 'percent', scale: 1 });
    const row = table.rows[0]!;
    row.number = '1.2';
    row.level = 2;
    row.unreadable = ['n/a'];
    row.cells.push({
      raw: '23,30 %',
      value: new Decimal('23.30'),
      precision: new Decimal('0.005'),
      anomalies: [{ kind: 'digit-grouping', raw: '23,30 %', message: 'ovanlig gruppering' }],
      location: { file: FILE_001, line: 59 },
    });
    table.rows[1]!.cells.push({ raw: '', value: null, precision: new Decimal(0), anomalies: [], location: { file: FILE_001 } });
    const [out] = parse([d]).documents;
    expect(out.lostPages).toEqual([4]);
    expect(out.problems).toEqual([{ message: 'Raden kunde inte tolkas', location: { file: FILE_001, page: 2 } }]);
    expect(out.tables[0].columns[1]).toEqual({ header: ['BUP', 'Bonuspott'], unit: 'percent' });
    expect(out.tables[0].rows[0]).toMatchObject({
      values: ['633531342', '23.3'],
      number: '1.2',
      level: 2,
      anomalies: [{ column: 1, kind: 'digit-grouping', raw: '23,30 %', message: 'ovanlig gruppering' }],
      unreadable: ['n/a'],
    });
    expect(out.tables[0].rows[1].values).toEqual(['77624347', null]);
    expect(out.tables[0].rows[1]).not.toHaveProperty('anomalies');
  });

  it('writes units as the contract names them, null when none', () => {
    const d = document001();
    d.tables[0]!.unit = null;
    d.tables[0]!.columns = [
      { header: ['Antal'], unit: 'persons', scale: 1 },
      { header: ['Andel'], unit: 'count', scale: 1 },
      { header: ['Okänd'], unit: null, scale: 1 },
    ];
    const [out] = parse([d]).documents;
    expect(out.tables[0].unit).toBeNull();
    expect(out.tables[0].columns.map((c: { unit: unknown }) => c.unit)).toEqual(['persons', 'count', null]);
  });

  it('writes no documents as an empty list', () => {
    expect(formatExtractJson([])).toBe('{\n  "documents": []\n}\n');
  });

  it('joins documents printed one by one (as reading threads print them) into the same bytes as printing them together', () => {
    // A title with a line break and a quote: escaped in JSON, so indenting line breaks indents lines only.
    const second = { ...document001(), file: 'andra.md', title: 'Rad ett\nrad "två"' };
    const docs = [document001(), second];
    const whole = JSON.stringify(extractJson(docs), null, 2) + '\n';
    expect(joinExtractJson(docs.map(documentJsonText))).toBe(whole);
    expect(formatExtractJson(docs)).toBe(whole);
    expect(joinExtractJson([documentJsonText(second)])).toBe(JSON.stringify(extractJson([second]), null, 2) + '\n');
    expect(JSON.parse(whole).documents[1].title).toBe('Rad ett\nrad "två"');
  });
});
