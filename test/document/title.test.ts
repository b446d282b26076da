import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocument } from '../../src/document/load.js';

/** Titles as printed at the head of each seed (checked against the seed text). */
describe('document titles', () => {
  it('a decision\'s title is the paragraph above "Regeringens beslut", also when a PDF wraps it', async () => {
    const title = 'Utbetalning av medel till regionerna i enlighet med överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024';
    for (const f of ['corpus/000_cc938031a1688a8c.txt', 'corpus/pdf/000.lo.pdf', 'corpus/pdf/000.chromium.pdf']) {
      expect((await loadDocument(f)).title, f).toBe(title);
    }
  });

  it('a Markdown heading is the title (seed 004)', async () => {
    expect((await loadDocument('corpus/004_8696a5bf70867187.txt')).title).toBe(
      'Nära två miljarder kronor till regionerna för arbetet med ökad tillgänglighet i vården under 2023',
    );
  });

  it('no title rather than a line of running text (seed 003 starts "1 Inledning" and prose)', async () => {
    expect((await loadDocument('corpus/003_6c5901d824c186aa.txt')).title).toBeNull();
  });

  it('a line crediting a source or photo ("Källa: …", "Foto: …", "Anm.: …") is never the title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-title-'));
    const cases: [string, string | null][] = [
      ['Regionerna får mer pengar till vården i år, och fler beslut kommer under hösten enligt myndigheten.\n\nKälla: Kammarkollegiet\n', null],
      ['Kommunerna redovisar sina resultat för året, som blev bättre än väntat i de flesta län.\n\nFoto: Anna Andersson, TT\n', null],
      ['Anm.: Uppgifterna är preliminära för alla regioner\n\nSiffrorna kan ändras när bokslutet är klart och granskat av revisorerna.\n', null],
      // A title with a colon of its own stays a title.
      ['Budget 2023: mer pengar till regionerna\n\nRegeringen föreslår att regionerna får mer pengar under nästa år.\n', 'Budget 2023: mer pengar till regionerna'],
    ];
    for (const [i, [text, title]] of cases.entries()) {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, text);
      expect((await loadDocument(file)).title, text).toBe(title);
    }
  });
});
