import { loadRuleContext } from '../../src/corpus/context.js';
import type { Finding } from '../../src/model/finding.js';
import type { Table } from '../../src/model/table.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { docOf } from '../rules/rule-tester.js';
import type { Rendered } from './matrix-codes.render.js';
import type { Source } from './matrix-codes.sources.js';

/** What the matrix reads of one rendered table: its columns and rows in the shape `Source.expect` gives. */
export interface Reading {
  tables: number;
  columns: { header: string[]; unit: string | null }[];
  rows: { code: string | null; label: string; region: string | null; kind: string; values: string[] }[];
}

/** The code a row keeps: its code column, or a code glued to its label ("01 Stockholms län", "Region X (01)"). */
const GLUED_CODE = /^(\d{2,4}|\d+:\d+) |\((\d{2})\)$/;

function rowOf(r: Table['rows'][number]): Reading['rows'][number] {
  const glued = GLUED_CODE.exec(r.label);
  const code = r.code ?? (glued ? (glued[1] ?? glued[2]!) : null);
  const label = glued ? r.label.replace(GLUED_CODE, '').trim() : r.label;
  return { code, label, region: r.region?.code ?? null, kind: r.kind, values: r.cells.map((c) => c.value?.toFixed() ?? 'null') };
}

/** The table holding the source's first data row, by its label, and how many tables were read. */
/**
 * A column's header as its words from the top level down: a spaced layout prints a group title
 * and the title under it as one string ("2023 Belopp"), which names the same path. A unit row
 * under the titles ("st | tkr") may close the path.
 */
function headerOf(s: Source, header: string[]): string[] {
  const words = header.join(' ').split(' ');
  const units = s.header.length > 1 ? new Set(s.header[s.header.length - 1]!.map((c) => c.text).filter((t) => UNIT_ROW.test(t))) : new Set<string>();
  if (units.size > 0 && units.has(words[words.length - 1]!)) words.pop();
  return words;
}

/** The cells of a unit row under the titles. */
const UNIT_ROW = /^(?:st|tkr|mnkr|kr|%)$/;

export function read(s: Source, r: Rendered): Reading | null {
  const doc = docOf({ file: r.file, text: r.text });
  const first = s.expect.rows[0]!.label;
  const table = doc.tables.find((t) => t.rows.some((row) => row.label.includes(first)));
  if (table === undefined) return null;
  return {
    tables: doc.tables.length,
    columns: table.columns.map((c) => ({ header: headerOf(s, c.header), unit: c.unit })),
    rows: table.rows.map(rowOf),
  };
}

export function expected(s: Source): Reading {
  return { tables: 1, columns: s.expect.columns.map((c) => ({ header: c.header.join(' ').split(' '), unit: c.unit })), rows: s.expect.rows };
}

export function findings(r: Rendered): Finding[] {
  const doc = docOf({ file: r.file, text: r.text });
  return [...runRules([doc], ALL_RULES, loadRuleContext([doc.file])).values()].flat();
}

export const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`);

/** Findings of the mutant, warning or error, that the correct table does not give. */
export function flagged(correct: Finding[], mutant: Finding[]): string[] {
  const seen = new Set(correct.map((f) => `${f.ruleId} ${f.severity} ${f.message}`));
  return mutant.filter((f) => f.severity !== 'info' && f.ruleId.startsWith('table/') && !seen.has(`${f.ruleId} ${f.severity} ${f.message}`)).map((f) => `${f.severity} ${f.ruleId}`);
}
