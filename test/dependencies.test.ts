import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The dependency check of `npm test` (.dependency-cruiser.cjs) run on small trees written
 * here: it must pass a tree that imports downwards only and fail one with a back-edge or a
 * cycle, so that a passing check on src/ means something.
 */
const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cruise(files: Record<string, string>): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kronkoll-deps-'));
  dirs.push(dir);
  const all = { 'tsconfig.json': '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext" } }', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = spawnSync(process.execPath, [BIN, 'src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

// Each case starts the tool afresh (about a second of CPU); a loaded machine needs the margin.
describe('dependency check', { timeout: 30_000 }, () => {
  it('passes a tree whose imports go down the layers', () => {
    const r = cruise({
      'src/model/location.ts': 'export interface Location { file: string }\n',
      'src/rules/support/text.ts': "import type { Location } from '../../model/location.js';\nexport const at = (l: Location): string => l.file;\n",
      'src/rules/table/sum.ts': "import { at } from '../support/text.js';\nexport const sum = at;\n",
      'src/cli/main.ts': "import { sum } from '../rules/table/sum.js';\nexport const main = sum;\n",
    });
    expect(r.out).toContain('no dependency violations found');
    expect(r.status).toBe(0);
  });

  it('fails when a lower layer imports a higher one (model → cli)', () => {
    const r = cruise({
      'src/model/location.ts': "import { VERSION } from '../cli/version.js';\nexport const v = VERSION;\n",
      'src/cli/version.ts': "export const VERSION = '1';\n",
    });
    expect(r.out).toMatch(/error layer-model: src\/model\/location\.ts → src\/cli\/version\.ts/);
    expect(r.status).not.toBe(0);
  });

  it('fails on a cycle inside one folder', () => {
    const r = cruise({
      'src/corpus/a.ts': "import { b } from './b.js';\nexport const a = (): number => b() + 1;\n",
      'src/corpus/b.ts': "import { a } from './a.js';\nexport const b = (): number => a() - 1;\n",
    });
    expect(r.out).toMatch(/error no-circular: src\/corpus\/a\.ts →/);
    expect(r.status).not.toBe(0);
  });

  it('fails when one rule family imports another instead of rules/support', () => {
    const r = cruise({
      'src/rules/framework/key-total.ts': 'export const columnKey = (h: string): boolean => h.length > 0;\n',
      'src/rules/allocation/key.ts': "import { columnKey } from '../framework/key-total.js';\nexport const key = columnKey;\n",
    });
    expect(r.out).toMatch(/error rule-families-apart: src\/rules\/allocation\/key\.ts → src\/rules\/framework\/key-total\.ts/);
    expect(r.status).not.toBe(0);
  });
});
