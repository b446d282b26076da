/**
 * Structure of the field corpus: every golden file fits the types in golden.ts and the rules of
 * corpus/field/README.md, and every manifest entry has its document and golden file, the part the
 * README's hash rule gives its file name, and classes from the README's list. Structure only: the
 * values themselves are checked by reading the documents, never here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Golden } from './golden.js';

const ROOT = fileURLToPath(new URL('../../../corpus/field/', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

// The class table of the README: rows "| `name` | meaning |".
const CLASSES = new Set([...README.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!));
// County codes in use since 2007 (01 Stockholm … 25 Norrbotten).
const COUNTIES = new Set(['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25']);
const DECIMAL = /^-?\d+(\.\d+)?$/;

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['tables', 'defects', 'classes'],
  properties: {
    tables: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['caption', 'unit', 'kind', 'columns', 'rows'],
        properties: {
          caption: { type: 'string', minLength: 1 },
          unit: { type: 'string', minLength: 1 },
          kind: { enum: ['table', 'list'] },
          columns: { type: 'array', minItems: 2, items: { type: 'array', minItems: 1, items: { type: 'string' } } },
          rows: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['label', 'region', 'kind', 'values'],
              properties: {
                // A row the page prints without a label has the label "".
                label: { type: 'string' },
                region: { anyOf: [{ type: 'string' }, { type: 'null' }] },
                kind: { enum: ['data', 'total', 'subtotal', 'part'] },
                values: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
              },
            },
          },
        },
      },
    },
    defects: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'where', 'arithmetic', 'table', 'lines', 'severity'],
        properties: {
          kind: { enum: ['sum', 'digit-group', 'claim', 'unit-label', 'rounding'] },
          where: { type: 'string', minLength: 1 },
          arithmetic: { type: 'string', minLength: 1 },
          table: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
          lines: { type: 'array', minItems: 1, items: { type: 'integer' } },
          severity: { enum: ['error', 'warning'] },
        },
      },
    },
    classes: { type: 'array', items: { type: 'string' } },
  },
};
const validate = new Ajv({ allErrors: true }).compile<Golden>(schema);

/** The problems of one golden file against the document it transcribes (`lineCount` source lines); none when it is sound. */
function goldenProblems(golden: unknown, lineCount: number): string[] {
  if (!validate(golden)) return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  const problems: string[] = [];
  golden.tables.forEach((table, ti) => {
    const seen = new Set<string>();
    for (const row of table.rows) {
      const at = `table ${ti} row "${row.label}"`;
      if (row.values.length !== table.columns.length - 1) problems.push(`${at}: ${row.values.length} values for ${table.columns.length - 1} columns`);
      for (const v of row.values) if (v !== null && !DECIMAL.test(v)) problems.push(`${at}: "${v}" is not a decimal string`);
      if (row.region !== null) {
        if (!COUNTIES.has(row.region)) problems.push(`${at}: "${row.region}" is not a county code`);
        if (seen.has(row.region)) problems.push(`${at}: region ${row.region} appears twice`);
        seen.add(row.region);
      }
    }
  });
  golden.defects.forEach((d, di) => {
    if (d.table !== null && d.table >= golden.tables.length) problems.push(`defect ${di}: table ${d.table} does not exist`);
    for (const l of d.lines) if (l < 1 || l > lineCount) problems.push(`defect ${di}: line ${l} lies outside the file's ${lineCount} lines`);
  });
  for (const c of golden.classes) if (!CLASSES.has(c)) problems.push(`class "${c}" is not in the README's list`);
  return problems;
}

interface Entry { file: string; part: string; classes: string[] }
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { documents: Record<string, Entry> };
const entries = Object.entries(manifest.documents);

/** The README's rule: measuring when int(sha256(file name), hex) < 2^256 / 3. */
const partOf = (file: string): string => (BigInt(`0x${createHash('sha256').update(file, 'utf8').digest('hex')}`) * 3n < 2n ** 256n ? 'measuring' : 'tuning');

describe('field corpus structure', () => {
  it('reads the class list from the README', () => {
    expect(CLASSES.size).toBe(14);
    expect(CLASSES.has('blank-line-cells')).toBe(true);
  });

  it('has a manifest entry for every document and a document and golden for every entry', () => {
    const docs = readdirSync(ROOT).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md');
    expect(docs.sort()).toEqual(entries.map(([, e]) => e.file).sort());
    for (const [id, e] of entries) {
      expect(e.file.replace(/\.(txt|md)$/, ''), id).toBe(id);
      expect(existsSync(join(ROOT, 'golden', `${id}.json`)), `golden of ${id}`).toBe(true);
    }
  });

  it.each(entries)('%s: part by the hash rule, classes from the README, sound golden', (id, e) => {
    expect(e.part).toBe(partOf(e.file));
    expect(e.classes.filter((c) => !CLASSES.has(c))).toEqual([]);
    const lineCount = readFileSync(join(ROOT, e.file), 'utf8').split(/\r?\n/).length;
    const golden: unknown = JSON.parse(readFileSync(join(ROOT, 'golden', `${id}.json`), 'utf8'));
    expect(goldenProblems(golden, lineCount)).toEqual([]);
  });
});

describe('goldenProblems', () => {
  const sound = (): Golden => ({
    classes: ['region-list'],
    tables: [{
      caption: 'Medlen fördelas så här',
      unit: 'kronor',
      kind: 'list',
      columns: [['Län'], ['Belopp']],
      rows: [
        { label: 'Uppsala', region: '03', kind: 'data', values: ['84300000'] },
        { label: 'Gotland', region: '09', kind: 'data', values: ['4500000'] },
        { label: 'Totalt', region: null, kind: 'total', values: ['88800000'] },
      ],
    }],
    defects: [{ kind: 'sum', where: 'Totalt', arithmetic: '84 300 000 + 4 500 000 = 88 800 000', table: 0, lines: [4], severity: 'error' }],
  });

  it('accepts a sound golden', () => {
    expect(goldenProblems(sound(), 10)).toEqual([]);
  });

  it('names each structural fault of a broken golden', () => {
    const g = sound();
    const t = g.tables[0]!;
    t.rows[0]!.values = ['84 300 000'];
    t.rows[1]!.region = '03';
    t.rows[2]!.values = ['88800000', null];
    g.defects[0]!.lines = [0, 11];
    g.defects[0]!.table = 1;
    g.classes = ['region-lists'];
    expect(goldenProblems(g, 10)).toEqual([
      'table 0 row "Uppsala": "84 300 000" is not a decimal string',
      'table 0 row "Gotland": region 03 appears twice',
      'table 0 row "Totalt": 2 values for 1 columns',
      'defect 0: table 1 does not exist',
      'defect 0: line 0 lies outside the file\'s 10 lines',
      'defect 0: line 11 lies outside the file\'s 10 lines',
      'class "region-lists" is not in the README\'s list',
    ]);
  });

  it('rejects a region code that is not a county and values that are numbers, not strings', () => {
    const g = sound();
    g.tables[0]!.rows[0]!.region = '2';
    expect(goldenProblems(g, 10)).toEqual(['table 0 row "Uppsala": "2" is not a county code']);
    const h = JSON.parse(JSON.stringify(sound())) as { tables: { rows: { values: unknown[] }[] }[] };
    h.tables[0]!.rows[0]!.values = [84300000];
    expect(goldenProblems(h, 10)).not.toEqual([]);
  });

  it('rejects a missing field, an unknown row kind and an unknown severity', () => {
    const g = JSON.parse(JSON.stringify(sound())) as Record<string, unknown> & { tables: { rows: { kind: string }[] }[]; defects: { severity: string }[] };
    g.tables[0]!.rows[1]!.kind = 'sum';
    g.defects[0]!.severity = 'info';
    delete g.classes;
    const problems = goldenProblems(g, 10);
    expect(problems.some((p) => p.includes('classes'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/tables/0/rows/1/kind'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/defects/0/severity'))).toBe(true);
  });

  it('checks the hash rule on known names', () => {
    // sha256("a") starts with ca97…, above 2^256/3 (0x5555…); sha256("b") starts with 3e23…, below it.
    expect(partOf('a')).toBe('tuning');
    expect(partOf('b')).toBe('measuring');
  });
});
