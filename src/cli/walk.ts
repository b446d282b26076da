import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { EXTENSIONS } from '../document/readers.js';

/**
 * Expands the paths given on the command line: files as they are, directories walked for
 * documents with a known extension, in a stable order. A `.kronkollignore` file in a walked
 * directory lists paths (relative to it) to leave out, e.g. the sources PDFs were made from.
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      out.push(p); // the reader reports it as missing
      continue;
    }
    if (!isDir) out.push(p);
    else await walk(p, p, await ignoreList(p), out);
  }
  return out;
}

async function ignoreList(root: string): Promise<string[]> {
  try {
    const text = await readFile(join(root, '.kronkollignore'), 'utf8');
    return text.split('\n').map((l) => l.trim().replace(/(?<!\/)\/+$/, '')).filter((l) => l !== '' && !l.startsWith('#'));
  } catch {
    return [];
  }
}

async function walk(root: string, dir: string, ignore: string[], out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    const rel = relative(root, full);
    if (ignore.some((i) => rel === i || rel.startsWith(`${i}/`))) continue;
    if (e.isDirectory()) await walk(root, full, ignore, out);
    else if (e.isFile() && EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) out.push(full);
  }
}
