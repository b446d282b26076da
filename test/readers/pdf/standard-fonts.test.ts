import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/layout/types.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { runCli, tempFile } from '../../cli/run-cli.js';
import { buildPdf, stream } from './build-pdf.js';

/**
 * A PDF set in a standard-14 font that is not embedded (/Helvetica with no /Encoding, so
 * StandardEncoding), whose producer wrote its text as Latin-1 bytes: å ä ö are 0xE5 0xE4 0xF6,
 * codes StandardEncoding leaves without a glyph name. Given its standard-font data, pdfjs loads
 * the font program and reads such a code as the Latin-1 character; without it pdfjs has no font
 * file and turns every such code into a space of a space's width, so "Västra Götalands län"
 * comes out as "V stra G talands l n". A table (a name column and a number column) and a
 * sentence with an amount: both layouts lose their words that way.
 */
function latin1Helvetica(): Uint8Array {
  const rows: [string, string][] = [
    ['Västra Götalands län', '4 500'],
    ['Jönköpings län', '1 250'],
    ['Gävleborgs län', '800'],
    ['Summa', '6 550'],
  ];
  const esc = (s: string) => s.replace(/[()\\]/g, (c) => `\\${c}`);
  const content = [
    'BT /F1 14 Tf 72 760 Td (Bidrag per län 2019, tkr) Tj ET',
    ...rows.map(([name, amount], k) => `BT /F1 11 Tf 72 ${720 - 16 * k} Td (${esc(name)}) Tj ET BT /F1 11 Tf 300 ${720 - 16 * k} Td (${amount}) Tj ET`),
    'BT /F1 11 Tf 72 620 Td (Därutöver får Västerbottens län 2 500 000 kronor.) Tj ET',
  ].join('\n');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    // A standard-14 font needs no descriptor, widths or font file (PDF 1.4, 5.5.1).
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

const texts = (l: Layout) => l.blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((x) => x.text) : b.rows.map((r) => r.cells.map((c) => c.text).join(' | '))));

describe('pdfjs gets the standard-font data of the installed package', { timeout: 30_000 }, () => {
  const bytes = latin1Helvetica();

  it('without it pdfjs breaks the words at å ä ö (the reason the option is passed)', async () => {
    const bare = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    const content = await (await bare.getPage(1)).getTextContent({ disableNormalization: true });
    const strings = content.items.map((i) => ('str' in i ? i.str : ''));
    expect(strings).toContain('V stra G talands l n');
    expect(strings).toContain('D rut ver f r V sterbottens l n 2 500 000 kronor.');
    await bare.destroy();
  });

  it('the pdfjs engine reads the table and the sentence whole', async () => {
    const layout = await readPdf('bidrag.pdf', bytes.slice(), { engine: 'pdfjs' });
    expect(layout.pdf?.engine).toBe('pdfjs');
    expect(texts(layout)).toEqual([
      'Bidrag per län 2019, tkr',
      'Västra Götalands län | 4 500',
      'Jönköpings län | 1 250',
      'Gävleborgs län | 800',
      'Summa | 6 550',
      'Därutöver får Västerbottens län 2 500 000 kronor.',
    ]);
  });

  it('through the CLI (--pdf-engine pdfjs): the rows are the regions they name', async () => {
    const file = tempFile('bidrag.pdf', bytes);
    const got = await runCli(['extract', file, '--pdf-engine', 'pdfjs', '--format', 'json']);
    expect(got.err).toBe('');
    const doc = JSON.parse(got.out).documents[0] as { tables: { rows: { label: string; region?: { name: string } | null }[] }[] };
    expect(doc.tables[0]!.rows.map((r) => [r.label, r.region?.name ?? null])).toEqual([
      ['Västra Götalands län', 'Västra Götalandsregionen'],
      ['Jönköpings län', 'Region Jönköpings län'],
      ['Gävleborgs län', 'Region Gävleborg'],
      ['Summa', null],
    ]);
  });
});
