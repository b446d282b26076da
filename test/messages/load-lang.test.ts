import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// In a fresh process: the test setup has loaded English in this one.
function fresh(code: string): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

const INDEX = JSON.stringify(new URL('../../src/messages/index.ts', import.meta.url).href);

describe('loading a language', () => {
  it('has Swedish from the start, English only once loaded', () => {
    const out = fresh(
      `const m = await import(${INDEX});\n` +
        `let refused = false;\ntry { m.setLang('en'); } catch { refused = true; }\n` +
        `const before = m.t('usage.stdinTwice');\n` +
        `await m.loadLang('en'); m.setLang('en');\n` +
        `console.log(JSON.stringify([refused, m.currentLang() === 'en', before, m.t('usage.stdinTwice')]));`,
    );
    const [refused, english, before, after] = JSON.parse(out) as [boolean, boolean, string, string];
    expect(refused).toBe(true);
    expect(english).toBe(true);
    expect(before).not.toBe(after);
    expect(after).toBe('standard input (-) can be read only once');
  });
});
