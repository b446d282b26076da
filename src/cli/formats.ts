import type { Explanation } from '../corpus/explain.js';
import type { Document } from '../model/document.js';
import type { Severity } from '../model/finding.js';
import { formatAuditGithub } from '../report/audit-github.js';
import { formatAuditJson } from '../report/audit-json.js';
import { formatAuditJunit } from '../report/audit-junit.js';
import { formatAuditSarif } from '../report/audit-sarif.js';
import { formatAuditText } from '../report/audit-text.js';
import { formatAuditHtml } from '../report/audit-html.js';
import { formatExplainHtml } from '../report/explain-html.js';
import { formatRegionsJson } from '../report/regions-json.js';
import { formatTidyCsv } from '../report/regions-csv.js';
import type { TidyRow } from '../report/regions-rows.js';
import { formatRegionsText } from '../report/regions-text.js';
import type { Finding } from '../model/finding.js';
import { formatExplainJson } from '../report/explain-json.js';
import { formatExplainText } from '../report/explain-text.js';
import { formatExtractCsv } from '../report/extract-csv.js';
import { formatExtractJson } from '../report/extract-json.js';
import { formatExtractText } from '../report/extract-text.js';
import type { AuditResult } from '../report/types.js';
import type { RuleMeta } from '../rules/types.js';
import type { Command, FormatOf } from './format-names.js';

export { formatNames, type Command, type FormatOf } from './format-names.js';

/** What an audit printer may use besides the result: the rules that ran, the tool, colour, the failing level, the documents (HTML). */
export interface AuditOutput {
  rules: readonly RuleMeta[];
  tool: { name: 'kronkoll'; version: string };
  color: boolean;
  failOn: Severity | 'never';
  docs: readonly Document[];
}

/** What an explain printer may use besides the explanation: the documents and the run's audit findings. */
export interface ExplainOutput {
  docs: readonly Document[];
  findings: ReadonlyMap<string, readonly Finding[]>;
}

/**
 * Every output format of every command, the first of each being the default. Adding a format
 * is one entry here plus the printer's own file in src/report/; `--format` accepts the keys.
 */
export const FORMATS = {
  extract: {
    json: (docs: readonly Document[]) => formatExtractJson(docs),
    csv: (docs: readonly Document[]) => formatExtractCsv(docs),
    text: (docs: readonly Document[]) => formatExtractText(docs),
  },
  audit: {
    text: (result: AuditResult, o: AuditOutput) => formatAuditText(result, { color: o.color }),
    json: (result: AuditResult) => formatAuditJson(result),
    sarif: (result: AuditResult, o: AuditOutput) => formatAuditSarif(result, o.rules, o.tool),
    junit: (result: AuditResult, o: AuditOutput) => formatAuditJunit(result, { failOn: o.failOn }),
    github: (result: AuditResult) => formatAuditGithub(result),
    html: (result: AuditResult, o: AuditOutput) =>
      formatAuditHtml({ docs: o.docs, findings: new Map(result.documents.map((d) => [d.file, d.findings])), errors: result.errors }),
  },
  explain: {
    text: (e: Explanation, o: ExplainOutput) => formatExplainText(e, o.findings),
    json: (e: Explanation) => formatExplainJson(e),
    html: (e: Explanation, o: ExplainOutput) => formatExplainHtml(e, o.docs, o.findings),
  },
  regions: {
    text: (rows: readonly TidyRow[]) => formatRegionsText(rows),
    csv: (rows: readonly TidyRow[]) => formatTidyCsv(rows),
    json: (rows: readonly TidyRow[]) => formatRegionsJson(rows),
  },
} as const satisfies { [C in Command]: Record<FormatOf<C>, unknown> };
