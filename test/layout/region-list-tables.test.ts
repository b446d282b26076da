import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Region lists read through to tables, in wordings written for this test; values in kronor. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('region lists as tables', () => {
  it('applies the unit of the lead-in to bare figures', () => {
    const [t] = docOf({ text: 'Beslut om bidrag.\n\nFördelningen per region i tusental kronor:\n\n* Värmland 1 250\n* Örebro 980,5\n* Västmanland 770\n' }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.unit).toBe('SEK');
    expect(values(t!, 0)).toEqual(['1250000', '980500', '770000']);
  });

  it('reads this year and last year in parentheses as two columns, with the first figure\'s unit', () => {
    const [t] = docOf({
      file: 'l.md',
      text: 'Så fördelas pengarna i år (förra årets belopp inom parentes):\n\n1. **Region Skåne:** 213,4 miljoner kronor (förra året 198,1)\n2. **Region Halland:** 61 miljoner kronor (58,2)\n3. **Region Blekinge:** 30,5 miljoner kronor\n',
    }).tables;
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['12', '13', '10']);
    expect(values(t!, 0)).toEqual(['213400000', '61000000', '30500000']);
    expect(values(t!, 1)).toEqual(['198100000', '58200000', null]);
  });

  it('reads facts under each county\'s name into columns by key, with the unit line', () => {
    const text = 'Stöd per län\n\nKalmar\n\nMiljoner kronor\nStöd totalt: 64,5\nVarav projekt: 42,6\n\nGotland\n\nMiljoner kronor\nStöd totalt: 35\nVarav projekt: 32,8\n\nHalland\n\nMiljoner kronor\nStöd totalt: 20,4\nVarav projekt: 9,9\n';
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.columns.map((c) => c.header)).toEqual([['Stöd totalt'], ['Varav projekt']]);
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['08', '09', '13']);
    expect(values(t!, 0)).toEqual(['64500000', '35000000', '20400000']);
    expect(values(t!, 1)).toEqual(['42600000', '32800000', '9900000']);
  });

  it('reads a list of posts with last year in parentheses as two columns when every line has that shape', () => {
    const text = 'Nämndernas ramar för nästa år, i år inom parentes:\n\nVård och äldreomsorg: 98,5 miljoner (i år: 95 miljoner). Gäller hemtjänst och boenden.\n\nSkola och fritid: 120,25 miljoner (118,5 miljoner).\n\nTeknik och fastigheter: 33 miljoner (34,1 miljoner). Gator och lokaler.\n';
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.rows.map((r) => r.label)).toEqual(['Vård och äldreomsorg', 'Skola och fritid', 'Teknik och fastigheter']);
    expect(values(t!, 0)).toEqual(['98500000', '120250000', '33000000']);
    expect(values(t!, 1)).toEqual(['95000000', '118500000', '34100000']);
  });

  it('reads bulleted posts in mnkr with the earlier figure after a year', () => {
    const text = 'Budgeten per verksamhet:\n\n- Kultur: 12,4 mnkr (2022: 11,9 mnkr)\n- Räddning: 7,5 mnkr (2022: 7,1 mnkr)\n- Fritid och bad: 4 mnkr (2022: 4,2 mnkr)\n- Totalt: 23,9 mnkr (2022: 23,2 mnkr)\n';
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(values(t!, 0)).toEqual(['12400000', '7500000', '4000000', '23900000']);
    expect(values(t!, 1)).toEqual(['11900000', '7100000', '4200000', '23200000']);
    expect(t!.rows.map((r) => r.kind)).toEqual(['data', 'data', 'data', 'total']);
  });

  it('leaves a list of posts with one amount each as prose, read as a table no rule checks (item-amount-list.ts)', () => {
    const text = 'Pengarna går till:\n\n- Kultur: 12,4 miljoner\n- Räddning: 7,5 miljoner\n- Fritid: 4 miljoner\n';
    const doc = docOf({ text });
    expect(doc.tables.map((t) => t.alsoProse)).toEqual([true]);
    expect(doc.sentences.filter((s) => s.role === 'list-item')).toHaveLength(3);
  });

  it('leaves posts whose figures carry different scale words as prose', () => {
    const text = 'Ramar:\n\nKultur: 12,4 miljoner (900 000 kronor)\n\nRäddning: 7,5 miljoner (7,1 miljoner)\n\nFritid: 4 miljoner (4,2 miljoner)\n';
    expect(docOf({ text }).tables).toEqual([]);
  });
});
