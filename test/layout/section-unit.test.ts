import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Sections with their unit in the heading and tables under sub-headings, written for this test. */
const tablesOf = (file: string, text: string) =>
  docOf({ file, text }).tables.map((t) => ({
    caption: t.caption ?? null,
    values: t.rows.map((r) => r.cells.map((c) => c.value?.toFixed() ?? null).filter((v) => v !== null)),
  }));

/** Two sub-sections under a section whose heading names the unit, in Markdown. */
const SECTIONS = [
  '## Beviljade bidrag (tkr)',
  '',
  '### Idrott',
  '',
  '| Förening | Bidrag |',
  '|---|---|',
  '| IK Gnistan | 120 |',
  '| Ås BK | 80 |',
  '',
  '### Kultur',
  '',
  '| Förening | Projekt | Bidrag |',
  '|---|---|---|',
  '| Teaterföreningen | Sommarteater | 45 |',
  '| Konstklubben | Utställning | 30 |',
  '',
].join('\n');

describe('a unit in the heading of a section', () => {
  it('reaches a Markdown table under a sub-heading with other columns', () => {
    expect(tablesOf('a.md', SECTIONS).map((t) => t.values)).toEqual([
      [['120000'], ['80000']],
      [['45000'], ['30000']],
    ]);
  });

  it('reaches HTML tables under <h3> in an <h2> section that names the unit last, not the next <h2> section', () => {
    const text = [
      '<h2>Driftbudget per nämnd, mnkr</h2>',
      '<h3>Barn och utbildning</h3>',
      '<table><tr><th>Verksamhet</th><th>Budget 2024</th></tr><tr><td>Förskola</td><td>12,5</td></tr><tr><td>Grundskola</td><td>30,0</td></tr></table>',
      '<h3>Vård och omsorg</h3>',
      '<table><tr><th>Verksamhet</th><th>Budget 2024</th><th>Plan 2025</th></tr><tr><td>Hemtjänst</td><td>8,2</td><td>8,6</td></tr><tr><td>Särskilt boende</td><td>14,1</td><td>14,9</td></tr></table>',
      '<h2>Nyckeltal</h2>',
      '<table><tr><th>Mått</th><th>2024</th></tr><tr><td>Invånare</td><td>12 400</td></tr><tr><td>Anställda</td><td>950</td></tr></table>',
    ].join('\n');
    expect(tablesOf('a.html', text).map((t) => t.values)).toEqual([
      [['12500000'], ['30000000']],
      [['8200000', '8600000'], ['14100000', '14900000']],
      [['12400'], ['950']],
    ]);
  });

  it('is not taken where the text marks no heading depths', () => {
    const text = SECTIONS.replace(/^#+ /gm, '');
    expect(tablesOf('a.md', text)[1]!.values).toEqual([['45'], ['30']]);
  });
});
