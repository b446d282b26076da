import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCellWithGrammar, plainCell } from '../../../grammars/amount/index.js';
import type { ParsedAmount } from '../../../grammars/amount/index.js';

/** The shortcut for plain numbers must give exactly what the grammar gives. */
const show = (a: ParsedAmount | null) =>
  a && { ...a, value: a.value.toFixed(), written: a.written.toFixed(), precision: a.precision.toFixed() };

function agree(text: string): void {
  const fast = plainCell(text);
  if (fast) expect(show(fast), JSON.stringify(text)).toEqual(show(parseCellWithGrammar(text)));
}

describe('plainCell', () => {
  it('agrees with the grammar on every tab-separated cell of the corpus', () => {
    let n = 0;
    for (const f of readdirSync('corpus').filter((x) => x.endsWith('.txt'))) {
      for (const line of readFileSync(`corpus/${f}`, 'utf8').split('\n')) {
        for (const cell of line.split('\t')) {
          agree(cell);
          if (plainCell(cell)) n++;
        }
      }
    }
    expect(n).toBeGreaterThan(250);
  });

  it('agrees with the grammar on generated numbers in every grouping', () => {
    const sep = fc.constantFrom(' ', '\u00a0', '\u202f', '\u2009', '');
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.option(fc.integer({ min: 0, max: 99 })), sep, fc.constantFrom('', ' ', '  '), (n, dec, s, pad) => {
        const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, s);
        const text = `${pad}${grouped}${dec === null ? '' : `,${String(dec).padStart(2, '0')}`}${pad}`;
        expect(plainCell(text)).not.toBeNull();
        agree(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves everything else to the grammar', () => {
    for (const t of ['23,3%', '-5', '544 99 160', '1 2345 678', '2 mnkr', 'ca 40', '', '12 kr']) expect(plainCell(t)).toBeNull();
  });
});
