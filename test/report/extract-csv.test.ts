import { describe, expect, it } from 'vitest';
import { csvField, formatExtractCsv } from '../../src/report/extract-csv.js';
import { document001, FILE_001 } from './fixtures.js';

describe('formatExtractCsv', () => {
  it('writes one block per table with its own header line', () => {
    expect(formatExtractCsv([document001()]).split('\n')).toEqual([
      'file,table,caption,row,label,kind,region_code,region_name,Fördelade medel (kr)',
      `${FILE_001},1,Tabell 1. Fördelning av 3 000 000 000 kronor,1,Stockholm,data,01,Region Stockholm,633531342`,
      `${FILE_001},1,Tabell 1. Fördelning av 3 000 000 000 kronor,2,Kalmar,data,08,Region Kalmar län,77624347`,
      `${FILE_001},1,Tabell 1. Fördelning av 3 000 000 000 kronor,3,Summa,total,,,3000000000`,
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), joins header paths and separates tables by a blank line', () => {
    const d = document001();
    const second = document001().tables[0]!;
    second.caption = 'Tabell 2. Fördelning, "bonus"';
    second.columns = [{ header: ['BUP', 'Bonuspott'], unit: 'SEK', scale: 1 }];
    second.rows = [second.rows[0]!];
    second.rows[0]!.label = 'Stockholm\nläns landsting';
    d.tables.push(second);
    const blocks = formatExtractCsv([d]).split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toBe(
      'file,table,caption,row,label,kind,region_code,region_name,BUP / Bonuspott\n' +
        `${FILE_001},2,"Tabell 2. Fördelning, ""bonus""",1,"Stockholm\nläns landsting",data,01,Region Stockholm,633531342\n`,
    );
  });

  it('writes empty cells as empty fields and names a column without header by position', () => {
    const d = document001();
    const t = d.tables[0]!;
    t.columns.push({ header: [], unit: null, scale: 1 });
    t.rows[0]!.cells.push({ ...t.rows[0]!.cells[0]!, value: null, raw: '' });
    const lines = formatExtractCsv([d]).split('\n');
    expect(lines[0]).toBe('file,table,caption,row,label,kind,region_code,region_name,Fördelade medel (kr),kolumn 2');
    expect(lines[1]!.endsWith(',633531342,')).toBe(true);
    expect(lines[2]!.endsWith(',77624347,')).toBe(true);
  });

  it('writes nothing for documents without tables', () => {
    const d = document001();
    d.tables = [];
    expect(formatExtractCsv([d])).toBe('');
  });
});

describe('csvField', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('Västra Götaland')).toBe('Västra Götaland');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('säger "nej"')).toBe('"säger ""nej"""');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });
});
