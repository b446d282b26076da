import type { Document } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { t } from '../messages/index.js';

/**
 * The rules that check a table's sums against its own cells. A misread table (columns shifted by
 * one, a header row read as data, sections joined) breaks most of them at once, while a
 * published table with a real mistake breaks one or a few. So when most of a table's sums
 * disagree together, the reading is the likelier fault, and an error would be a claim the
 * reading cannot carry: each is reported as a warning that says why.
 */
const SUM_RULES: ReadonlySet<string> = new Set(['table/column-total', 'table/row-total', 'table/hierarchy', 'table/difference']);
/** Fewer disagreeing sums than this are never read as a misreading, whatever the table's size. */
const MIN_BURST = 4;

export function misreadTablesAsWarnings(docs: readonly Document[], byFile: Map<string, Finding[]>): void {
  for (const doc of docs) {
    const findings = byFile.get(doc.file);
    if (!findings) continue;
    const byTable = new Map<number, Finding[]>();
    for (const f of findings) {
      if (f.severity !== 'error' || !SUM_RULES.has(f.ruleId) || f.cell === undefined) continue;
      const list = byTable.get(f.cell.table) ?? [];
      list.push(f);
      byTable.set(f.cell.table, list);
    }
    for (const [ti, errors] of byTable) {
      const table = doc.tables[ti];
      if (!table) continue;
      // A table of r rows and c value columns has at most r row sums and c column sums to check.
      const checks = table.rows.length + table.columns.length;
      if (errors.length < MIN_BURST || errors.length * 2 <= checks) continue;
      const note = t('finding.misreadTable', { n: String(errors.length), checks: String(checks) });
      for (const f of errors) {
        f.severity = 'warning';
        f.message = `${f.message} (${note})`;
      }
    }
  }
}
