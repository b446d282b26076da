import type { Finding, Severity } from '../model/finding.js';
import type { Rule } from '../rules/types.js';
import type { RuleSetting } from './config.js';

/** A rule's setting: its id if configured, else its family ("table/" or "table"), else none. */
export function settingFor(id: string, rules: Record<string, RuleSetting>): RuleSetting | undefined {
  if (rules[id] !== undefined) return rules[id];
  const family = id.split('/')[0]!;
  return rules[`${family}/`] ?? rules[family];
}

/** Rules a configuration turns off. */
export function rulesOff(all: readonly Rule[], rules: Record<string, RuleSetting>): string[] {
  return all.filter((r) => settingFor(r.meta.id, rules) === 'off').map((r) => r.meta.id);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The configured level replaces the rule's default: findings at the default level take
 * it. A finding the rule itself put lower (a warning for an uncertain reading, an info for
 * a check that passed within rounding) keeps its level and is never raised above the
 * configured one: configuration says how much a rule matters, not how certain it is.
 */
export function applySeverity(f: Finding, defaultSeverity: Severity, setting: RuleSetting | undefined): Severity {
  if (setting === undefined || setting === 'off') return f.severity;
  if (f.severity === defaultSeverity) return setting;
  return RANK[f.severity] > RANK[setting] ? f.severity : setting;
}

/** Applies the configured levels to every finding, in place. */
export function applySeverities(findingsByDocument: Iterable<Finding[]>, all: readonly Rule[], rules: Record<string, RuleSetting>): void {
  if (Object.keys(rules).length === 0) return;
  const defaults = new Map(all.map((r) => [r.meta.id, r.meta.severity]));
  for (const findings of findingsByDocument) {
    for (const f of findings) {
      const def = defaults.get(f.ruleId);
      if (def !== undefined) f.severity = applySeverity(f, def, settingFor(f.ruleId, rules));
    }
  }
}
