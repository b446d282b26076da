/**
 * V8 flags that make a CLI run compile code with TurboFan later than V8's defaults do.
 *
 * A kronkoll run is short: a PDF of 180 pages is read, modelled and printed in under a second,
 * and most functions are hot only for part of that. With V8's defaults TurboFan compiles many
 * of them and the process spends more CPU compiling than the optimised code then saves; waiting
 * for more work before optimising compiles only what stays hot (docs/benchmarks.md has the
 * figures). Long runs are not held back: a function still gets optimised once it has done that
 * much more work.
 *
 * The counter's flag changed between V8 majors (V8 11, Node 20, counts bytecode run; V8 12 and
 * later, Node 22 on, count calls), so it is chosen by the running V8. Only the majors it was
 * measured on get a flag: V8 prints an error for a flag it does not know.
 */
import v8 from 'node:v8';

/** Bytecode run before V8 11 considers a function for TurboFan (its default: 67 584). */
const V8_11_INTERRUPT_BUDGET = 600_000;
/** Calls before V8 12 and 13 optimise a function with TurboFan (their default: 3 000). */
const V8_12_TURBOFAN_CALLS = 30_000;

/** The flags for a V8 version string such as "11.3.244.8-node.38"; none for an unknown major. */
export function tieringFlags(v8Version: string): string[] {
  const major = Number(/^(\d+)\./.exec(v8Version)?.[1]);
  if (major === 11) return [`--interrupt-budget=${V8_11_INTERRUPT_BUDGET}`];
  if (major === 12 || major === 13) return [`--invocation-count-for-turbofan=${V8_12_TURBOFAN_CALLS}`];
  return [];
}

/**
 * Sets the flags for this process. Called by the command-line entry before any document is read;
 * the reading threads, started later, share the process's V8 flags.
 */
export function tierLater(): void {
  for (const flag of tieringFlags(process.versions.v8)) v8.setFlagsFromString(flag);
}
