import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, type Config } from '../config/config.js';
import { defaultConfig, findConfig, loadConfig } from '../config/load.js';
import { applyBaseline, DEFAULT_BASELINE, entriesFor, pruneBaseline, readBaseline, updateBaseline, writeBaseline, type BaselineEntry } from '../findings/baseline.js';
import { applySeverities } from '../config/severity.js';
import { assignFingerprints } from '../findings/fingerprint.js';
import type { Document } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import type { AuditResult, BaselineReport } from '../report/types.js';
import { ALL_RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import type { Io } from './io.js';
import { t } from '../messages/index.js';

/** The options CI jobs use on `audit`: configuration, baseline, output file, gates. */
export const CI_OPTIONS = {
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'prune-baseline': { type: 'boolean' },
  'output-file': { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  'no-error-on-unmatched': { type: 'boolean' },
} as const;

export interface CiValues {
  config?: string;
  baseline?: string;
  'update-baseline'?: boolean;
  'prune-baseline'?: boolean;
  'output-file'?: string;
  'max-warnings'?: string;
  'no-error-on-unmatched'?: boolean;
}

/** `--config FILE`, else the nearest kronkoll.config.json above the working directory, else defaults. */
export async function configFor(values: CiValues, knownRule: (id: string) => boolean, cwd = process.cwd()): Promise<Config> {
  const file = values.config ?? findConfig(cwd);
  return file === null ? defaultConfig(cwd) : loadConfig(file, knownRule);
}

export { ConfigError };

/**
 * `--baseline`, `--update-baseline`, `--prune-baseline`, applied to fingerprinted findings
 * (by document, in place of the list given). Updating writes every error and warning of
 * this run (keeping entries for documents and rules outside it) and so reports none of them;
 * pruning drops the stale entries and keeps the rest.
 */
export function baselineStep(
  values: CiValues,
  findingsByDocument: Finding[][],
  scope: { root: string; files: readonly string[]; rules: readonly string[] },
  io: Io,
): { findings: Finding[][]; report?: BaselineReport } {
  const update = values['update-baseline'] === true;
  const prune = values['prune-baseline'] === true;
  if (values.baseline === undefined && !update && !prune) return { findings: findingsByDocument };
  const file = values.baseline ?? DEFAULT_BASELINE;
  let written: BaselineEntry[] | undefined;
  if (update) {
    written = updateBaseline(existsSync(file) ? readBaseline(file) : null, entriesFor(findingsByDocument.flat(), scope.root), scope);
    writeBaseline(file, written);
  }
  const baseline = written ? { version: 1 as const, findings: written } : readBaseline(file);
  const outcome = applyBaseline(findingsByDocument, baseline, scope);
  if (prune && !update) {
    const kept = pruneBaseline(baseline, outcome.stale);
    writeBaseline(file, kept);
    io.err(`kronkoll: ${file}: ${t('cli.baselinePruned', { removed: outcome.stale.length, kept: kept.length })}`);
    return { findings: outcome.kept, report: { file, suppressed: outcome.suppressed, stale: [] } };
  }
  if (update) io.err(`kronkoll: ${file}: ${t('cli.baselineWritten', { count: written!.length })}`);
  return { findings: outcome.kept, report: { file, suppressed: outcome.suppressed, stale: outcome.stale } };
}

/**
 * After the rules, once and in this order: the configured levels, the fingerprints, the
 * baseline. Findings come back by document, in the order of `docs`.
 */
export function settleFindings(
  docs: readonly Document[],
  byFile: ReadonlyMap<string, Finding[]>,
  config: Config,
  ran: readonly Rule[],
  values: CiValues,
  io: Io,
): { findings: Finding[][]; report?: BaselineReport } {
  const found = docs.map((d) => byFile.get(d.file) ?? []);
  applySeverities(found, ALL_RULES, config.rules);
  assignFingerprints(found, config.root, docs);
  const scope = { root: config.root, files: docs.map((d) => d.file), rules: ran.map((r) => r.meta.id) };
  return baselineStep(values, found, scope, io);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** 2 for unreadable input; 1 for a finding at the --fail-on level or more warnings than --max-warnings; else 0. */
export function exitCode(result: AuditResult, failOn: Severity | 'never', maxWarnings: number | undefined, io: Io): number {
  if (result.errors.length > 0) return 2;
  const all = result.documents.flatMap((d) => d.findings);
  if (failOn !== 'never' && all.some((f) => RANK[f.severity] <= RANK[failOn])) return 1;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.err(`kronkoll: ${t('cli.maxWarnings', { warnings, max: maxWarnings })}`);
    return 1;
  }
  return 0;
}

/** Stale entries as one line each, for standard error in text mode. */
export function staleLines(report: BaselineReport): string[] {
  if (report.stale.length === 0) return [];
  return [
    `kronkoll: ${report.file}: ${t('cli.baselineStale', { count: report.stale.length })}`,
    ...report.stale.map((e) => `  ${e.file}: ${e.rule} ${e.fingerprint}: ${e.message}`),
  ];
}

/** Writes to `-o FILE` (creating its folder) or to standard output. */
export function emit(text: string, values: CiValues, io: Io): void {
  const file = values['output-file'];
  if (file === undefined) {
    if (text !== '') io.out(text);
    return;
  }
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, text);
}
