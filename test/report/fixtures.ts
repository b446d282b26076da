import { Decimal } from 'decimal.js';
import type { Cell, Document, Finding, Location, Row, Table } from '../../src/model/index.js';
import type { RuleMeta } from '../../src/rules/types.js';
import type { AuditResult } from '../../src/report/types.js';

/** Seed 001 (regeringsbeslut, 3 000 000 000 kr to the regions), as lines 1–80 of a text file. */
export const FILE_001 = 'corpus/001_e7b5af15c7845b07.txt';

export function lines001(): string[] {
  const lines = Array.from({ length: 80 }, () => '');
  lines[55] = 'Tabell 1. Fördelning av 3 000 000 000 kronor';
  lines[57] = 'Region\tFördelade medel (kr)';
  lines[58] = 'Stockholm\t633 531 342';
  // Kalmar misprinted (…374 for …347): the column then sums 27 kr over the total.
  lines[64] = 'Kalmar\t77 624 374';
  lines[79] = 'Summa\t3 000 000 000';
  return lines;
}

export const at = (file: string, line: number, column: number, endColumn: number): Location => ({
  file,
  line,
  column,
  endColumn,
});

export const columnTotal001: Finding = {
  ruleId: 'table/column-total',
  severity: 'error',
  message: '21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr)',
  // "Summa\t" is 6 characters: the value starts at column 7 and is 13 long.
  location: at(FILE_001, 80, 7, 20),
  related: [{ message: 'Kalmar 77 624 374', location: at(FILE_001, 65, 8, 18) }],
  expected: '3000000027',
  actual: '3000000000',
};

export const pdfFinding: Finding = {
  ruleId: 'prose/table-agreement',
  severity: 'warning',
  message: 'Texten anger 2,95 miljarder kronor; tabellens summa är 2 937 000 000 kr',
  location: { file: 'corpus/003 överenskommelse.pdf', page: 3, box: { x: 72, y: 540.5, width: 120, height: 12 } },
  expected: '2937000000',
  actual: '2950000000',
};

export const infoFinding: Finding = {
  ruleId: 'table/column-total',
  severity: 'info',
  message: 'Summan stämmer först med avrundningen (±1 500 000 kr)',
  location: { file: 'corpus/004_8696a5bf70867187.txt', line: 3 },
};

export const RULES: RuleMeta[] = [
  {
    id: 'table/column-total',
    description: 'Kolumnerna summerar till summaraden',
    severity: 'error',
    docs: 'Summerar varje värdekolumn över dataraderna och jämför med summaraden.\n\nAvrundade tal jämförs som intervall.',
  },
  {
    id: 'prose/table-agreement',
    description: 'Belopp i texten stämmer med tabellen',
    severity: 'warning',
    docs: 'Jämför belopp i löptexten med tabellens summor.',
  },
];

export function result001(): AuditResult {
  return {
    documents: [
      { file: FILE_001, findings: [columnTotal001], lines: lines001() },
      { file: 'corpus/003 överenskommelse.pdf', findings: [pdfFinding], lines: [] },
      { file: 'corpus/004_8696a5bf70867187.txt', findings: [infoFinding], lines: ['', '', 'Nära två miljarder'] },
    ],
    errors: [{ file: 'corpus/trasig.pdf', reason: 'inte en PDF-fil (saknar %PDF-huvud)' }],
  };
}

export const emptyResult = (): AuditResult => ({ documents: [], errors: [] });

export function cell(value: string | null, location: Location, raw?: string): Cell {
  return {
    raw: raw ?? value ?? '',
    value: value === null ? null : new Decimal(value),
    precision: new Decimal('0.5'),
    anomalies: [],
    location,
  };
}

/** Seed 001's table 1, cut to three rows. */
export function table001(): Table {
  const row = (label: string, kind: Row['kind'], line: number, value: string, region: Row['region']): Row => ({
    label,
    kind,
    region,
    cells: [cell(value, at(FILE_001, line, label.length + 2, label.length + 2 + value.length))],
    location: { file: FILE_001, line, column: 1 },
  });
  return {
    caption: 'Tabell 1. Fördelning av 3 000 000 000 kronor',
    unit: 'SEK',
    scale: 1,
    columns: [{ header: ['Fördelade medel (kr)'], unit: 'SEK', scale: 1 }],
    rows: [
      row('Stockholm', 'data', 59, '633531342', { code: '01', name: 'Region Stockholm', variant: 'Stockholm', distance: 0 }),
      row('Kalmar', 'data', 65, '77624347', { code: '08', name: 'Region Kalmar län', variant: 'Kalmar', distance: 0 }),
      row('Summa', 'total', 80, '3000000000', null),
    ],
    location: { file: FILE_001, line: 58, column: 1 },
    labelHeader: 'Region',
  };
}

/**
 * A Document as tests assemble it before handing it to a printer: the model's fields without
 * `readonly`, so a test can vary one part of the fixture.
 */
export type DocumentDraft = { -readonly [K in keyof Document]: Document[K] extends readonly (infer U)[] | undefined ? U[] : Document[K] };

export function document001(): DocumentDraft {
  return {
    file: FILE_001,
    format: 'text',
    kind: 'regeringsbeslut',
    title: 'Utbetalning av medel till regionerna',
    date: '2024-01-18',
    dnr: ['S2024/00123'],
    tables: [table001()],
    amounts: [
      {
        value: new Decimal('3000000000'),
        raw: '3 000 000 000 kronor',
        unit: 'SEK',
        scale: 1,
        precision: new Decimal('0.5'),
        qualifier: 'exact',
        anomalies: [],
        location: at(FILE_001, 14, 88, 108),
        context: 'Regeringen ger Kammarkollegiet i uppdrag att så snart som möjligt betala ut 3 000 000 000 kronor till regionerna i enlighet med bilagan.',
        sentence: 0,
      },
      {
        value: new Decimal('1.2375e9'),
        raw: '1,2375 miljarder kronor',
        unit: 'SEK',
        scale: 1e9,
        precision: new Decimal('50000'),
        qualifier: 'drygt',
        anomalies: [],
        location: at(FILE_001, 20, 5, 28),
        context: 'Av medlen avser drygt 1,2375 miljarder kronor primärvården.',
        sentence: 4,
      },
    ],
    department: null,
    dnrPartial: [],
    references: { agreements: [], anslag: [] },
    sentences: [],
    problems: [],
    lines: [],
  };
}
