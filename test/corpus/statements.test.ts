import { describe, expect, it } from 'vitest';
import { linkDocuments } from '../../src/corpus/link.js';
import { readStatements } from '../../src/corpus/statements.js';
import { load, SEED } from './seeds.js';
import { loadRuleContext } from '../../src/corpus/context.js';

describe('statements of seed 000 about its agreement', () => {
  it('reads each role from its sentence (lines 16–28)', async () => {
    const st = readStatements(await load(SEED.decision));
    expect(st.map((s) => [s.role, s.value.toFixed(), s.location.line])).toEqual([
      ['this', '1545740465', 16],
      ['total', '2937000000', 22],
      ['first', '1237500000', 22],
      ['skr', '12000000', 22],
      ['remaining', '1687500000', 24],
      ['earlier', '141759535', 26],
    ]);
  });
});

describe('linking', () => {
  it('ties 000 and its PDF rendition to 003 through the pinned frame\'s dnr, as one decision; 002 and 004 stay unlinked', async () => {
    const docs = await Promise.all([SEED.decision, 'corpus/pdf/000.lo.pdf', SEED.closeCare, SEED.agreement, SEED.press].map(load));
    const { links, frames } = linkDocuments(docs, loadRuleContext(docs.map((d) => d.file)).frames);
    expect(frames.map((f) => [f.frame.agreement, f.frame.year, f.frame.origin.kind, f.agreement?.file])).toEqual([
      ['ökad tillgänglighet i hälso- och sjukvården', 2024, 'pinned', SEED.agreement],
    ]);
    expect(links.map((l) => [l.doc.file, l.how])).toEqual([
      [SEED.decision, 'dnr'],
      ['corpus/pdf/000.lo.pdf', 'dnr'],
    ]);
    expect(links[0]!.identity).toBe(links[1]!.identity);
  });
});
