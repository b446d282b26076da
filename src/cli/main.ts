import { parseArgs } from 'node:util';
import type { Severity } from '../model/finding.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../readers/read-limits.js';
import { rowQuotes } from '../report/row-quotes.js';
import type { AuditResult } from '../report/types.js';
import { runRules, selectRules } from '../rules/engine.js';
import { ALL_RULES } from '../rules/index.js';
import { explainCommand } from './commands/explain.js';
import { frameworkCommand } from './commands/framework.js';
import { FORMATS, formatNames } from './formats.js';
import { rulesHelp, USAGE } from './help.js';
import { packageVersion } from './version.js';
import { loadAll } from './load-all.js';
import type { Io } from './io.js';
import { expandPaths } from './walk.js';

export type { Io } from './io.js';
import { loadRuleContext } from '../corpus/context.js';


const defaultIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

class UsageError extends Error {}

/** Options every reading command takes: limits on what one document may cost. */
const LIMIT_OPTIONS = {
  'max-pages': { type: 'string' },
  timeout: { type: 'string' },
  'max-size': { type: 'string' },
} as const;

function positive(name: string, value: string | undefined, fallback: number, scale = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number (got '${value}')`);
  return n * scale;
}

function limitsOf(values: { 'max-pages'?: string; timeout?: string; 'max-size'?: string }): ReadLimits {
  return {
    maxPages: Math.floor(positive('max-pages', values['max-pages'], DEFAULT_LIMITS.maxPages)),
    timeoutMs: positive('timeout', values.timeout, DEFAULT_LIMITS.timeoutMs, 1000),
    maxBytes: Math.floor(positive('max-size', values['max-size'], DEFAULT_LIMITS.maxBytes, 1024 * 1024)),
  };
}


function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
}

async function extract(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' }, ...LIMIT_OPTIONS } });
  const names = formatNames('extract');
  const format = choice('format', values.format, names, names[0]!);
  if (positionals.length === 0) throw new UsageError('extract needs at least one file');
  const { docs, errors } = await loadAll(await expandPaths(positionals), limitsOf(values));
  for (const e of errors) io.err(`kronkoll: ${e.file}: ${e.reason}`);
  if (docs.length > 0 || errors.length === 0) {
    io.out(FORMATS.extract[format](docs));
  }
  return errors.length > 0 ? 2 : 0;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

async function audit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
      rule: { type: 'string', multiple: true },
      disable: { type: 'string', multiple: true },
      'no-color': { type: 'boolean' },
      color: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      ...LIMIT_OPTIONS,
    },
  });
  const names = formatNames('audit');
  const format = choice('format', values.format, names, names[0]!);
  const failOn = choice('fail-on', values['fail-on'], ['error', 'warning', 'never'] as const, 'error');
  if (positionals.length === 0) throw new UsageError('audit needs at least one file or directory');
  const known = (id: string): boolean => ALL_RULES.some((r) => r.meta.id === id || r.meta.id.startsWith(id.endsWith('/') ? id : `${id}/`));
  for (const id of [...(values.rule ?? []), ...(values.disable ?? [])]) {
    if (!known(id)) throw new UsageError(`unknown rule '${id}' (see 'kronkoll rules')`);
  }
  const rules = selectRules(ALL_RULES, values.rule ?? [], values.disable ?? []);
  const { docs, errors } = await loadAll(await expandPaths(positionals), limitsOf(values));
  const byFile = runRules(docs, rules, loadRuleContext(docs.map((d) => d.file)));
  const result: AuditResult = {
    // --quiet leaves out infos (checks that passed, readings worth knowing), as ESLint's --quiet does warnings.
    documents: docs.map((d) => ({ file: d.file, findings: (byFile.get(d.file) ?? []).filter((f) => !values.quiet || f.severity !== 'info'), lines: d.lines, rows: rowQuotes(d) })),
    errors,
  };
  const color = values.color ? true : values['no-color'] ? false : io.color;
  io.out(FORMATS.audit[format](result, { rules: rules.map((r) => r.meta), tool: { name: 'kronkoll', version: packageVersion() }, color }));
  if (format !== 'text') for (const e of errors) io.err(`kronkoll: ${e.file}: ${e.reason}`);
  if (errors.length > 0) return 2;
  if (failOn === 'never') return 0;
  const hit = result.documents.some((d) => d.findings.some((f) => RANK[f.severity] <= RANK[failOn]));
  return hit ? 1 : 0;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(packageVersion());
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    if (command === 'extract') return await extract(rest, io);
    if (command === 'audit') return await audit(rest, io);
    if (command === 'framework') return await frameworkCommand(rest, io);
    if (command === 'explain') return await explainCommand(rest, io);
    if (command === 'rules') {
      io.out(rulesHelp(ALL_RULES));
      return 0;
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`kronkoll: ${e.message}\n${USAGE.split('\n').slice(2, 6).join('\n')}`);
      return 2;
    }
    io.err(`kronkoll: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return 2;
  }
}
