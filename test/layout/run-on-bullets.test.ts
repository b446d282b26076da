import { describe, expect, it } from 'vitest';
import { splitRunOnBullets } from '../../src/layout/run-on-bullets.js';
import { leadLists } from '../../src/rules/support/lists.js';
import { docOf } from '../rules/rule-tester.js';

/** Two bullet items on one line, the second's marker after the first's full stop. Examples written here. */
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('bullet items run on into one line', () => {
  it('cuts a "*" line at the next marker after a full stop, keeping line and column', () => {
    const out = splitRunOnBullets(src('* 20 miljoner går till skolan. * 15 miljoner går till vården.'));
    expect(out.map((l) => [l.raw, l.line, l.column ?? 1])).toEqual([
      ['* 20 miljoner går till skolan.', 1, 1],
      ['* 15 miljoner går till vården.', 1, 32],
    ]);
  });

  it('cuts a "•" line twice, before a capital', () => {
    const out = splitRunOnBullets(src('• Region Norr får 4 miljoner. • Region Syd får 3 miljoner! • Övriga får 1 miljon.'));
    expect(out.map((l) => l.raw)).toEqual(['• Region Norr får 4 miljoner.', '• Region Syd får 3 miljoner!', '• Övriga får 1 miljon.']);
  });

  it('leaves a dash, a marker inside a sentence and a line that opens with no marker alone', () => {
    const lines = ['- Vi satsar. - Det gäller alla.', '* Stödet (se * nedan) är 3 miljoner.', 'Text. * Inte en punkt.'];
    expect(splitRunOnBullets(src(lines.join('\n'))).map((l) => l.raw)).toEqual(lines);
  });

  it('gives the list one item per marker', () => {
    const text = ['Pengarna fördelas så här:', '', '* 20 miljoner går till skolan. * 15 miljoner går till vården.', '* 5 miljoner går till kulturen.', ''].join('\n');
    expect(leadLists(docOf({ text }))[0]!.items).toHaveLength(3);
  });
});
