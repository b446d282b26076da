import { readFileSync } from 'node:fs';

/** The package version, found by walking up from this file (works from src/ and from dist/). */
export function packageVersion(): string {
  let url = new URL('.', import.meta.url);
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'kronkoll') return pkg.version ?? '0.0.0';
    } catch {
      // not here; look one level up
    }
    url = new URL('..', url);
  }
  return '0.0.0';
}
