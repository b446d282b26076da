import { parseArgs } from 'node:util';
import { explain } from '../../corpus/explain.js';
import { loadRuleContext } from '../../corpus/context.js';
import { t } from '../../messages/index.js';
import { runRules } from '../../rules/engine.js';
import { ALL_RULES } from '../../rules/index.js';
import { FORMATS, formatNames } from '../formats.js';
import type { Io } from '../io.js';
import { loadAll } from '../load-all.js';
import { UsageError } from '../usage-error.js';
import { inputsOf, STDIN_OPTIONS } from '../inputs.js';
import { READ_OPTIONS, readOptionsOf } from '../read-options.js';

/** `kronkoll explain PATH… [--format text|json|html]`: the reconciliation tree of a run. */
export async function explainCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' }, ...READ_OPTIONS, ...STDIN_OPTIONS } });
  const names = formatNames('explain');
  const format = values.format ?? names[0]!;
  if (!(names as string[]).includes(format)) throw new UsageError(t('usage.choice', { option: 'format', allowed: names.join(', '), got: format }));
  if (positionals.length === 0) throw new UsageError(t('usage.needsPaths', { command: 'explain' }));
  const limits = readOptionsOf(values);
  const { files, stdin } = await inputsOf(positionals, values, limits.maxBytes, io);
  const { docs, errors } = await loadAll(files, limits, { stdin });
  for (const e of errors) io.err(`kronkoll: ${e.file}: ${e.reason}`);
  const context = loadRuleContext(docs.map((d) => d.file));
  const e = explain(docs, context);
  // The audit of the same run, so that what explain leaves unreconciled is tied to its finding.
  const findings = runRules(docs, ALL_RULES, context);
  io.out(FORMATS.explain[format as keyof typeof FORMATS.explain](e, { docs, findings }));
  return errors.length > 0 ? 2 : 0;
}
