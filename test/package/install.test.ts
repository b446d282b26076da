import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * npm at the lowest priority: packing builds the whole package, and the other test files,
 * some with time limits, run beside this one.
 */
const npm = (args: string[], options: { env: NodeJS.ProcessEnv; maxBuffer?: number }) =>
  process.platform === 'win32' ? run('npm', args, options) : run('nice', ['-n', '19', 'npm', ...args], options);

/** npm as a user runs it: none of the npm_* variables of an enclosing `npm test`. */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));

describe('the package as people install it', () => {
  it('npm pack, npm install -g of the tarball into a prefix, and the installed kronkoll audits a document', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kronkoll-pack-'));
    const packed = await npm(['pack', '--json', '--pack-destination', tmp], { env, maxBuffer: 64 * 1024 * 1024 });
    // Lifecycle scripts print before the JSON; the report is the last top-level array.
    const report = JSON.parse(packed.stdout.slice(packed.stdout.lastIndexOf('\n[') + 1)) as { filename: string; files: { path: string }[] }[];
    const paths = report[0]!.files.map((f) => f.path);
    for (const p of ['bin/kronkoll.js', 'dist/bundle/kronkoll.mjs', 'schema/kronkoll.config.schema.json', 'corpus/reference/befolkning-2023-11-01.csv', 'README.md', 'LICENSE', 'package.json']) {
      expect(paths, p).toContain(p);
    }
    // No tests, no fixtures, no seed documents, no sources.
    expect(paths.filter((p) => /^(test|src|scripts)\//.test(p) || (p.startsWith('corpus/') && !p.startsWith('corpus/reference/')))).toEqual([]);

    const prefix = join(tmp, 'prefix');
    await npm(['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(tmp, report[0]!.filename)], { env });
    const kronkoll = join(prefix, 'bin', 'kronkoll');

    // Seed 001 with Kalmar misprinted (…374 for …347): the Summa row on line 80 is 27 kr short.
    const doc = join(tmp, 'beslut.txt');
    writeFileSync(doc, readFileSync('corpus/001_e7b5af15c7845b07.txt', 'utf8').replace('Kalmar\t77 624 347', 'Kalmar\t77 624 374'));
    const audited = await run(kronkoll, ['audit', doc, '--no-color'], { env, cwd: tmp }).catch((e: { code: number; stdout: string }) => e);
    expect('code' in audited ? audited.code : 0).toBe(1);
    expect(audited.stdout).toContain(`${doc}:80:7: error table/column-total`);
    expect(audited.stdout).toContain('(skillnad 27 kr)');

    // The shipped schema is found by the installed command: a bad key is a one-line error, exit 2.
    writeFileSync(join(tmp, 'kronkoll.config.json'), '{ "rulez": {} }');
    const bad = await run(kronkoll, ['audit', doc], { env, cwd: tmp }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in bad ? bad.code : 0).toBe(2);
    expect(bad.stderr.trim()).toBe(`kronkoll: ${join(tmp, 'kronkoll.config.json')}: $.rulez: okänd nyckel`);
  }, 300_000);
});
