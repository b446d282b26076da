import type { Document } from '../model/document.js';
import type { RuleContext } from '../corpus/context.js';
import type { Finding, Severity } from '../model/finding.js';

/**
 * What rules may know besides the documents: pinned frames and reference data, read at the
 * input stage (src/corpus/context.ts) so that no rule reads files itself.
 */
export type { RuleContext };

/** What every rule declares about itself (printed by --help, carried into SARIF). */
export interface RuleMeta {
  /** `family/name`, e.g. `table/column-total`. */
  id: string;
  description: string;
  severity: Severity;
  /** Longer text: what the rule checks, what it tolerates, how to fix a finding. */
  docs: string;
}

/** A finding as a rule reports it; the engine fills in ruleId and the default severity. */
export type RuleFinding = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface DocumentRule {
  meta: RuleMeta;
  scope: 'document';
  check(doc: Document, context: RuleContext): RuleFinding[];
}

/** Sees every document of the run at once (linking by dnr, frameworks). */
export interface CorpusRule {
  meta: RuleMeta;
  scope: 'corpus';
  /** Findings are attributed to the document whose file is in their location. */
  check(docs: readonly Document[], context: RuleContext): RuleFinding[];
}

export type Rule = DocumentRule | CorpusRule;
