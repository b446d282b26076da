import type { ProseAmount, Unit } from '../model/amount.js';
import type { Document } from '../model/document.js';
import type { Row, RowKind, Table } from '../model/table.js';
import { placeInFile } from './place.js';
import { num, t as msg } from '../messages/index.js';

/** A readable dump of what was extracted: a person's check of the extract JSON. */
export function formatExtractText(docs: readonly Document[]): string {
  return docs.map(documentText).join('\n');
}

const UNIT_TEXT: Record<Unit, () => string> = { SEK: () => 'kr', EUR: () => '€', percent: () => '%', persons: () => msg('unit.persons'), count: () => msg('unit.count') };
const KIND_TEXT: Record<RowKind, () => string> = { data: () => '', total: () => msg('rowKind.total'), subtotal: () => msg('rowKind.subtotal'), other: () => msg('rowKind.other') };
const EMPTY = '–';

function documentText(doc: Document): string {
  const out: string[] = [doc.file];
  out.push(`  format: ${doc.format}, ${msg('extract.kind')}: ${msg(`kind.${doc.kind}`)}`);
  out.push(`  ${msg('tidy.title')}: ${doc.title ?? EMPTY}`);
  out.push(`  ${msg('tidy.date')}: ${doc.date ?? EMPTY}`);
  out.push(`  dnr: ${doc.dnr.length > 0 ? doc.dnr.join(', ') : EMPTY}`);
  if (doc.lostPages && doc.lostPages.length > 0) out.push(`  ${msg('extract.lostPages', { pages: doc.lostPages.join(', ') })}`);
  doc.tables.forEach((t, i) => out.push('', ...tableText(t, i + 1)));
  if (doc.amounts.length > 0) out.push('', `  ${msg('extract.amounts', { count: String(doc.amounts.length) })}`, ...amountsText(doc.amounts));
  if (doc.problems.length > 0) {
    out.push('', `  ${msg('extract.problems', { count: String(doc.problems.length) })}`);
    for (const p of doc.problems) out.push(`    ${placeInFile(p.location) || EMPTY}: ${p.message}`);
  }
  return out.join('\n') + '\n';
}

function tableText(t: Table, n: number): string[] {
  const out: string[] = [];
  const where = placeInFile(t.location);
  // Numbered with # because captions usually begin "Tabell N." themselves.
  out.push(`  #${n} ${t.caption ?? msg('extract.noCaption')}${where ? `  (${where})` : ''}`);
  if (t.unit) out.push(`    ${msg('tidy.unit')}: ${UNIT_TEXT[t.unit]()}`);

  const headers = [
    t.labelHeader ?? '',
    msg('extract.rowKind'),
    msg('extract.county'),
    ...t.columns.map((c, i) => {
      const name = c.header.filter((h) => h.trim() !== '').join(' / ') || msg('tidy.columnByPosition', { n: String(i + 1) });
      // A column's unit is shown only where it differs from the table's.
      return c.unit && c.unit !== t.unit ? `${name} (${UNIT_TEXT[c.unit]()})` : name;
    }),
  ];
  const notes: string[] = [];
  const body = t.rows.map((r, ri) => [
    labelText(r),
    KIND_TEXT[r.kind](),
    r.region?.code ?? '',
    ...t.columns.map((_, ci) => {
      const cell = r.cells[ci];
      if (!cell) return EMPTY;
      // A star marks a value written oddly; the note under the table says how.
      const mark = cell.anomalies.length > 0 ? '*' : '';
      for (const a of cell.anomalies) notes.push(`    * ${msg('extract.cell', { row: String(ri + 1), column: String(ci + 1) })} (${a.raw}): ${a.message}`);
      return (cell.value === null ? EMPTY : num(cell.value)) + mark;
    }),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  // Text columns align left, value columns right, as numbers are read.
  const line = (cells: string[]) =>
    ('    ' + cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')).trimEnd();
  out.push(line(headers));
  for (const row of body) out.push(line(row));
  for (const r of t.rows) {
    if (r.unreadable && r.unreadable.length > 0) notes.push(`    ! ${r.label}: ${msg('extract.unread', { cells: r.unreadable.join(', ') })}`);
  }
  out.push(...notes);
  return out;
}

/** Numbered rows are indented by depth so the "Varav" hierarchy shows. */
function labelText(r: Row): string {
  const indent = '  '.repeat(Math.max(0, (r.level ?? 1) - 1));
  const numbered = r.number !== undefined && !r.label.startsWith(r.number) ? `${r.number} ${r.label}` : r.label;
  return indent + numbered;
}

function amountsText(amounts: readonly ProseAmount[]): string[] {
  const places = amounts.map((a) => placeInFile(a.location) || EMPTY);
  const width = Math.max(...places.map((p) => p.length));
  return amounts.map((a, i) => {
    const unit = a.unit ? ` ${UNIT_TEXT[a.unit]()}` : '';
    const qualifier = a.qualifier === 'exact' ? msg('extract.exact') : a.qualifier;
    const precision = a.precision.isZero() ? '' : `, ±${num(a.precision)}`;
    return `    ${(places[i] ?? '').padEnd(width)}  "${a.raw}" → ${num(a.value)}${unit} (${qualifier}${precision})`;
  });
}
