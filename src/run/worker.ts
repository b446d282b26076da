import { containPdfjsRejections } from './pdfjs-rejections.js';
import { loadDocument, type Source } from '../document/load.js';
import type { Finding } from '../model/finding.js';
import { ReadError } from '../readers/read-error.js';
import { loadLang, setLang, t, type Lang } from '../messages/index.js';
import type { ReadOptions } from '../readers/read-limits.js';
import type { Rule, RuleContext } from '../rules/types.js';
import { fromPlainData, serialiseDocument, type PlainDocument } from './serialise.js';
import { documentJsonText } from '../report/extract-json.js';

/** What the document rules of a run need: which rules, and the rule context (as plain data). */
export interface RuleSetup {
  /** Identifies this setup, so a worker rebuilds rules and context only when it changes. */
  key: string;
  /** Ids of the document rules to run on each document, in run order; empty for `extract`. */
  ruleIds: string[];
  /** The run's RuleContext as toPlainData made it (it holds Decimals and a Map). */
  context: unknown;
}

export interface ReadTask {
  file: string;
  /** The bytes of a document that is not a file (standard input), with the extension of its reader. */
  source?: Source;
  limits: ReadOptions;
  /** The run's language: reasons, page errors and findings are written in it. */
  lang: Lang;
  setup: RuleSetup;
  /** Where this worker writes when it starts the task (Date.now() into a shared Float64Array): the deadline counts from there. */
  clock: { buffer: SharedArrayBuffer; slot: number };
  /**
   * 'extract-json': the document goes back as its part of `extract --format json`, printed
   * here, instead of as the model: copying the model to the main thread and rebuilding it there
   * cost more than printing it.
   */
  print?: 'extract-json';
}

export type ReadOutcome =
  | { ok: true; doc: PlainDocument; findings: Finding[] }
  | { ok: true; printed: string; findings: Finding[] }
  | { ok: false; reason: string };

containPdfjsRejections();

/** How much later than the pool's deadline the reader's own deadline falls. */
const READER_GRACE_MS = 1000;

let current: { key: string; rules: Rule[]; context: RuleContext } | null = null;

async function rulesFor(setup: RuleSetup): Promise<{ rules: Rule[]; context: RuleContext }> {
  if (current?.key !== setup.key) {
    // Loaded with the first setup that has rules: `extract` runs none and never loads them.
    const { ALL_RULES } = setup.ruleIds.length > 0 ? await import('../rules/index.js') : { ALL_RULES: [] as Rule[] };
    const rules = ALL_RULES.filter((r) => r.scope === 'document' && setup.ruleIds.includes(r.meta.id));
    current = { key: setup.key, rules, context: fromPlainData<RuleContext>(setup.context) };
  }
  return current;
}

/**
 * Reads one document, builds its model and runs the document rules on it: all the work the
 * limits cover, on this thread, so that the pool can stop it. The model goes back as plain data.
 */
export default async function readOne(task: ReadTask): Promise<ReadOutcome> {
  new Float64Array(task.clock.buffer)[task.clock.slot] = Date.now();
  // Only the run's language is loaded: a Swedish run's threads never load the English catalogue.
  await loadLang(task.lang);
  setLang(task.lang);
  try {
    // The pool keeps the deadline (it stops this thread); the reader's own check comes a moment
    // later, so that one timeout gives one reason, whichever phase the document was in.
    const doc = await loadDocument(task.file, { ...task.limits, timeoutMs: task.limits.timeoutMs + READER_GRACE_MS }, task.source);
    const { rules, context } = await rulesFor(task.setup);
    const findings = rules.length > 0 ? ((await import('../rules/engine.js')).runRules([doc], rules, context).get(doc.file) ?? []) : [];
    if (task.print === 'extract-json') return { ok: true, printed: documentJsonText(doc), findings };
    return { ok: true, doc: serialiseDocument(doc), findings };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, reason: e.reason };
    return { ok: false, reason: t('input.other', { reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) }) };
  }
}
