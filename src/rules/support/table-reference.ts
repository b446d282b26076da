import type { ProseAmount } from '../../model/amount.js';
import type { Table } from '../../model/table.js';

/**
 * Where a sentence points at a table: "i enlighet med bilaga 1", "enligt tabell 2",
 * "bilagan", "tabellen nedan". Numbered references resolve to the table whose caption
 * starts "Bilaga N" or "Tabell N"; the definite forms to every table of the document.
 */
const REFERENCE = /\b(bilaga|tabell)\s+(\d+)\b|\b(bilagan|tabellen|bilagorna|tabellerna)\b/gi;

/** "Bilaga 2 …", "Tabell 1. …": how a numbered table's caption begins. */
const CAPTION_HEAD = /^\s*(bilaga|tabell)\s+(\d+)\b/i;

export interface TableReference {
  start: number;
  tables: Table[];
}

function resolve(tables: readonly Table[], kind: string | undefined, n: string | undefined): Table[] {
  if (kind === undefined || n === undefined) return [...tables];
  return tables.filter((t) => {
    const head = t.caption === null ? null : CAPTION_HEAD.exec(t.caption);
    return head !== null && head[1]!.toLowerCase() === kind.toLowerCase() && head[2] === n;
  });
}

export function tableReferences(sentence: string, tables: readonly Table[]): TableReference[] {
  const out: TableReference[] = [];
  for (const m of sentence.matchAll(REFERENCE)) {
    const found = resolve(tables, m[1], m[2]);
    if (found.length > 0) out.push({ start: m.index, tables: found });
  }
  return out;
}

/** Start and end of each amount within its sentence, found in order. */
export function offsetsInSentence(amounts: readonly ProseAmount[]): { start: number; end: number }[] {
  let from = 0;
  return amounts.map((a) => {
    const at = a.context.indexOf(a.raw, from);
    const start = at < 0 ? from : at;
    from = start + a.raw.length;
    return { start, end: from };
  });
}

/**
 * The table a money amount is said to go by: the first reference after it and before the
 * next amount ("2 466 000 000 kronor … i enlighet med bilaga 1 och 750 000 000 kronor … bilaga 2"),
 * or, for a sentence with one amount, any reference in it.
 */
export function referencedTables(amounts: readonly ProseAmount[], index: number, tables: readonly Table[]): Table[] | null {
  const a = amounts[index]!;
  const refs = tableReferences(a.context, tables);
  if (refs.length === 0) return null;
  if (amounts.length === 1) return refs[0]!.tables;
  const spans = offsetsInSentence(amounts);
  const end = spans[index]!.end;
  const next = spans[index + 1]?.start ?? a.context.length;
  return refs.find((r) => r.start >= end && r.start < next)?.tables ?? null;
}
