import { deflateSync } from 'node:zlib';

/**
 * Ways to damage or stretch an input. Each takes the seed's bytes and a random source and
 * returns new bytes; the fuzzer picks one or more per input. Generic byte mutations come first,
 * then shapes that attack one part of kronkoll (huge lines, wide tables, deep nesting, PDF
 * structure, Flate bombs).
 */
export type Random = () => number;
export type Mutator = (seed: Uint8Array, random: Random, ext: string) => Uint8Array;

const int = (random: Random, n: number): number => Math.floor(random() * n);
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

export const bitFlips: Mutator = (seed, random) => {
  const out = seed.slice();
  const flips = 1 + int(random, 16);
  for (let i = 0; i < flips && out.length > 0; i++) out[int(random, out.length)]! ^= 1 << int(random, 8);
  return out;
};

export const byteSets: Mutator = (seed, random) => {
  const out = seed.slice();
  const special = [0, 0xff, 0x0a, 0x09, 0x20, 0x28, 0x29, 0x3c, 0x3e, 0x7c, 0x2f, 0x5b, 0x5d, 0x30, 0x39];
  for (let i = 0; i < 1 + int(random, 8) && out.length > 0; i++) out[int(random, out.length)] = special[int(random, special.length)]!;
  return out;
};

export const truncate: Mutator = (seed, random) => seed.slice(0, int(random, seed.length + 1));

export const duplicateChunk: Mutator = (seed, random) => {
  if (seed.length === 0) return seed;
  const from = int(random, seed.length);
  const len = 1 + int(random, Math.min(4096, seed.length - from));
  const at = int(random, seed.length);
  const chunk = seed.slice(from, from + len);
  const times = 1 + int(random, 20);
  return concat(seed.slice(0, at), ...Array.from({ length: times }, () => chunk), seed.slice(at));
};

export const shuffleChunks: Mutator = (seed, random) => {
  const size = 64 + int(random, 2048);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < seed.length; i += size) chunks.push(seed.slice(i, i + size));
  for (let i = chunks.length - 1; i > 0; i--) {
    const j = int(random, i + 1);
    [chunks[i], chunks[j]] = [chunks[j]!, chunks[i]!];
  }
  return concat(...chunks);
};

export const hugeNumber: Mutator = (seed, random) => {
  const digits = '9'.repeat(1 + int(random, 5000));
  const grouped = random() < 0.5 ? digits : digits.replace(/(?<=\d)(?=(\d{3})+$)/g, ' ');
  const at = int(random, seed.length + 1);
  return concat(seed.slice(0, at), enc(` ${grouped},${'5'.repeat(int(random, 400))} miljoner kronor `), seed.slice(at));
};

export const longLine: Mutator = (seed, random) => {
  const unit = ['a', ' ', '1 000 ', 'Region Skåne\t', '| 1 |', '(', '– ', 'varav '][int(random, 8)]!;
  const line = unit.repeat(Math.ceil((1 + int(random, 10)) * 1024 * 1024 / unit.length));
  return concat(seed, enc(`\n${line}\n`));
};

export const wideTable: Mutator = (_seed, random) => {
  const cols = 1000 + int(random, 9001);
  const sep = random() < 0.5 ? '\t' : ' | ';
  const row = (label: string) => `${label}${sep}${Array.from({ length: cols }, (_, i) => String((i * 7919) % 100000)).join(sep)}`;
  const rows = ['Region' + sep + Array.from({ length: cols }, (_, i) => `K${i}`).join(sep), row('Stockholm'), row('Skåne'), row('Summa')];
  const gfm = sep === ' | ' ? `\n|${Array.from({ length: cols + 1 }, () => '---').join('|')}|` : '';
  return enc(`Tabell 1\n\n${rows[0]}${gfm}\n${rows.slice(1).join('\n')}\n`);
};

export const deepNesting: Mutator = (_seed, random, ext) => {
  const depth = 1000 + int(random, 50_000);
  if (ext === '.html') return enc(`<html><body>${'<div><table><tr><td>'.repeat(depth)}1 000 kr${'</td></tr></table></div>'.repeat(depth)}</body></html>`);
  if (ext === '.md') return enc(`${'> - '.repeat(depth)}Region Skåne 1 000 kr\n`);
  if (ext === '.pdf') return pdfWithContent(`[${'['.repeat(depth)}${']'.repeat(depth)}] TJ`, `<< /A ${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)} >>`);
  return enc(`${'('.repeat(depth)}1 000 kronor${')'.repeat(depth)}\n`);
};

export const flateBomb: Mutator = (_seed, random) => {
  const size = (64 + int(random, 448)) * 1024 * 1024;
  const stream = deflateSync(Buffer.alloc(size, 0x20), { level: 9 });
  return pdfWithStream(new Uint8Array(stream));
};

export const brokenXref: Mutator = (seed, random) => {
  const text = new TextDecoder('latin1').decode(seed);
  const broken = text
    .replace(/startxref\s+\d+/, `startxref\n${int(random, 1e9)}`)
    .replace(/\/(Length|Size|Count|N|First)\s+\d+/g, (m, key) => (random() < 0.3 ? `/${key} ${['-1', '0', '99999999999', '1e308'][int(random, 4)]}` : m))
    .replace(/\d{10} \d{5} [nf]/g, (m) => (random() < 0.2 ? `${String(int(random, 1e10)).padStart(10, '0')} 00000 n` : m));
  return Uint8Array.from(broken, (c) => c.charCodeAt(0) & 0xff);
};

function pdfWithContent(content: string, extra: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /X ${extra} >>`,
    `<< /Length ${content.length} >>\nstream\nBT /F1 12 Tf 72 720 Td ${content} ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  return assemble(objects.map((o) => enc(o)));
}

function pdfWithStream(deflated: Uint8Array): Uint8Array {
  const objects = [
    enc('<< /Type /Catalog /Pages 2 0 R >>'),
    enc('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    enc('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>'),
    concat(enc(`<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`), deflated, enc('\nendstream')),
  ];
  return assemble(objects);
}

function assemble(objects: Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [enc('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const p = concat(enc(`${i + 1} 0 obj\n`), o, enc('\nendobj\n'));
    parts.push(p);
    at += p.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(enc(xref));
  return concat(...parts);
}

/** Generic mutations apply to any seed; the shaped ones where they make sense. */
export const GENERIC: Mutator[] = [bitFlips, byteSets, truncate, duplicateChunk, shuffleChunks, hugeNumber];
export const SHAPED: Array<{ name: string; mutate: Mutator; ext: string[] }> = [
  { name: 'long-line', mutate: longLine, ext: ['.txt', '.md', '.html'] },
  { name: 'wide-table', mutate: wideTable, ext: ['.txt', '.md'] },
  { name: 'deep-nesting', mutate: deepNesting, ext: ['.txt', '.md', '.html', '.pdf'] },
  { name: 'flate-bomb', mutate: flateBomb, ext: ['.pdf'] },
  { name: 'broken-xref', mutate: brokenXref, ext: ['.pdf'] },
];
