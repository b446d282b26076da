import { parseArgs } from 'node:util';
import type { AuditResult } from '../report/types.js';
import { ConfigError } from '../config/config.js';
import { parseArgsMessage, rulesHelp, usage } from './help.js';
import { UsageError } from './usage-error.js';
import { LANGS, loadLang, setLang, t, type Lang } from '../messages/index.js';
import { packageVersion } from './version.js';
import { loadAll } from './load-all.js';
import type { Io } from './io.js';
import { inputsOf, STDIN_OPTIONS } from './inputs.js';
import { BaselineError } from '../findings/baseline.js';
import { choice, READ_OPTIONS, readOptionsOf } from './read-options.js';
import { formatNames } from './format-names.js';
import { documentsOnly } from './early-reads.js';
import { EXTRACT_OPTIONS } from './option-tables.js';

export type { Io } from './io.js';
import type { AuditRun } from '../run/audit.js';
import { AUDIT_RUN_OPTIONS, RUN_OPTIONS, RunOptionError, runSettingsOf } from '../run/options.js';
import { prestartReads } from '../run/read-all.js';

// Each command loads what only it needs (rules, configuration, printers, other commands) when
// it runs: start-up is a large part of reading one document, and `extract` needs none of them.
const formatsModule = () => import('./formats.js');
const rulesModule = () => import('../rules/index.js');


const defaultIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  progress: process.stderr,
};

function wholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(t('cli.wholeNumber', { option: name, got: value }));
  return Number(value);
}

/**
 * When every path names a document (no folder to walk), the reading threads start now and load
 * their modules while this thread loads the printers; otherwise readAll starts them.
 */
function prestart(positionals: string[], values: Parameters<typeof runSettingsOf>[0]): void {
  if (positionals.length === 0) return;
  try {
    if (!documentsOnly(positionals)) return;
    const run = runSettingsOf(values);
    prestartReads(positionals.length, { jobs: run.jobs, maxMemoryMb: run.maxMemoryMb });
  } catch {
    // A bad option is reported where it was before, when the command reads it.
  }
}

async function extract(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: EXTRACT_OPTIONS });
  prestart(positionals, values);
  const names = formatNames('extract');
  const format = choice('format', values.format, names, names[0]!);
  if (positionals.length === 0) throw new UsageError(t('usage.needsPaths', { command: 'extract' }));
  const run = runSettingsOf(values);
  const limits = readOptionsOf(values);
  const { files, stdin } = await inputsOf(positionals, values, limits.maxBytes, io);
  // JSON is printed on the reading threads, document by document; other formats print the models here.
  const print = format === 'json' ? 'extract-json' : undefined;
  const { docs, errors, printed } = await loadAll(files, limits, { jobs: run.jobs, maxMemoryMb: run.maxMemoryMb, progress: run.progress ? io.progress ?? null : null, stdin, print });
  for (const e of errors) io.err(`kronkoll: ${e.file}: ${e.reason}`);
  if (docs.length > 0 || (printed?.length ?? 0) > 0 || errors.length === 0) {
    // The printers are loaded only for a format this thread prints: JSON comes printed.
    io.out(print ? (await import('../report/extract-json.js')).joinExtractJson(printed ?? []) : (await formatsModule()).FORMATS.extract[format](docs));
  }
  return errors.length > 0 ? 2 : 0;
}

/** `audit PATH…`, and `merge RESULT…` (the same report over shard results). */
async function audit(args: string[], io: Io, merge = false): Promise<number> {
  const [{ rulesOff }, { rowQuotes }, { selectRules }, { ALL_RULES }, { FORMATS }, { ruleDocs }, { CI_OPTIONS, configFor, emit, exitCode, settleFindings, staleLines }, { runAudit }, { mergeShards }] =
    await Promise.all([
      import('../config/severity.js'),
      import('../report/row-quotes.js'),
      import('../rules/engine.js'),
      rulesModule(),
      formatsModule(),
      import('../messages/rules.js'),
      import('./audit-ci.js'),
      import('../run/audit.js'),
      import('./commands/merge.js'),
    ]);
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
      ...READ_OPTIONS,
      ...CI_OPTIONS,
      ...RUN_OPTIONS,
      ...AUDIT_RUN_OPTIONS,
      ...STDIN_OPTIONS,
    },
  });
  const names = formatNames('audit');
  const format = choice('format', values.format, names, names[0]!);
  const failOn = choice('fail-on', values['fail-on'], ['error', 'warning', 'never'] as const, 'error');
  const maxWarnings = values['max-warnings'] === undefined ? undefined : wholeNumber('max-warnings', values['max-warnings']);
  if (positionals.length === 0) throw new UsageError(merge ? t('cli.mergeNeedsShards') : t('usage.needsPaths', { command: 'audit' }));
  const known = (id: string): boolean => ALL_RULES.some((r) => r.meta.id === id || r.meta.id.startsWith(id.endsWith('/') ? id : `${id}/`));
  for (const id of [...(values.rule ?? []), ...(values.disable ?? [])]) {
    if (!known(id)) throw new UsageError(t('usage.unknownRule', { id }));
  }
  const config = await configFor(values, known);
  const rules = selectRules(ALL_RULES, values.rule ?? [], [...(values.disable ?? []), ...rulesOff(ALL_RULES, config.rules)]);
  const settings = runSettingsOf(values);
  let run: AuditRun;
  if (merge) run = await mergeShards(positionals, rules, packageVersion(), readOptionsOf(values), config);
  else {
    const limits = readOptionsOf(values);
    const { files, stdin } = await inputsOf(positionals, values, limits.maxBytes, io, { root: config.root, patterns: config.ignore });
    if (files.length === 0 && !values['no-error-on-unmatched']) {
      io.err(`kronkoll: ${t('cli.noDocuments', { paths: positionals.join(' ') })}`);
      return 2;
    }
    run = await runAudit(files, rules, limits, settings, packageVersion(), io.progress ?? null, config, stdin);
  }
  const { docs, byFile, errors } = run;
  const { findings, report } = settleFindings(docs, byFile, config, rules, values, io);
  const result: AuditResult = {
    // --quiet leaves out infos (checks that passed, readings worth knowing), as ESLint's --quiet does warnings.
    documents: docs.map((d, i) => ({
      file: d.file,
      findings: findings[i]!.filter((f) => !values.quiet || f.severity !== 'info'),
      // Read by the text format only, for a finding's context: a cached document loads its lines then.
      get lines() {
        return d.lines;
      },
      rows: rowQuotes(d),
    })),
    errors,
  };
  if (report) result.baseline = report;
  // A report written to a file is read later, not in a terminal: no colour.
  const color = values['output-file'] !== undefined ? false : values.color ? true : values['no-color'] ? false : io.color;
  emit(
    FORMATS.audit[format](result, { rules: rules.map((r) => ({ ...r.meta, ...ruleDocs(r.meta) })), docs, tool: { name: 'kronkoll', version: packageVersion() }, color, failOn }),
    values,
    io,
  );
  // Text prints unreadable files itself; GitHub annotates them.
  if (format !== 'text' && format !== 'github') for (const e of errors) io.err(`kronkoll: ${e.file}: ${e.reason}`);
  if (report && format !== 'json') for (const line of staleLines(report)) io.err(line);
  return exitCode(result, failOn, maxWarnings, io);
}

/** `--lang sv|en` anywhere on the line sets the language of the whole run; the rest is the command's. */
function takeLang(argv: string[]): { lang: Lang; line: string[] } {
  const out: string[] = [];
  let lang: Lang = 'sv';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[++i] : a.startsWith('--lang=') ? a.slice('--lang='.length) : null;
    if (value === null) {
      out.push(a);
      continue;
    }
    if (value === undefined || !(LANGS as readonly string[]).includes(value)) {
      setLang('sv');
      throw new UsageError(t('usage.choice', { option: 'lang', allowed: LANGS.join(', '), got: value ?? '' }));
    }
    lang = value as Lang;
  }
  return { lang, line: out };
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const { lang, line } = takeLang(argv);
    // Only the run's language is loaded (English is loaded only when asked for).
    await loadLang(lang);
    setLang(lang);
    const [command, ...rest] = line;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(usage());
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(packageVersion());
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(usage());
      return 0;
    }
    if (command === 'extract') return await extract(rest, io);
    if (command === 'audit') return await audit(rest, io);
    if (command === 'merge') return await audit(rest, io, true);
    if (command === 'framework') return await (await import('./commands/framework.js')).frameworkCommand(rest, io);
    if (command === 'explain') return await (await import('./commands/explain.js')).explainCommand(rest, io);
    if (command === 'regions') return await (await import('./commands/regions.js')).regionsCommand(rest, io);
    if (command === 'rules') {
      io.out(rulesHelp((await rulesModule()).ALL_RULES));
      return 0;
    }
    throw new UsageError(t('usage.unknownCommand', { command }));
  } catch (e) {
    // Only `merge` throws MergeError, and its module is loaded by then.
    const mergeError = argv.includes('merge') && e instanceof (await import('./commands/merge.js')).MergeError;
    if (e instanceof ConfigError || e instanceof BaselineError || mergeError) {
      io.err(`kronkoll: ${e.message}`);
      return 2;
    }
    if (e instanceof RunOptionError) {
      io.err(`kronkoll: ${e.message}\n${usage().split('\n').slice(2, 6).join('\n')}`);
      return 2;
    }
    if (e instanceof UsageError || (e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`kronkoll: ${e instanceof UsageError ? e.message : parseArgsMessage(e)}\n${usage().split('\n').slice(2, 6).join('\n')}`);
      return 2;
    }
    io.err(`kronkoll: ${t('usage.internal', { reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) })}`);
    return 2;
  }
}
