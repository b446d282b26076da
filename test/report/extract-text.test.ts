import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatExtractText } from '../../src/report/extract-text.js';
import { document001, FILE_001 } from './fixtures.js';

describe('formatExtractText', () => {
  it('dumps a document: heading, table aligned with grouped values, prose amounts', () => {
    expect(formatExtractText([document001()]).split('\n')).toEqual([
      FILE_001,
      '  format: text, typ: regeringsbeslut',
      '  titel: Utbetalning av medel till regionerna',
      '  datum: 2024-01-18',
      '  dnr: S2024/00123',
      '',
      '  #1 Tabell 1. Fördelning av 3 000 000 000 kronor  (rad 58:1)',
      '    enhet: kr',
      '    Region     typ    län  Fördelade medel (kr)',
      '    Stockholm         01            633 531 342',
      '    Kalmar            08             77 624 347',
      '    Summa      summa              3 000 000 000',
      '',
      '  Belopp i löptext (2):',
      '    rad 14:88  "3 000 000 000 kronor" → 3 000 000 000 kr (exakt, ±0,5)',
      '    rad 20:5   "1,2375 miljarder kronor" → 1 237 500 000 kr (drygt, ±50 000)',
      '',
    ]);
  });

  it('indents numbered rows, marks odd cells, shows column units that differ and lists problems', () => {
    const d = document001();
    d.title = null;
    d.dnr = [];
    d.amounts = [];
    d.problems = [{ message: 'Raden "Övrigt 12" kunde inte tolkas', location: { file: FILE_001, line: 70 } }];
    const t = d.tables[0]!;
    t.caption = null;
    t.columns.push({ header: ['Andel'], unit: 'percent', scale: 1 });
    t.rows = t.rows.slice(0, 2);
    t.rows[0]!.cells.push({
      raw: '21,1',
      value: new Decimal('21.1'),
      precision: new Decimal('0.05'),
      anomalies: [],
      location: { file: FILE_001 },
    });
    t.rows[1]!.number = '1.1';
    t.rows[1]!.level = 2;
    t.rows[1]!.kind = 'subtotal';
    t.rows[1]!.cells.push({
      raw: '2,6',
      value: null,
      precision: new Decimal(0),
      anomalies: [{ kind: 'unit-magnitude', raw: '2,6', message: 'andelen verkar vara i promille' }],
      location: { file: FILE_001 },
    });
    expect(formatExtractText([d]).split('\n')).toEqual([
      FILE_001,
      '  format: text, typ: regeringsbeslut',
      '  titel: –',
      '  datum: 2024-01-18',
      '  dnr: –',
      '',
      '  #1 (tabell utan rubrik)  (rad 58:1)',
      '    enhet: kr',
      '    Region        typ       län  Fördelade medel (kr)  Andel (%)',
      '    Stockholm               01            633 531 342       21,1',
      '      1.1 Kalmar  delsumma  08             77 624 347         –*',
      '    * rad 2, kolumn 2 (2,6): andelen verkar vara i promille',
      '',
      '  Problem (1):',
      '    rad 70: Raden "Övrigt 12" kunde inte tolkas',
      '',
    ]);
  });

  it('right-aligns every value column to one edge', () => {
    const rows = formatExtractText([document001()]).split('\n').slice(8, 12);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('separates documents by a blank line and prints nothing for none', () => {
    expect(formatExtractText([])).toBe('');
    const d = document001();
    d.tables = [];
    d.amounts = [];
    const out = formatExtractText([d, d]);
    expect(out.split('\n').filter((l) => l === FILE_001)).toHaveLength(2);
    expect(out).toContain('dnr: S2024/00123\n\n' + FILE_001);
  });
});
