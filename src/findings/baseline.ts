import { readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from '../model/finding.js';
import { rootRelative } from './fingerprint.js';
import { t } from '../messages/index.js';

/**
 * A baseline: findings reviewed and accepted, by fingerprint (as ESLint's bulk
 * suppressions file, but per finding rather than per rule count, since a fingerprint
 * already names the table, row, column and figures).
 */
export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE = 'kronkoll-baseline.json';

export interface BaselineEntry {
  rule: string;
  /** Relative to the run root, forward slashes. */
  file: string;
  message: string;
  fingerprint: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

/** Only what can fail a run is accepted into a baseline: errors and warnings. */
export function entriesFor(findings: Iterable<Finding>, root: string): BaselineEntry[] {
  const out: BaselineEntry[] = [];
  for (const f of findings) {
    if (f.severity === 'info' || f.fingerprint === undefined) continue;
    out.push({ rule: f.ruleId, file: rootRelative(f.location.file, root), message: f.message, fingerprint: f.fingerprint });
  }
  return sortEntries(out);
}

/** Sorted by file, rule, fingerprint: a re-run writes the same bytes, diffs stay small. */
export function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const key = (e: BaselineEntry): string => `${e.file}\u0000${e.rule}\u0000${e.fingerprint}`;
  return [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function formatBaseline(entries: BaselineEntry[]): string {
  const b: Baseline = { version: BASELINE_VERSION, findings: sortEntries(entries) };
  // One entry per line group, keys in a fixed order: reviewable in a pull request.
  return JSON.stringify(b, null, 2) + '\n';
}

export function writeBaseline(file: string, entries: BaselineEntry[]): void {
  writeFileSync(file, formatBaseline(entries));
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new BaselineError(`${file}: ${t('input.cannotRead', { code: (e as NodeJS.ErrnoException).code ?? 'error' })}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`${file}: ${t('cli.notJson', { reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) })}`);
  }
  const b = data as Partial<Baseline>;
  if (typeof b !== 'object' || b === null || b.version !== BASELINE_VERSION) {
    throw new BaselineError(`${file}: ${t('cli.notBaseline', { version: String(BASELINE_VERSION) })}`);
  }
  if (!Array.isArray(b.findings)) throw new BaselineError(`${file}: $.findings ${t('cli.mustBeArray')}`);
  b.findings.forEach((e, i) => {
    for (const k of ['rule', 'file', 'message', 'fingerprint'] as const) {
      if (typeof (e as Partial<BaselineEntry>)?.[k] !== 'string') throw new BaselineError(`${file}: $.findings[${i}].${k} ${t('cli.mustBeString')}`);
    }
  });
  return b as Baseline;
}

export interface BaselineOutcome {
  /** Findings by document, without those the baseline accepts. */
  kept: Finding[][];
  suppressed: number;
  /**
   * Entries that matched no finding although their document was audited and their rule
   * ran: the defect was fixed (or the document changed), so the entry can go.
   */
  stale: BaselineEntry[];
}

/**
 * Applies a baseline. An entry suppresses the finding with its rule, file and fingerprint.
 * Staleness is judged only for documents and rules of this run, so auditing part of a
 * corpus against a whole-corpus baseline lists nothing as stale that was not looked at.
 */
export function applyBaseline(
  findingsByDocument: readonly Finding[][],
  baseline: Baseline,
  scope: { root: string; files: readonly string[]; rules: readonly string[] },
): BaselineOutcome {
  const key = (rule: string, file: string, fp: string): string => `${rule}\u0000${file}\u0000${fp}`;
  const accepted = new Map<string, BaselineEntry>(baseline.findings.map((e) => [key(e.rule, e.file, e.fingerprint), e]));
  const used = new Set<string>();
  let suppressed = 0;
  const kept = findingsByDocument.map((list) =>
    list.filter((f) => {
      if (f.fingerprint === undefined) return true;
      const k = key(f.ruleId, rootRelative(f.location.file, scope.root), f.fingerprint);
      if (!accepted.has(k)) return true;
      used.add(k);
      suppressed++;
      return false;
    }),
  );
  const files = new Set(scope.files.map((f) => rootRelative(f, scope.root)));
  const rules = new Set(scope.rules);
  const stale = baseline.findings.filter((e) => files.has(e.file) && rules.has(e.rule) && !used.has(key(e.rule, e.file, e.fingerprint)));
  return { kept, suppressed, stale: sortEntries(stale) };
}

/**
 * A baseline updated from this run: entries for documents and rules of the run are replaced
 * by the run's findings; entries for others (a folder not audited, a rule not run) stay, as
 * ESLint's --suppress-rule leaves other rules' suppressions alone.
 */
export function updateBaseline(
  previous: Baseline | null,
  current: BaselineEntry[],
  scope: { root: string; files: readonly string[]; rules: readonly string[] },
): BaselineEntry[] {
  const files = new Set(scope.files.map((f) => rootRelative(f, scope.root)));
  const rules = new Set(scope.rules);
  const kept = (previous?.findings ?? []).filter((e) => !(files.has(e.file) && rules.has(e.rule)));
  return sortEntries([...kept, ...current]);
}

/** The baseline without its stale entries. */
export function pruneBaseline(baseline: Baseline, stale: readonly BaselineEntry[]): BaselineEntry[] {
  const gone = new Set(stale.map((e) => `${e.rule}\u0000${e.file}\u0000${e.fingerprint}`));
  return baseline.findings.filter((e) => !gone.has(`${e.rule}\u0000${e.file}\u0000${e.fingerprint}`));
}
