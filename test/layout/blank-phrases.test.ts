import { describe, expect, it } from 'vitest';
import { isBlankMarker } from '../../src/layout/looks-numeric.js';
import type { Table } from '../../src/model/table.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A phrase in a value column instead of an amount ("Ryms inom befintlig ram", "Ingår ovan",
 * "Ej aktuellt") is a blank cell in its column: the row is still read, and a sum over the
 * column is uncertain. Written in wordings other than the matrix (matrix-cells.test.ts).
 */
const cellsOf = (t: Table): (string | null)[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? c.uncertain ?? null)]);

describe('phrases standing in for an amount', () => {
  it('knows the phrases, and not a row label or a sentence', () => {
    for (const p of ['Ryms inom befintlig ram', 'ryms inom ramen', 'Se ovan', 'Ingår nedan', 'Ej tillämpligt', 'Saknas']) expect(isBlankMarker(p), p).toBe(true);
    for (const p of ['Region Skåne', 'Se bilaga 2 för detaljer', 'Ingår i ramen för satsningen på vården']) expect(isBlankMarker(p), p).toBe(false);
  });

  it('reads a spaced table with "Ingår ovan" in a value column, the blank under its column', () => {
    const text = [
      'Kostnader per kommun, kronor',
      '',
      'Kommun            Drift      Investering',
      'Lund            45 000       Ingår ovan',
      'Eslöv           12 000           30 000',
      'Höör             8 000            5 000',
      'Hörby            6 000            2 000',
      'Summa           71 000           37 000',
    ].join('\n');
    const [t] = docOf({ file: 'a.txt', text: `${text}\n` }).tables;
    expect(cellsOf(t!)).toEqual([
      ['Lund', '45000', 'Ingår ovan'],
      ['Eslöv', '12000', '30000'],
      ['Höör', '8000', '5000'],
      ['Hörby', '6000', '2000'],
      ['Summa', '71000', '37000'],
    ]);
  });

  it('reads cells one a line with "Ej aktuellt", and a wrong sum over the column only warns', () => {
    const text = ['Län', 'Bidrag (kr)', 'Uppsala län', '20 000', 'Gotlands län', 'Ej aktuellt', 'Västmanlands län', '15 000', 'Dalarnas län', '5 000', 'Totalt', '45 000'].join('\n\n');
    const doc = docOf({ file: 'a.txt', text: `${text}\n` });
    expect(cellsOf(doc.tables[0]!)).toEqual([
      ['Uppsala län', '20000'],
      ['Gotlands län', 'Ej aktuellt'],
      ['Västmanlands län', '15000'],
      ['Dalarnas län', '5000'],
      ['Totalt', '45000'],
    ]);
    const findings = runRules([doc], ALL_RULES).get('a.txt') ?? [];
    expect(findings.filter((f) => f.ruleId === 'table/column-total').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('"not available" with its points set apart', () => {
  it('is a blank cell in a tab-separated table and in a GFM table', () => {
    expect(isBlankMarker('. .')).toBe(true);
    expect(isBlankMarker('. . .')).toBe(true);
    expect(isBlankMarker('. . . .')).toBe(false);
    const tab = ['Antal lägenheter', '', 'Storlek\t2021\t2022', '1 rum\t120\t. .', '2 rum\t340\t310', '3 rum\t210\t190', 'Totalt\t670\t500', ''].join('\n');
    expect(cellsOf(docOf({ file: 'a.txt', text: tab }).tables[0]!)[0]).toEqual(['1 rum', '120', '. .']);
    const gfm = ['| Län | Sökande | Beviljade |', '|---|---:|---:|', '| Uppsala län | 14 | 9 |', '| Gotlands län | . . . | . . . |', '| Hallands län | 22 | 15 |', '| Totalt | 36 | 24 |', ''].join('\n');
    expect(cellsOf(docOf({ file: 'a.md', text: gfm }).tables[0]!)[1]).toEqual(['Gotlands län', '. . .', '. . .']);
  });
});
