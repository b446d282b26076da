import { workerData } from 'node:worker_threads';
import { loadRuleContext } from '../corpus/context.js';
import { loadDocument } from '../document/load.js';
import type { Finding } from '../model/finding.js';
import { ReadError } from '../readers/read-error.js';
import type { ReadLimits } from '../readers/read-limits.js';
import { runRules } from '../rules/engine.js';
import { ALL_RULES } from '../rules/index.js';
import type { Rule, RuleContext } from '../rules/types.js';
import { serialiseDocument, type PlainDocument } from './serialise.js';

/** What every worker of a run knows: which document rules to run, and where the rule context comes from. */
export interface WorkerSetup {
  /** Ids of the document rules to run on each document, in run order; empty for `extract`. */
  ruleIds: string[];
  /** Files whose folders hold the rule context (frames, reference data); see contextFiles(). */
  contextFiles: string[];
}

export interface ReadTask {
  file: string;
  limits: ReadLimits;
}

export type ReadOutcome =
  | { ok: true; doc: PlainDocument; findings: Finding[] }
  | { ok: false; reason: string };

const setup = (workerData ?? { ruleIds: [], contextFiles: [] }) as WorkerSetup;
const rules: Rule[] = ALL_RULES.filter((r) => r.scope === 'document' && setup.ruleIds.includes(r.meta.id));
// Built on first use: the same inputs give the same context as the main thread's.
let context: RuleContext | null = null;

/**
 * Reads one document, builds its model and runs the document rules on it: all the work the
 * limits cover, on this thread, so that the pool can stop it. The model goes back as plain data.
 */
export default async function readOne(task: ReadTask): Promise<ReadOutcome> {
  try {
    const doc = await loadDocument(task.file, task.limits);
    let findings: Finding[] = [];
    if (rules.length > 0) {
      context ??= loadRuleContext(setup.contextFiles);
      findings = runRules([doc], rules, context).get(doc.file) ?? [];
    }
    return { ok: true, doc: serialiseDocument(doc), findings };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, reason: e.reason };
    return { ok: false, reason: `could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
}
