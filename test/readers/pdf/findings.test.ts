import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, readLayout } from '../../../src/document/load.js';
import type { Grid } from '../../../src/layout/types.js';
import type { Finding } from '../../../src/model/finding.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { loadRuleContext } from '../../../src/corpus/context.js';

/**
 * Injected errors: PDFs printed from mutated sources of seeds 000 and 001
 * (test/fixtures/pdf/make.sh) against the text twin with the same mutation.
 */
interface Case {
  name: string;
  seed: string;
  /** The same mutation on the text twin. */
  from: string;
  to: string;
  /** The finding the mutation must cause, and the printed text of the cell it points at. */
  expected: Pick<Finding, 'ruleId' | 'severity' | 'expected' | 'actual'> & { cell: string };
}

const CASES: Case[] = [
  {
    name: '001-cell',
    seed: '001_e7b5af15c7845b07',
    from: 'Kalmar\t77 624 347',
    to: 'Kalmar\t77 624 374',
    expected: { ruleId: 'table/column-total', severity: 'error', expected: '3000000000', actual: '3000000027', cell: '3 000 000 000' },
  },
  {
    name: '001-row',
    seed: '001_e7b5af15c7845b07',
    from: 'Gotland\t19 956 824\n',
    to: '',
    expected: { ruleId: 'table/column-total', severity: 'error', expected: '3000000000', actual: '2980043176', cell: '3 000 000 000' },
  },
  {
    name: '000-total',
    seed: '000_cc938031a1688a8c',
    from: '45 904 491\t58 931 306',
    to: '45 904 491\t58 931 360',
    expected: { ruleId: 'table/row-total', severity: 'error', expected: '58931360', actual: '58931306', cell: '58 931 360' },
  },
];

const audit = async (file: string): Promise<Finding[]> => {
  const doc = await loadDocument(file);
  return runRules([doc], ALL_RULES, loadRuleContext([doc.file])).get(doc.file) ?? [];
};
const key = (f: Pick<Finding, 'ruleId' | 'severity' | 'expected' | 'actual'>) => [f.ruleId, f.severity, f.expected ?? '', f.actual ?? ''].join('|');
/** Findings the mutation added (as rule, severity, expected, actual), sorted. */
const added = (after: Finding[], before: Finding[]) => {
  const left = before.map(key);
  return after.map(key).filter((k) => {
    const i = left.indexOf(k);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  }).sort();
};
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const dir = mkdtempSync(join(tmpdir(), 'kronkoll-twins-'));

describe.each(CASES)('injected error $name', (c) => {
  const twin = async () => {
    const text = readFileSync(`corpus/${c.seed}.txt`, 'utf8');
    expect(text.split(c.from)).toHaveLength(2);
    const file = join(dir, `${c.name}-${c.seed}.txt`);
    writeFileSync(file, text.replace(c.from, c.to));
    return file;
  };

  it.each(['lo', 'chromium'])('%s print: the same new findings as the text twin; page and box on the cell', async (variant) => {
    const pdf = `test/fixtures/pdf/${c.name}.${variant}.pdf`;
    const n = c.seed.slice(0, 3);
    const [pdfAfter, pdfBefore, txtAfter, txtBefore] = await Promise.all([audit(pdf), audit(`corpus/pdf/${n}.${variant}.pdf`), twin().then(audit), audit(`corpus/${c.seed}.txt`)]);
    const fromText = added(txtAfter, txtBefore);
    expect(fromText).toContain(key(c.expected));
    expect(added(pdfAfter, pdfBefore)).toEqual(fromText);

    const hit = pdfAfter.find((f) => key(f) === key(c.expected))!;
    expect(hit.location.file).toBe(pdf);
    expect(hit.location.page).toBeGreaterThanOrEqual(1);
    const box = hit.location.box!;
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
    // The box is the printed cell the finding is about.
    const layout = await readLayout(pdf);
    const cells = layout.blocks.filter((b): b is Grid => b.kind === 'grid').flatMap((g) => g.rows.flatMap((r) => r.cells));
    const cell = cells.find((x) => x.location.page === hit.location.page && JSON.stringify(x.location.box) === JSON.stringify(box));
    expect(sp(cell?.text ?? '')).toBe(c.expected.cell);
  });
});

it('the unmutated prints and their text twins have the same table and region findings', async () => {
  for (const seed of ['000_cc938031a1688a8c', '001_e7b5af15c7845b07']) {
    const only = (fs: Finding[]) => fs.filter((f) => /^(table|region)\//.test(f.ruleId)).map(key).sort();
    const txt = only(await audit(`corpus/${seed}.txt`));
    for (const v of ['lo', 'chromium']) expect(only(await audit(`corpus/pdf/${seed.slice(0, 3)}.${v}.pdf`))).toEqual(txt);
  }
});
