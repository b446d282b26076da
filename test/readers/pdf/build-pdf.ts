import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PdfFile } from '../../../src/readers/pdf/fast/file.js';
import { isDict, PdfRef, type PdfStream } from '../../../src/readers/pdf/fast/syntax.js';

/** A PDF from object bodies (object k+1 is objects[k]), with a classic xref table; object 1 is the catalog. */
export function buildPdf(objects: string[]): Uint8Array {
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

/** A stream object body; `deflate` compresses it (FlateDecode). */
export function stream(data: string | Uint8Array, deflate = false, dict = ''): string {
  const raw = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
  const body = deflate ? deflateSync(raw) : raw;
  return `<< /Length ${body.length}${deflate ? ' /Filter /FlateDecode' : ''}${dict} >>\nstream\n${body.toString('latin1')}\nendstream`;
}

/** An embedded TrueType font program (Liberation Serif subset) from a LibreOffice print. */
export function fontProgram(): Uint8Array {
  const file = new PdfFile(new Uint8Array(readFileSync('corpus/pdf/000.lo.pdf')));
  for (let n = 1; n < 200; n++) {
    const o = file.get(n);
    if (isDict(o) && o.get('FontFile2') instanceof PdfRef) return file.streamData(file.resolve(o.get('FontFile2')) as PdfStream);
  }
  throw new Error('no font program');
}

/**
 * PDF with one page per content stream, all sharing /F1: a WinAnsi TrueType font the fast
 * reader reads (embedded, no ToUnicode). `pageDict` adds to each page (e.g. "/Rotate 90").
 */
export function textPdf(contents: string[], pageDict: string[] = [], mediaBox = '0 0 595 842'): Uint8Array {
  const font = fontProgram();
  const n = contents.length;
  // 1 catalog, 2 pages, 3 font, 4 descriptor, 5 font file, then page k: 6+2k, content 7+2k.
  const widths = Array.from({ length: 224 }, (_, i) => 400 + ((i * 37) % 300)).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${contents.map((_, k) => `${6 + 2 * k} 0 R`).join(' ')}] /Count ${n} >>`,
    `<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+LiberationSerif /FirstChar 32 /LastChar 255 /Widths [${widths}] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>`,
    '<< /Type /FontDescriptor /FontName /ABCDEF+LiberationSerif /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 0 /Descent 0 /CapHeight 700 /StemV 80 /FontFile2 5 0 R >>',
    stream(font, false, ` /Length1 ${font.length}`),
  ];
  contents.forEach((c, k) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox}] ${pageDict[k] ?? ''} /Resources << /Font << /F1 3 0 R >> >> /Contents ${7 + 2 * k} 0 R >>`);
    objects.push(stream(c));
  });
  return buildPdf(objects);
}

/** `(text) Tj` with PDF string escapes; text in Latin-1. */
export const show = (text: string) => `(${text.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj`;
