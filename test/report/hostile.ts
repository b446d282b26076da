import { Decimal } from 'decimal.js';
import type { Document, Finding } from '../../src/model/index.js';

/** A document model whose every text field carries markup meant to run: the report must show it as text. */
const FILE = 'hostile/<script>window.__pwned=0</script>.txt';

export function hostileDocument(): Document {
  const loc = (line: number, column = 1) => ({ file: FILE, line, column });
  const cell = (raw: string, value: string | null, line: number) => ({ raw, value: value === null ? null : new Decimal(value), precision: new Decimal(0), anomalies: [], location: loc(line, 20) });
  return {
    file: FILE,
    format: 'text',
    kind: 'regeringsbeslut',
    title: 'Medel <script>window.__pwned=1</script>',
    date: '2024-05-02',
    dnr: ['S2024/1<b onmouseover="window.__pwned=2">'],
    department: 'Departementet <script>window.__pwned=12</script>',
    dnrPartial: [],
    references: { agreements: [], anslag: [] },
    tables: [
      {
        caption: 'Tabell <img src=x onerror="window.__pwned=3">',
        unit: 'SEK',
        scale: 1,
        columns: [{ header: ['<a href="javascript:window.__pwned=4">Belopp</a>'], unit: 'SEK', scale: 1 }],
        rows: [
          { label: 'Stockholm <svg onload="window.__pwned=5">', kind: 'data', region: { code: '01', name: 'Region Stockholm', variant: 'Stockholm', distance: 0 }, cells: [cell('100<script>window.__pwned=6</script>', '100', 4)], location: loc(4) },
          { label: 'Summa', kind: 'total', region: null, cells: [cell('90', '90', 5)], location: loc(5) },
        ],
        location: loc(3),
        labelHeader: '<iframe src="javascript:window.__pwned=7">',
      },
    ],
    amounts: [
      { value: new Decimal(100), raw: '100 kronor', unit: 'SEK', scale: 1, precision: new Decimal(0), qualifier: 'exact', anomalies: [], location: loc(8, 5), context: '', sentence: 0 },
    ],
    sentences: [{ text: 'Se <a href="javascript:window.__pwned=8">här</a>: 100 kronor.', location: loc(8), role: 'paragraph', block: 0 }],
    problems: [],
    lines: [],
  };
}

export const HOSTILE_FINDING: Finding = {
  ruleId: 'table/column-total',
  severity: 'error',
  message: '1 rad summerar till 100 kr; summaraden anger 90 kr <script>window.__pwned=11</script>',
  location: { file: FILE, line: 5, column: 20 },
  cell: { table: 0, row: 1, column: 0 },
  expected: '90',
  actual: '100',
};
