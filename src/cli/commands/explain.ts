import { parseArgs } from 'node:util';
import { explain } from '../../corpus/explain.js';
import { FORMATS, formatNames } from '../formats.js';
import type { Io } from '../io.js';
import { loadAll } from '../load-all.js';
import { expandPaths } from '../walk.js';
import { loadRuleContext } from '../../corpus/context.js';

/** `kronkoll explain PATH… [--format text|json]`: the reconciliation tree of a run. */
export async function explainCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' } } });
  const names = formatNames('explain');
  const format = values.format ?? names[0]!;
  if (!(names as string[]).includes(format)) {
    io.err(`kronkoll: --format must be one of ${names.join(', ')} (got '${format}')`);
    return 2;
  }
  if (positionals.length === 0) {
    io.err('kronkoll: explain needs at least one file or directory');
    return 2;
  }
  const { docs, errors } = await loadAll(await expandPaths(positionals));
  for (const e of errors) io.err(`kronkoll: ${e.file}: ${e.reason}`);
  const e = explain(docs, loadRuleContext(docs.map((d) => d.file)));
  io.out(FORMATS.explain[format as keyof typeof FORMATS.explain](e));
  return errors.length > 0 ? 2 : 0;
}
