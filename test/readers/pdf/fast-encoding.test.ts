import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PdfFile } from '../../../src/readers/pdf/fast/file.js';
import { isDict, PdfRef, type PdfStream } from '../../../src/readers/pdf/fast/syntax.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { ReadError } from '../../../src/readers/read-error.js';

/** An embedded TrueType font program (Liberation Serif subset) from a LibreOffice print. */
function fontProgram(): Uint8Array {
  const file = new PdfFile(new Uint8Array(readFileSync('corpus/pdf/000.lo.pdf')));
  for (let n = 1; n < 200; n++) {
    const o = file.get(n);
    if (isDict(o) && o.get('FontFile2') instanceof PdfRef) {
      const s = file.resolve(o.get('FontFile2')) as PdfStream;
      return file.streamData(s);
    }
  }
  throw new Error('no font program');
}

/** A one-page PDF with a simple TrueType font, no ToUnicode, the given /Encoding and text. */
function makePdf(encoding: string, lines: string[], flags = 32): Uint8Array {
  const font = fontProgram();
  const content = ['BT', '/F1 10 Tf', '50 700 Td', '14 TL', ...lines.map((l) => `(${l.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj T*`), 'ET'].join('\n');
  const widths = Array.from({ length: 224 }, (_, i) => 400 + ((i * 37) % 300)).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+LiberationSerif /FirstChar 32 /LastChar 255 /Widths [${widths}] /Encoding ${encoding} /FontDescriptor 6 0 R >>`,
    `<< /Type /FontDescriptor /FontName /ABCDEF+LiberationSerif /Flags ${flags} /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 0 /Descent 0 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>`,
    `<< /Length ${font.length} /Length1 ${font.length} >>\nstream\n${Buffer.from(font).toString('latin1')}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Every WinAnsi code from 0x20 to 0xFF, 16 to a line, and Swedish text with a grouped number. */
const ALL_CODES = Array.from({ length: 14 }, (_, r) => String.fromCharCode(...Array.from({ length: 16 }, (_, k) => 0x20 + r * 16 + k)));
const SWEDISH = ['R\xe5d och m\xe4nniskor i \xd6rebro', 'Region Sk\xe5ne  \xa0 1\xa0234\xa0567', 'Totalt 2 466 000 000'];

describe('simple TrueType font without ToUnicode: WinAnsi and Differences as pdfjs reads them', () => {
  const same = async (bytes: Uint8Array) => {
    const fast = await readPdf('t.pdf', bytes, { engine: 'fast' });
    const pdfjs = await readPdf('t.pdf', bytes, { engine: 'pdfjs' });
    expect(fast.pdf?.engine).toBe('fast');
    expect({ ...fast, pdf: null }).toEqual({ ...pdfjs, pdf: null });
    return fast.blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []));
  };

  it('WinAnsiEncoding, every code', async () => {
    const text = await same(makePdf('/WinAnsiEncoding', [...SWEDISH, ...ALL_CODES]));
    expect(text.join('\n')).toContain('Råd och människor i Örebro');
  });

  it('WinAnsiEncoding with /Differences', async () => {
    const text = await same(makePdf('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 /aring /adieresis 97 /Odieresis /uni2212 /.notdef] >>', ['ABC abc 123', ...SWEDISH]));
    expect(text[0]).toBe('åäC Ö−c 123');
  });

  it('symbolic fonts and other base encodings are left to pdfjs, which still reads them', async () => {
    const cases: [string, number][] = [['/WinAnsiEncoding', 4], ['/MacRomanEncoding', 32], ['<< /Differences [65 /A] >>', 32]];
    for (const [enc, flags] of cases) {
      const bytes = makePdf(enc, ['Region 1 234'], flags);
      const err = await readPdf('t.pdf', bytes, { engine: 'fast' }).catch((e: unknown) => e);
      expect(err, `${enc} ${flags}`).toBeInstanceOf(ReadError);
      expect((await readPdf('t.pdf', bytes)).blocks.length).toBeGreaterThan(0);
    }
  });
});
