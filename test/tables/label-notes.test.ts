import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Footnote references after row labels, written for this test in two formats. */
const labels = (file: string, text: string) => docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed() ?? null]);

describe('a footnote reference after a row label', () => {
  it('is no part of the label in a tab table ("räntor 1)", "RGK2)", "bidrag¹")', () => {
    const text = 'Post\tBelopp\nLöner 1)\t400\nLokaler i RGK2)\t250\nÖvriga bidrag¹\t50\nSumma*\t700\n';
    expect(labels('a.txt', text)).toEqual([
      ['Löner', '400'],
      ['Lokaler i RGK', '250'],
      ['Övriga bidrag', '50'],
      ['Summa', '700'],
    ]);
  });

  it('keeps a parenthesis the label opens itself, in a Markdown table', () => {
    const md = '| Post | Belopp |\n|---|---|\n| Hyror (se not 1) | 10 |\n| Drift (ram 2) | 20 |\n| Personal, exkl. pension 3) | 30 |\n';
    expect(labels('b.md', md)).toEqual([
      ['Hyror (se not 1)', '10'],
      ['Drift (ram 2)', '20'],
      ['Personal, exkl. pension', '30'],
    ]);
  });
});
