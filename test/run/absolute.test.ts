import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absolutePaths } from '../../src/run/absolute.js';

describe('absolutePaths', () => {
  it('gives what path.resolve gives, for paths written in any way', () => {
    const files = ['a.txt', './a.txt', 'corpus/000.txt', 'corpus//pdf/../001.txt', '/tmp/x/y.md', '../shared/regeringen/a/b.md', '..', '.', 'dir/', 'corpus/pdf/001.lo.pdf'];
    expect(absolutePaths(files)).toEqual(files.map((f) => resolve(f)));
  });
});
