/**
 * Copied rows whose digit groups split into the table's columns in several ways are read by the
 * sizes of the values in each column (spaced-columns.ts). Those sizes are learnt from the rows
 * themselves, in a first pass; read top to bottom, a first row that splits two ways with equal
 * unevenness ("423 501 598,5 585,1": 423 501 | 598,5 or 423 | 501 598,5) takes the first way and
 * teaches the column a wrong size, which the rows below then follow. Rows that split one way
 * only ("32 838 1 019,3 936,1": a group "019" opens no number) are facts: the first pass reads
 * them first, in their order, and the others after them, in theirs.
 */
export function certainFirst<R extends { line: L | null }, L>(rows: readonly R[], certain: (line: L) => boolean): R[] {
  const sure = rows.filter((r) => r.line !== null && certain(r.line));
  return sure.length === 0 || sure.length === rows.length ? [...rows] : [...sure, ...rows.filter((r) => !sure.includes(r))];
}
