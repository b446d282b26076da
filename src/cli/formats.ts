import type { Explanation } from '../corpus/explain.js';
import type { Document } from '../model/document.js';
import { formatAuditJson } from '../report/audit-json.js';
import { formatAuditSarif } from '../report/audit-sarif.js';
import { formatAuditText } from '../report/audit-text.js';
import { formatExplainJson } from '../report/explain-json.js';
import { formatExplainText } from '../report/explain-text.js';
import { formatExtractCsv } from '../report/extract-csv.js';
import { formatExtractJson } from '../report/extract-json.js';
import { formatExtractText } from '../report/extract-text.js';
import type { AuditResult } from '../report/types.js';
import type { RuleMeta } from '../rules/types.js';

/** What an audit printer may use besides the result: the rules that ran, the tool, colour. */
export interface AuditOutput {
  rules: readonly RuleMeta[];
  tool: { name: 'kronkoll'; version: string };
  color: boolean;
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
  },
  explain: {
    text: (e: Explanation) => formatExplainText(e),
    json: (e: Explanation) => formatExplainJson(e),
  },
} as const;

export type Command = keyof typeof FORMATS;
export type FormatOf<C extends Command> = keyof (typeof FORMATS)[C] & string;

/** The format names of a command, the default first. */
export function formatNames<C extends Command>(command: C): FormatOf<C>[] {
  return Object.keys(FORMATS[command]) as FormatOf<C>[];
}
