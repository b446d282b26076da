import { describe, expect, it } from 'vitest';
import { readText } from '../../src/readers/text.js';

/**
 * Every table reader is asked at every line of a text. A reader that reads the rest of the text
 * from each line makes a long text cost the square of its length: 5 000 such lines took 45–80 s.
 * Eight times the lines must cost about eight times the time (a generous bound: the square
 * would be 64 times).
 */
function cpuMs(text: string): number {
  const t = process.cpuUsage();
  readText('long.txt', text);
  const c = process.cpuUsage(t);
  return (c.user + c.system) / 1000;
}

const shapes: Record<string, (i: number) => string> = {
  // Lines of words ending in a small number, one after the other.
  'lines ending in a number': (i) => `Posten nummer ${i} avser kostnader ${(i * 37) % 97}\n`,
  // The same with a blank line after each, as pasted from a web page.
  'the same, blank lines between': (i) => `Posten nummer ${i} avser kostnader ${(i * 37) % 97}\n\n`,
};

describe('a long text is read in time proportional to its length', () => {
  for (const [name, line] of Object.entries(shapes)) {
    it(name, () => {
      const text = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join('');
      cpuMs(text(300)); // warm-up
      const small = Math.max(5, cpuMs(text(500)));
      const large = cpuMs(text(4000));
      expect(large / small, `${small.toFixed(0)} ms for 500 lines, ${large.toFixed(0)} ms for 4 000`).toBeLessThan(24);
    }, 60_000);
  }
});
