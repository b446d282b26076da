/**
 * The loop the generating text benchmarks share (text-tables, region-lists): make each sample
 * from its seed, with its mutant; print both in every rendering to files; score the pair; and
 * keep the features seen, the false errors and a few wrong readings per rendering for the report.
 * What is tallied, and how it is printed, is each benchmark's own.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/model/finding.js';

export interface Sample {
  id: string;
  features: string[];
}

export interface SampleScore {
  falseErrors: Finding[];
  notes: string[];
  /** Null when the sample has no mutant. */
  flagged: boolean | null;
  readError?: string;
}

export interface RoundTripSetup<T extends Sample, R extends string, S extends SampleScore> {
  count: number;
  seed: number;
  /** "t" for tables, "l" for lists: the samples' ids are the prefix and a number. */
  prefix: string;
  dir: string;
  renderings: readonly R[];
  make(id: string, seed: number): T;
  mutant(sample: T): T | null;
  render(sample: T, name: R): { text: string; ext: string };
  score(sample: T, file: string, mutantFile: string | null): Promise<S>;
  /** Called with every score: under `${rendering}\tall` and under `${rendering}\t${feature}` per feature. */
  tally(key: string, score: S): void;
}

export interface RoundTripReport {
  features: Map<string, number>;
  errors: string[];
  samples: Map<string, string[]>;
  seconds: number;
}

export async function runRoundTrips<T extends Sample, R extends string, S extends SampleScore>(setup: RoundTripSetup<T, R, S>): Promise<RoundTripReport> {
  const features = new Map<string, number>();
  const errors: string[] = [];
  const samples = new Map<string, string[]>();
  const t0 = Date.now();
  for (let k = 0; k < setup.count; k++) {
    const sample = setup.make(`${setup.prefix}${String(k).padStart(3, '0')}`, setup.seed + k);
    const m = setup.mutant(sample);
    for (const f of sample.features) features.set(f, (features.get(f) ?? 0) + 1);
    for (const name of setup.renderings) {
      const out = setup.render(sample, name);
      const file = join(setup.dir, `${sample.id}.${name}${out.ext}`);
      writeFileSync(file, out.text);
      let mutantFile: string | null = null;
      if (m) {
        const mo = setup.render(m, name);
        mutantFile = join(setup.dir, `${m.id}.${name}${mo.ext}`);
        writeFileSync(mutantFile, mo.text);
      }
      const s = await setup.score(sample, file, mutantFile);
      setup.tally(`${name}\tall`, s);
      for (const f of sample.features) setup.tally(`${name}\t${f}`, s);
      if (s.falseErrors.length > 0) errors.push(`${sample.id}.${name} (${s.falseErrors.length}): ${s.falseErrors[0]!.ruleId} ${s.falseErrors[0]!.message}`);
      const wrong = s.readError ?? [...s.notes, s.flagged === false ? 'mutant not flagged' : '', s.falseErrors.length ? 'false error' : ''].filter(Boolean).join('; ');
      if (wrong) {
        const kept = samples.get(name) ?? [];
        if (kept.length < Number(process.env.SAMPLES ?? 4)) kept.push(`${sample.id} [${sample.features.join(', ')}]: ${wrong}`);
        samples.set(name, kept);
      }
    }
  }
  return { features, errors, samples, seconds: (Date.now() - t0) / 1000 };
}

/** A share as printed in the reports: "–" of nothing, no decimals when whole. */
export const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(a === b ? 0 : 1)}%`);

/**
 * The table of renderings: a row per rendering from its "all" tally, then the sum of them, with
 * the header's columns; `row` gives a tally's cells after its name.
 */
export function printRenderings<T extends { [K in keyof T]: number }>(header: readonly string[], renderings: readonly string[], tally: (key: string) => T | undefined, empty: () => T, row: (t: T) => string[]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  const sum = empty();
  for (const name of renderings) {
    const t = tally(`${name}\tall`) ?? empty();
    for (const k of Object.keys(sum) as (keyof T)[]) sum[k] = (sum[k] + t[k]) as T[keyof T];
    console.log(`| ${name} | ${row(t).join(' | ')} |`);
  }
  console.log(`| all | ${row(sum).join(' | ')} |`);
}

/** What the per-feature table reads of a tally: samples read whole out of how many, cells exact out of how many. */
export interface FeatureCounts {
  whole: number;
  samples: number;
  exact: number;
  cells: number;
}

/** Per feature, per rendering: samples read whole / cells exact. */
export function printPerFeature(heading: string, noun: string, features: ReadonlyMap<string, number>, renderings: readonly string[], counts: (key: string) => FeatureCounts | undefined): void {
  console.log(`\n${heading}\n`);
  console.log(`| feature | ${noun} | ${renderings.join(' | ')} |`);
  console.log(`|---|---|${renderings.map(() => '---').join('|')}|`);
  for (const [f, n] of [...features.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const cells = renderings.map((name) => {
      const c = counts(`${name}\t${f}`);
      return c ? `${pct(c.whole, c.samples)} / ${pct(c.exact, c.cells)}` : '–';
    });
    console.log(`| ${f} | ${n} | ${cells.join(' | ')} |`);
  }
}

/** The false errors and the wrong readings kept per rendering; the generated files removed unless KEEP is set. */
export function printClosing(report: RoundTripReport, dir: string): void {
  if (report.errors.length > 0) console.log(`\nFalse errors:\n  ${report.errors.slice(0, Number(process.env.ERRORS ?? 30)).join('\n  ')}`);
  for (const [name, kept] of report.samples) console.log(`\n${name}:\n  ${kept.join('\n  ')}`);
  if (process.env.KEEP) console.log(`\nfiles kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
