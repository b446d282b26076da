import type { Document } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { cellIndex } from './cell-index.js';
import type { Rule, RuleContext, RuleFinding, RuleMeta } from './types.js';
import { t } from '../messages/index.js';
import { misreadTablesAsWarnings } from './misread-table.js';

/** No pinned frames, no reference data. */
const EMPTY_CONTEXT: RuleContext = { frames: { frames: [], errors: [] }, population: null };

/** Runs document rules on each document and corpus rules on all of them; findings grouped by file. */
export function runRules(all: readonly Document[], rules: readonly Rule[], context: RuleContext = EMPTY_CONTEXT): Map<string, Finding[]> {
  // A list read as a table that stays prose too is checked there, by the text rules: no rule reads the table, so nothing is reported twice.
  const docs = all.map((d) => (d.tables.some((x) => x.alsoProse) ? { ...d, tables: d.tables.filter((x) => !x.alsoProse) } : d));
  const byFile = new Map<string, Finding[]>();
  for (const d of docs) byFile.set(d.file, []);
  const cells = cellIndex(docs);
  const add = (meta: RuleMeta, f: RuleFinding, fallbackFile: string): void => {
    const finding: Finding = { ruleId: meta.id, severity: f.severity ?? meta.severity, message: f.message, location: f.location };
    const cell = f.cell ?? cells.get(f.location);
    if (cell) finding.cell = cell;
    if (f.related && f.related.length > 0) finding.related = f.related;
    if (f.expected !== undefined) finding.expected = f.expected;
    if (f.actual !== undefined) finding.actual = f.actual;
    const file = byFile.has(f.location.file) ? f.location.file : fallbackFile;
    byFile.get(file)?.push(finding);
  };
  // A rule that fails is a bug in kronkoll, not in the document: it is reported where it
  // happened, and the other rules and documents still run.
  const crashed = (meta: RuleMeta, file: string, e: unknown): void =>
    add(meta, { severity: 'error', message: t('rule.crashed', { id: meta.id, reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) }), location: { file } }, file);
  for (const rule of rules) {
    if (rule.scope === 'document') {
      for (const d of docs) {
        try {
          for (const f of rule.check(d, context)) add(rule.meta, f, d.file);
        } catch (e) {
          crashed(rule.meta, d.file, e);
        }
      }
    } else if (docs.length > 0) {
      try {
        for (const f of rule.check(docs, context)) add(rule.meta, f, docs[0]!.file);
      } catch (e) {
        crashed(rule.meta, docs[0]!.file, e);
      }
    }
  }
  misreadTablesAsWarnings(docs, byFile);
  for (const list of byFile.values()) list.sort(byPlace);
  return byFile;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The order findings are listed in within a file: page, line, column, severity, rule. */
export function byPlace(a: Finding, b: Finding): number {
  return (
    (a.location.page ?? 0) - (b.location.page ?? 0) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    RANK[a.severity] - RANK[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** --rule / --disable: ids or whole families ("table/" or "table"). */
export function selectRules(all: readonly Rule[], only: string[], disable: string[]): Rule[] {
  const hits = (id: string, pats: string[]): boolean =>
    pats.some((p) => id === p || id.startsWith(p.endsWith('/') ? p : `${p}/`));
  return all.filter((r) => (only.length === 0 || hits(r.meta.id, only)) && !hits(r.meta.id, disable));
}
