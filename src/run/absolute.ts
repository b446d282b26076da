import { basename, dirname, join, resolve } from 'node:path';

/**
 * The absolute paths of files, as path.resolve gives them, resolving each folder once: for
 * thousands of files in a few hundred folders that is most of the cost of resolving them.
 */
export function absolutePaths(files: readonly string[]): string[] {
  const folders = new Map<string, string>();
  return files.map((f) => {
    const as = dirname(f);
    let dir = folders.get(as);
    if (dir === undefined) folders.set(as, (dir = resolve(as)));
    const name = basename(f);
    // `..`, `.` or a trailing separator: resolve as written.
    return name === '' || name === '.' || name === '..' || f.endsWith('/') ? resolve(f) : join(dir, name);
  });
}
