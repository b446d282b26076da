import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/config.js';
import { setLang } from '../../src/messages/index.js';
import { runCli } from '../cli/run-cli.js';

const SEED_001 = readFileSync('corpus/001_e7b5af15c7845b07.txt', 'utf8');
const KALMAR_MISPRINT = SEED_001.replace('Kalmar\t77 624 347', 'Kalmar\t77 624 374');
const known = (id: string) => ['table', 'table/', 'table/column-total', 'region', 'region/missing'].includes(id);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kronkoll-config-'));
}

async function configError(dir: string, json: string): Promise<string> {
  const file = join(dir, 'kronkoll.config.json');
  writeFileSync(file, json);
  try {
    await loadConfig(file, known);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('kronkoll.config.json', () => {
  it('is found in the working directory or a folder above it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'kronkoll.config.json'), '{}');
    expect(findConfig(join(dir, 'a', 'b'))).toBe(join(dir, 'kronkoll.config.json'));
    writeFileSync(join(dir, 'a', 'kronkoll.config.json'), '{}');
    expect(findConfig(join(dir, 'a', 'b'))).toBe(join(dir, 'a', 'kronkoll.config.json'));
  });

  it('an unknown key, a bad severity, a wrong type, an unknown rule: one line with file, JSON path and reason', async () => {
    const dir = tempDir();
    const file = join(dir, 'kronkoll.config.json');
    expect(await configError(dir, '{ "rulez": {} }')).toBe(`${file}: $.rulez: okänd nyckel`);
    expect(await configError(dir, '{ "rules": { "table/column-total": "warn" } }')).toBe(
      `${file}: $.rules["table/column-total"]: ska vara ett av off, info, warning, error (fick "warn")`,
    );
    expect(await configError(dir, '{ "ignore": "pdf/src" }')).toBe(`${file}: $.ignore: ska vara en lista`);
    expect(await configError(dir, '{ "ignore": ["ok", ""] }')).toBe(`${file}: $.ignore[1]: borde inte vara kortare än 1 tecken`);
    expect(await configError(dir, '{ "rules": { "tabel": "off" } }')).toBe(`${file}: $.rules.tabel: okänd regel eller regelfamilj 'tabel' (se 'kronkoll rules')`);
    expect(await configError(dir, '{ "rules": ')).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: inte giltig JSON \\(`));
    expect(await configError(dir, '{ "frames": ["nowhere"] }')).toBe(`${file}: $.frames[0]: katalogen ${join(dir, 'nowhere')} finns inte`);
    expect(await configError(dir, '{ "reference": "." }')).toBe(`${file}: $.reference: ingen befolkning-2023-11-01.csv i .`);
  });

  it('in English with --lang en, schema errors included (ajv-i18n for the keywords kronkoll does not word itself)', async () => {
    const dir = tempDir();
    const file = join(dir, 'kronkoll.config.json');
    setLang('en');
    try {
      expect(await configError(dir, '{ "ignore": "pdf/src" }')).toBe(`${file}: $.ignore: must be a list`);
      expect(await configError(dir, '{ "ignore": ["ok", ""] }')).toBe(`${file}: $.ignore[1]: must NOT be shorter than 1 character`);
      expect(await configError(dir, '{ "rulez": {} }')).toBe(`${file}: $.rulez: unknown key`);
    } finally {
      setLang('sv');
    }
  });

  it('through the CLI: exit 2 and the one line on stderr', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), SEED_001);
    writeFileSync(join(dir, 'kronkoll.config.json'), '{ "rules": { "table/column-total": 2 } }');
    const r = await runCli(['audit', dir, '--config', join(dir, 'kronkoll.config.json')]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`kronkoll: ${join(dir, 'kronkoll.config.json')}: $.rules["table/column-total"]: ska vara ett av off, info, warning, error (fick 2)`);
    expect(r.out).toBe('');
  });

  it('severities by id and by family: an error made a warning passes; a family off is not run', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), KALMAR_MISPRINT);
    const config = join(dir, 'kronkoll.config.json');
    const run = async () => {
      const r = await runCli(['audit', dir, '--config', config, '--format', 'json']);
      return { code: r.code, findings: (JSON.parse(r.out) as { documents: { findings: { ruleId: string; severity: string }[] }[] }).documents.flatMap((d) => d.findings) };
    };
    writeFileSync(config, '{}');
    const plain = await run();
    expect(plain.code).toBe(1);
    expect(plain.findings.find((f) => f.ruleId === 'table/column-total')!.severity).toBe('error');

    writeFileSync(config, JSON.stringify({ rules: { 'table/column-total': 'warning' } }));
    const configured = await run();
    expect(configured.code).toBe(0);
    expect(configured.findings.find((f) => f.ruleId === 'table/column-total')!.severity).toBe('warning');

    writeFileSync(config, JSON.stringify({ rules: { table: 'off' } }));
    const off = await run();
    expect(off.code).toBe(0);
    expect(off.findings.some((f) => f.ruleId.startsWith('table/'))).toBe(false);

    // The family says info, the id says error: the id wins.
    writeFileSync(config, JSON.stringify({ rules: { 'table/': 'info', 'table/column-total': 'error' } }));
    expect((await run()).code).toBe(1);
  });

  it('frames and reference folders named in the configuration are the ones read', async () => {
    // Seed 000 is a decision under the agreement pinned in corpus/frames; copied alone into a
    // folder without frames/ or reference/, it finds its frame only through the configuration.
    const dir = tempDir();
    writeFileSync(join(dir, 'beslut.txt'), readFileSync('corpus/000_cc938031a1688a8c.txt'));
    const config = join(dir, 'kronkoll.config.json');
    const run = async () => {
      const r = await runCli(['audit', dir, '--config', config, '--format', 'json']);
      return (JSON.parse(r.out) as { documents: { findings: { ruleId: string; message: string }[] }[] }).documents.flatMap((d) => d.findings);
    };
    writeFileSync(config, '{}');
    expect((await run()).some((f) => f.message.includes('tillganglighet-2024.frame'))).toBe(false);
    writeFileSync(config, JSON.stringify({ frames: [join(process.cwd(), 'corpus', 'frames')], reference: join(process.cwd(), 'corpus', 'reference') }));
    const withFrames = await run();
    expect(withFrames.some((f) => f.ruleId === 'framework/link' && f.message.includes('fastställd ram tillganglighet-2024.frame'))).toBe(true);
    const key = (fs: { ruleId: string; message: string }[]) => fs.find((f) => f.ruleId === 'allocation/key' && f.message.includes('Exkl BUP'))!.message;
    expect(key(withFrames)).toMatch(/21 av 21 regioner på kronan/);

    // A reference folder of its own with Stockholm's population 500 000 higher: the
    // population key no longer gives the decision's amounts, so this file was read.
    mkdirSync(join(dir, 'ref'));
    const csv = readFileSync('corpus/reference/befolkning-2023-11-01.csv', 'utf8').replace('01,Region Stockholm,2455914', '01,Region Stockholm,2955914');
    writeFileSync(join(dir, 'ref', 'befolkning-2023-11-01.csv'), csv);
    writeFileSync(config, JSON.stringify({ frames: [join(process.cwd(), 'corpus', 'frames')], reference: 'ref' }));
    expect(key(await run())).toMatch(/21 av 21 regioner avviker mer än 1 kr/);
  });
});
