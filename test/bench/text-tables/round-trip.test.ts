import { Decimal } from 'decimal.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RENDERINGS, render } from './render.js';
import { scoreTable } from './score.js';
import { mutant, randomTable, type TextTable } from './spec.js';

const dir = mkdtempSync(join(tmpdir(), 'kronkoll-text-tables-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cell = (text: string, v: string | null) => ({ text, value: v === null ? null : new Decimal(v) });
/** A small table written by hand: two counties and their sum, in thousands of kronor. */
const SMALL: TextTable = {
  id: 'small', seed: 1, caption: 'Tabell 1. Bidrag per län 2021, tkr', before: ['Medlen fördelas enligt nedan.'], after: ['Källa: SCB.'],
  unit: { text: 'tkr', scale: 1000 }, unitPlace: 'caption', scale: 1000, columns: [['2020'], ['2021']], wrapHeader: false,
  labelHeader: 'Län', codeHeader: null, separator: 'space', variant: 0, features: [],
  rows: [
    { label: 'Uppsala län', code: null, region: '03', kind: 'data', cells: [cell('1 200', '1200'), cell('1 300', '1300')] },
    { label: 'Gotlands län', code: null, region: '09', kind: 'data', cells: [cell('450', '450'), cell('..', null)] },
    { label: 'Summa', code: null, region: null, kind: 'total', cells: [cell('1 650', '1650'), cell('1 300', '1300')] },
  ],
};

describe('text table renderings', () => {
  it('prints tab-separated, space-aligned and one-cell-a-line text as a page does', () => {
    expect(render(SMALL, 'tab').text).toBe('Medlen fördelas enligt nedan.\n\nTabell 1. Bidrag per län 2021, tkr\n\nLän\t2020\t2021\nUppsala län\t1 200\t1 300\nGotlands län\t450\t..\nSumma\t1 650\t1 300\n\nKälla: SCB.\n');
    const spaced = render(SMALL, 'spaced').text.split('\n').slice(4, 8);
    expect(spaced.map((l) => l.replace(/ {2,}/g, '  '))).toEqual(['Län  2020  2021', 'Uppsala län  1 200  1 300', 'Gotlands län  450  ..', 'Summa  1 650  1 300']);
    // Numbers right-aligned: the last digit of every row in one place.
    const ends = spaced.slice(1).map((l) => l.length);
    expect(new Set(ends).size).toBe(1);
    expect(render(SMALL, 'cell-line-pipe').text).toContain('Län |\n2020 |\n2021 |');
  });

  it('reads the hand-written table back whole in every rendering but single spaces', async () => {
    for (const name of RENDERINGS.filter((n) => n !== 'single')) {
      const out = render(SMALL, name);
      const file = join(dir, `small.${name}${out.ext}`);
      writeFileSync(file, out.text);
      const m = mutant(SMALL)!;
      const mo = render(m, name);
      const mfile = join(dir, `smallm.${name}${mo.ext}`);
      writeFileSync(mfile, mo.text);
      const s = await scoreTable(SMALL, file, mfile);
      expect({ name, whole: s.whole, exact: s.exact, errors: s.falseErrors.length, flagged: s.flagged }).toEqual({ name, whole: true, exact: 5, errors: 0, flagged: true });
    }
  });

  it('generates totals that are the sums of their rows, and reads generated tables in every rendering', async () => {
    for (let k = 0; k < 3; k++) {
      const t = randomTable(`g${k}`, 4242 + k);
      const total = t.rows.find((r) => r.kind === 'total');
      if (total) {
        const parts = t.rows.filter((r) => r.kind === 'data');
        total.cells.forEach((c, i) => {
          // Hidden figures ("<5") count in the total but are not printed: the printed parts are at most the total.
          const printed = parts.reduce((a, r) => a.plus(r.cells[i]!.value ?? 0), new Decimal(0));
          expect(printed.lte(c.value!)).toBe(true);
        });
      }
      for (const name of RENDERINGS) {
        const out = render(t, name);
        const file = join(dir, `${t.id}.${name}${out.ext}`);
        writeFileSync(file, out.text);
        const s = await scoreTable(t, file, null);
        expect(s.readError).toBeUndefined();
        expect(s.cells).toBeGreaterThan(0);
      }
    }
  });
});
