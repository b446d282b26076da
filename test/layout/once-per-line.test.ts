import { describe, expect, it } from 'vitest';
import { oncePerLine } from '../../src/layout/once-per-line.js';
import type { SourceLine } from '../../src/layout/source-line.js';

const line = (raw: string, n: number): SourceLine => ({ raw, line: n }) as unknown as SourceLine;

describe('oncePerLine', () => {
  it('reads each line once, however often it is asked, null readings included', () => {
    let calls = 0;
    const read = oncePerLine((src: SourceLine) => {
      calls++;
      return /\d/.test(src.raw) ? src.raw.length : null;
    });
    const a = line('Alby 100', 1);
    const b = line('Rubrik', 2);
    for (let k = 0; k < 5; k++) {
      expect(read(a)).toBe(8);
      expect(read(b)).toBeNull();
    }
    expect(calls).toBe(2);
    // Another line with the same text is another line.
    expect(read(line('Alby 100', 3))).toBe(8);
    expect(calls).toBe(3);
  });
});
