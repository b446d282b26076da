import { pathToFileURL } from 'node:url';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import { regexSites } from './regex-sources.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FOLDERS = ['src', 'grammars'];
// Fixed seed: recheck's fuzz checker is random, and a verdict must not change between runs.
const PARAMS = { timeout: 20_000, randomSeed: 20261128 } as const;

export interface Pattern {
  source: string;
  flags: string;
  /** Where it is written ("src/x.ts:12"), or built ("new RegExp in src/x.ts"). */
  where: string;
}

export const patternKey = (p: { source: string; flags: string }): string => `/${p.source}/${p.flags}`;

/**
 * Every pattern kronkoll can run on document text: the literals in src/ and grammars/, and the
 * patterns built with `new RegExp`, recorded while the modules that build them load (every such
 * call site builds at load time; `constructorSites` lets a test hold that true).
 */
export async function allPatterns(): Promise<{ patterns: Pattern[]; unbuiltSites: string[] }> {
  const sites = regexSites(ROOT, FOLDERS);
  const patterns: Pattern[] = sites
    .filter((s) => s.kind === 'literal')
    .map((s) => ({ source: s.source!, flags: s.flags!, where: `${s.file}:${s.line}` }));
  const builders = [...new Set(sites.filter((s) => s.kind === 'constructor').map((s) => s.file))];
  const Original = globalThis.RegExp;
  const builtAt = new Set<string>();
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = new target(...args);
      // The caller's place, from the stack: which call site built it.
      // "at f (file:///…/x.ts:12:5)", or "at file:///…/x.ts:12:5" for a module's top level.
      const frame = /(?:\(|at )(?:file:\/\/)?([^()\s]+):(\d+):\d+\)?$/.exec(new Error().stack!.split('\n')[2] ?? '');
      const where = frame ? `${relative(ROOT, frame[1]!.replace(/\?.*$/, ''))}:${frame[2]}` : 'unknown place';
      builtAt.add(where);
      patterns.push({ source: made.source, flags: made.flags, where: `new RegExp at ${where}` });
      return made;
    },
  });
  try {
    // A fresh instance of each module (the query makes it a new one): the test files share modules,
    // so one loaded earlier would not build its patterns again under the proxy.
    const fresh = Date.now();
    for (const file of builders) await import(`${pathToFileURL(join(ROOT, file)).href}?redos=${fresh}`);
  } finally {
    globalThis.RegExp = Original;
  }
  const unique = [...new Map(patterns.map((p) => [patternKey(p), p])).values()];
  const unbuiltSites = sites.filter((s) => s.kind === 'constructor').map((s) => `${s.file}:${s.line}`).filter((w) => !builtAt.has(w));
  return { patterns: unique, unbuiltSites };
}

/** recheck's verdict: 'safe', or why not. One at a time: parallel checks starve each other into time-outs. */
export async function verdict(source: string, flags: string): Promise<string> {
  let d = await check(source, flags, PARAMS);
  // A time-out says nothing about the pattern; the automaton checker decides most patterns
  // without look-arounds quickly, the fuzz checker the rest.
  if (d.status === 'unknown') d = await check(source, flags, { ...PARAMS, timeout: 60_000, checker: 'automaton' });
  if (d.status === 'unknown') d = await check(source, flags, { ...PARAMS, timeout: 60_000, checker: 'fuzz' });
  if (d.status === 'unknown') return `unknown (${d.error.kind})`;
  if (d.status === 'safe') return 'safe';
  // The fuzz checker reports growth it saw on short inputs, which bounded repetition ({0,120})
  // also shows; run its attack at two sizes and call the pattern vulnerable only if the time
  // grows faster than the input.
  if (d.complexity.isFuzz && growsLinearly(source, flags, d.attack)) return 'safe';
  return `vulnerable (${d.complexity.summary}); attack ${d.attack.pattern}`;
}

interface Attack {
  pumps: Array<{ prefix: string; pump: string }>;
  suffix: string;
}

function attackOf(attack: Attack, times: number): string {
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + attack.suffix;
}

function timeOf(re: RegExp, text: string): number {
  const started = performance.now();
  if (re.global) text.match(re);
  else {
    re.lastIndex = 0;
    re.exec(text);
  }
  return performance.now() - started;
}

/**
 * Time at n and 4n pumps, n grown until a run takes 30 ms, the fastest of five runs each (a
 * busy machine only ever adds time): linear growth gives about 4, quadratic 16.
 */
function growsLinearly(source: string, flags: string, attack: Attack): boolean {
  const re = new RegExp(source, flags);
  let n = 1000;
  while (timeOf(re, attackOf(attack, n)) < 30 && n < 4_000_000) n *= 2;
  const fastest = (times: number): number => Math.min(...[0, 1, 2, 3, 4].map(() => timeOf(re, attackOf(attack, times))));
  // A busy machine can slow every run at 4n and none at n: up to three tries, linear if any
  // shows it (a pattern that really grows faster shows about 16 in every try).
  for (let attempt = 0; attempt < 3; attempt++) if (fastest(n * 4) / Math.max(fastest(n), 0.01) < 9) return true;
  return false;
}
