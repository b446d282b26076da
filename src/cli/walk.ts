import { readdirSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { EXTENSIONS } from '../document/readers.js';

/** Patterns from the configuration, in .gitignore syntax, relative to `root`. */
export interface IgnoreOptions {
  root: string;
  patterns: readonly string[];
}

export const IGNORE_FILE = '.kronkollignore';

/** One level of ignore patterns: the folder they are relative to, and the patterns. */
interface Level {
  base: string;
  ig: Ignore;
}

/**
 * Expands the paths given on the command line: files as they are, directories walked for
 * documents with a known extension, in a stable order. Patterns from the configuration and
 * from a `.kronkollignore` in any walked directory (relative to that directory, .gitignore
 * syntax, deeper files may re-include with `!`) leave paths out. A file named on the
 * command line is read even when a pattern matches it: it was asked for by name.
 */
export async function expandPaths(paths: string[], options?: IgnoreOptions): Promise<string[]> {
  const out: string[] = [];
  const top: Level[] = options && options.patterns.length > 0 ? [{ base: resolve(options.root), ig: ignore().add(options.patterns) }] : [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      out.push(p); // the reader reports it as missing
      continue;
    }
    if (!isDir) out.push(p);
    else if (!ignoredBy(top, resolve(p), true)) walk(p, top, out);
  }
  return out;
}

function levelAt(dir: string): Level | null {
  let text: string;
  try {
    text = readFileSync(join(dir, IGNORE_FILE), 'utf8');
  } catch {
    return null;
  }
  return { base: resolve(dir), ig: ignore().add(text) };
}

/**
 * Outer levels first; a deeper level's match (ignore or `!` re-include) overrides.
 * A path outside a level's folder is not its business.
 */
function ignoredBy(levels: readonly Level[], full: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { base, ig } of levels) {
    const rel = relative(base, full);
    if (rel === '' || rel.startsWith('..') || resolve(base, rel) !== full) continue;
    const r = ig.test(rel.split(sep).join('/') + (isDir ? '/' : ''));
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}

/** Synchronous: a walk of hundreds of folders costs several times as much through promises, and nothing runs beside it. */
function walk(dir: string, outer: readonly Level[], out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Only a folder that lists an ignore file is asked for it: a failed open per folder costs more than the listing.
  const here = entries.some((e) => e.name === IGNORE_FILE) ? levelAt(dir) : null;
  const levels = here ? [...outer, here] : outer;
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    const isDir = e.isDirectory();
    if (ignoredBy(levels, resolve(full), isDir)) continue;
    if (isDir) walk(full, levels, out);
    else if (e.isFile() && EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) out.push(full);
  }
}
