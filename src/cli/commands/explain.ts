import { parseArgs } from 'node:util';
import { explain } from '../../corpus/explain.js';
import { formatExplainJson } from '../../report/explain-json.js';
import { formatExplainText } from '../../report/explain-text.js';
import type { Io } from '../io.js';
import { loadAll } from '../load-all.js';
import { expandPaths } from '../walk.js';
import { loadRuleContext } from '../../corpus/context.js';
import { t } from '../../messages/index.js';
import { formatExplainHtml } from '../../report/explain-html.js';
import { runRules } from '../../rules/engine.js';
import { ALL_RULES } from '../../rules/index.js';
import { UsageError } from '../usage-error.js';

/** `kronkoll explain PATH… [--format text|json|html]`: the reconciliation tree of a run. */
export async function explainCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' } } });
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'html') throw new UsageError(t('usage.choice', { option: 'format', allowed: 'text, json, html', got: format }));
  if (positionals.length === 0) throw new UsageError(t('usage.needsPaths', { command: 'explain' }));
  const { docs, errors } = await loadAll(await expandPaths(positionals));
  for (const e of errors) io.err(`kronkoll: ${e.file}: ${e.reason}`);
  const context = loadRuleContext(docs.map((d) => d.file));
  const e = explain(docs, context);
  // The audit of the same run, so that what explain leaves unreconciled is tied to its finding.
  const findings = runRules(docs, ALL_RULES, context);
  io.out(format === 'json' ? formatExplainJson(e) : format === 'html' ? formatExplainHtml(e, docs, findings) : formatExplainText(e, findings));
  return errors.length > 0 ? 2 : 0;
}
