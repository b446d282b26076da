import { inflateSync } from 'node:zlib';
import { Budget, MAX_NESTED_READS } from './budget.js';
import { isDict, isStream, Lexer, nameOf, PdfOp, PdfRef, Unsupported, type PdfDict, type PdfObj, type PdfStream } from './syntax.js';

/** Bounds for untrusted files: the fast path gives up (and pdfjs takes over) beyond them, except inflation (InflateLimit). */
const MAX_OBJECTS = 2_000_000;
const MAX_STREAM_BYTES = 64 << 20;
const MAX_TOTAL_INFLATED = 512 << 20;
const MAX_XREF_SECTIONS = 64;
const MAX_RESOLVE_DEPTH = 16;

/**
 * A stream that inflates past MAX_STREAM_BYTES, or streams past MAX_TOTAL_INFLATED together: a
 * Flate bomb. Not a reason to try pdfjs, which would inflate the same bytes with no bound; the
 * document is not read. `limitMb` is the bound that was passed.
 */
export class InflateLimit extends Error {
  constructor(readonly limitMb: number) {
    super(`inflates past ${limitMb} MB`);
  }
}

/** Where an object is; 'free' when a newer section deleted it (older entries must not revive it). */
type Entry = { kind: 'file'; offset: number } | { kind: 'packed'; stream: number; index: number } | { kind: 'free' };

/**
 * A PDF file's cross-reference table and objects: classic tables and xref streams with their
 * /Prev chain, object streams, Flate streams. No repair: damage means Unsupported.
 */
export class PdfFile {
  readonly trailer: PdfDict;
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfObj>();
  private readonly packed = new Map<number, PdfObj[]>();
  private inflated = 0;

  constructor(
    readonly bytes: Uint8Array,
    readonly budget: Budget = new Budget(),
  ) {
    const start = startXref(bytes);
    let trailer: PdfDict | null = null;
    const seen = new Set<number>();
    let offset: number | undefined = start;
    while (offset !== undefined) {
      if (seen.has(offset) || seen.size >= MAX_XREF_SECTIONS) throw new Unsupported('xref loop');
      seen.add(offset);
      const section = this.readSection(offset);
      trailer ??= section.trailer;
      const stm = section.trailer.get('XRefStm');
      if (typeof stm === 'number' && !seen.has(stm)) {
        seen.add(stm);
        this.readSection(stm);
      }
      const prev = section.trailer.get('Prev');
      offset = typeof prev === 'number' ? prev : undefined;
    }
    if (!trailer) throw new Unsupported('no trailer');
    if (trailer.has('Encrypt')) throw new Unsupported('encrypted');
    this.trailer = trailer;
  }

  /** Reads one xref section; entries already known (from a newer section) win. */
  private readSection(offset: number): { trailer: PdfDict } {
    const lex = new Lexer(this.bytes, offset);
    const first = lex.next();
    if (first instanceof PdfOp && first.op === 'xref') return this.readTable(lex);
    if (typeof first === 'number') {
      lex.next();
      const kw = lex.next();
      if (!(kw instanceof PdfOp) || kw.op !== 'obj') throw new Unsupported('bad xref offset');
      const stream = this.readAfterObj(lex);
      if (!isStream(stream) || nameOf(stream.dict.get('Type')) !== 'XRef') throw new Unsupported('bad xref stream');
      this.readXrefStream(stream);
      return { trailer: stream.dict };
    }
    throw new Unsupported('bad xref offset');
  }

  private readTable(lex: Lexer): { trailer: PdfDict } {
    const b = this.bytes;
    for (;;) {
      const o = lex.next();
      if (o instanceof PdfOp && o.op === 'trailer') break;
      const count = lex.next();
      if (typeof o !== 'number' || typeof count !== 'number' || count < 0 || o + count > MAX_OBJECTS) throw new Unsupported('bad xref table');
      lex.skipSpace();
      for (let i = 0; i < count; i++) {
        lex.skipSpace();
        // Fixed 20-byte entries: 10-digit offset, 5-digit generation, n or f.
        const p = lex.pos;
        if (p + 18 > b.length) throw new Unsupported('xref table cut short');
        const off = digits(b, p, 10);
        const type = b[p + 17];
        lex.pos = p + 18;
        if (type !== 110 && type !== 102) throw new Unsupported('bad xref entry');
        if (!this.entries.has(o + i) && o + i > 0) this.entries.set(o + i, type === 110 ? { kind: 'file', offset: off } : { kind: 'free' });
      }
    }
    const trailer = lex.object();
    if (!isDict(trailer)) throw new Unsupported('bad trailer');
    return { trailer };
  }

  private readXrefStream(stream: PdfStream): void {
    const w = stream.dict.get('W');
    const size = stream.dict.get('Size');
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => typeof x === 'number' && x >= 0 && x <= 8) || typeof size !== 'number') throw new Unsupported('bad xref stream');
    const [w0, w1, w2] = w as [number, number, number];
    const index = stream.dict.get('Index') ?? [0, size];
    if (!Array.isArray(index) || index.length % 2 !== 0) throw new Unsupported('bad xref index');
    const data = this.streamData(stream);
    const width = w0 + w1 + w2;
    let p = 0;
    for (let k = 0; k < index.length; k += 2) {
      const first = index[k];
      const count = index[k + 1];
      if (typeof first !== 'number' || typeof count !== 'number' || first + count > MAX_OBJECTS) throw new Unsupported('bad xref index');
      for (let i = 0; i < count; i++, p += width) {
        if (p + width > data.length) throw new Unsupported('xref stream cut short');
        const type = w0 === 0 ? 1 : field(data, p, w0);
        const f1 = field(data, p + w0, w1);
        const f2 = field(data, p + w0 + w1, w2);
        const num = first + i;
        if (this.entries.has(num) || num === 0) continue;
        if (type === 1) this.entries.set(num, { kind: 'file', offset: f1 });
        else if (type === 2) this.entries.set(num, { kind: 'packed', stream: f1, index: f2 });
        else if (type === 0) this.entries.set(num, { kind: 'free' });
      }
    }
  }

  /** The object `num`, references followed; null for a missing object (as the spec says). */
  get(num: number): PdfObj {
    const hit = this.cache.get(num);
    if (hit !== undefined) return hit;
    // Reading one object can read others (a /Length, the object stream it sits in), and those
    // others again: bounded here, so a crafted chain is declined instead of overflowing the stack.
    if (this.budget.nested >= MAX_NESTED_READS) throw new Unsupported(`objects nested more than ${MAX_NESTED_READS} reads deep`);
    this.budget.objectRead();
    this.budget.nested++;
    try {
      return this.read(num);
    } finally {
      this.budget.nested--;
    }
  }

  private read(num: number): PdfObj {
    const entry = this.entries.get(num);
    let obj: PdfObj = null;
    if (entry?.kind === 'file') {
      const lex = new Lexer(this.bytes, entry.offset);
      const n = lex.next();
      lex.next();
      const kw = lex.next();
      if (n !== num || !(kw instanceof PdfOp) || kw.op !== 'obj') throw new Unsupported(`object ${num} not at its offset`);
      obj = this.readAfterObj(lex);
    } else if (entry?.kind === 'packed') {
      obj = this.fromObjectStream(entry.stream, entry.index, num);
    }
    this.cache.set(num, obj);
    return obj;
  }

  /** Follows references (bounded). */
  resolve(o: PdfObj | undefined, depth = 0): PdfObj | undefined {
    while (o instanceof PdfRef) {
      if (depth++ > MAX_RESOLVE_DEPTH) throw new Unsupported('reference chain');
      o = this.get(o.num);
    }
    return o;
  }

  /** dict[key] with references followed. */
  lookup(dict: PdfDict, key: string): PdfObj | undefined {
    return this.resolve(dict.get(key));
  }

  private readAfterObj(lex: Lexer): PdfObj {
    const obj = lex.object();
    const save = lex.pos;
    const kw = lex.next();
    if (!(kw instanceof PdfOp) || kw.op !== 'stream') {
      lex.pos = save;
      return obj;
    }
    if (!isDict(obj)) throw new Unsupported('stream without dictionary');
    const b = this.bytes;
    let start = lex.pos;
    if (b[start] === 13) start++;
    if (b[start] === 10) start++;
    const length = this.resolve(obj.get('Length'));
    if (typeof length !== 'number' || length < 0 || start + length > b.length) throw new Unsupported('bad stream length');
    const end = start + length;
    // The length must land on endstream, or the file is damaged.
    const tail = new Lexer(b, end, Math.min(b.length, end + 64));
    const endKw = tail.next();
    if (!(endKw instanceof PdfOp) || endKw.op !== 'endstream') throw new Unsupported('stream length does not reach endstream');
    return { dict: obj, start, end };
  }

  private fromObjectStream(streamNum: number, index: number, num: number): PdfObj {
    let objs = this.packed.get(streamNum);
    if (!objs) {
      const stream = this.get(streamNum);
      if (!isStream(stream) || nameOf(stream.dict.get('Type')) !== 'ObjStm') throw new Unsupported('bad object stream');
      const n = stream.dict.get('N');
      const first = stream.dict.get('First');
      if (typeof n !== 'number' || typeof first !== 'number' || n < 0 || n > MAX_OBJECTS) throw new Unsupported('bad object stream');
      const data = this.streamData(stream);
      const head = new Lexer(data, 0, Math.min(first, data.length));
      const offsets: [number, number][] = [];
      for (let i = 0; i < n; i++) {
        const on = head.next();
        const off = head.next();
        if (typeof on !== 'number' || typeof off !== 'number') throw new Unsupported('bad object stream header');
        offsets.push([on, off]);
      }
      objs = offsets.map(([, off]) => new Lexer(data, first + off).object());
      offsets.forEach(([on], i) => {
        if (on !== num && !this.cache.has(on) && this.entries.get(on)?.kind === 'packed') this.cache.set(on, objs![i]!);
      });
      this.packed.set(streamNum, objs);
    }
    const obj = objs[index];
    if (obj === undefined) throw new Unsupported('object stream index');
    return obj;
  }

  /** A stream's decoded bytes: Flate (with PNG or TIFF-free predictors) or no filter. */
  streamData(stream: PdfStream): Uint8Array {
    const raw = this.rawIfFlate(stream);
    if (!raw.flate) return raw.bytes;
    let out: Uint8Array;
    try {
      out = inflateSync(raw.bytes, { maxOutputLength: this.inflateBudget() });
    } catch (err) {
      if (err instanceof RangeError && (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw this.overLimit();
      // A damaged stream: pdfjs may recover what inflates before the damage.
      throw new Unsupported('damaged Flate stream');
    }
    return this.finish(stream, out);
  }

  private rawIfFlate(stream: PdfStream): { bytes: Uint8Array; flate: boolean } {
    const bytes = this.bytes.subarray(stream.start, stream.end);
    const filter = this.resolve(stream.dict.get('Filter'));
    const filters = filter === undefined || filter === null ? [] : Array.isArray(filter) ? filter.map((f) => this.resolve(f)) : [filter];
    if (filters.length === 0) return { bytes, flate: false };
    if (filters.length !== 1 || nameOf(filters[0]) !== 'FlateDecode') throw new Unsupported(`filter ${filters.map((f) => nameOf(f) ?? '?').join(',')}`);
    return { bytes, flate: true };
  }

  private inflateBudget(): number {
    return Math.max(1, Math.min(MAX_STREAM_BYTES, MAX_TOTAL_INFLATED - this.inflated));
  }

  /** The bound an inflation that hit the budget passed: the whole document's, when less was left of it than a stream's. */
  private overLimit(): InflateLimit {
    return new InflateLimit((MAX_TOTAL_INFLATED - this.inflated < MAX_STREAM_BYTES ? MAX_TOTAL_INFLATED : MAX_STREAM_BYTES) >> 20);
  }

  private finish(stream: PdfStream, inflated: Uint8Array): Uint8Array {
    // A plain Uint8Array view, not a Buffer: the lexer then sees one array type only.
    let out = new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    this.inflated += out.length;
    if (this.inflated > MAX_TOTAL_INFLATED) throw new InflateLimit(MAX_TOTAL_INFLATED >> 20);
    let parms = this.resolve(stream.dict.get('DecodeParms'));
    if (Array.isArray(parms)) parms = this.resolve(parms[0]);
    if (isDict(parms)) {
      const predictor = parms.get('Predictor');
      if (typeof predictor === 'number' && predictor > 1) out = unpredict(out, parms);
    }
    return out;
  }
}


/** Undoes PNG predictors (10-15); TIFF predictor 2 and odd sample sizes are left to pdfjs. */
function unpredict(data: Uint8Array, parms: PdfDict): Uint8Array {
  const predictor = parms.get('Predictor') as number;
  const colors = (parms.get('Colors') as number | undefined) ?? 1;
  const bpc = (parms.get('BitsPerComponent') as number | undefined) ?? 8;
  const columns = (parms.get('Columns') as number | undefined) ?? 1;
  if (predictor < 10 || bpc !== 8 || typeof colors !== 'number' || typeof columns !== 'number' || colors < 1 || columns < 1 || colors * columns > 1 << 16) {
    throw new Unsupported('predictor');
  }
  const bpp = colors;
  const rowLen = colors * columns;
  const rows = Math.floor(data.length / (rowLen + 1));
  const out = new Uint8Array(rows * rowLen);
  let prev = new Uint8Array(rowLen);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLen + 1)]!;
    const src = data.subarray(r * (rowLen + 1) + 1, (r + 1) * (rowLen + 1));
    const cur = out.subarray(r * rowLen, (r + 1) * rowLen);
    for (let i = 0; i < rowLen; i++) {
      const left = i >= bpp ? cur[i - bpp]! : 0;
      const up = prev[i]!;
      const ul = i >= bpp ? prev[i - bpp]! : 0;
      const x = src[i]!;
      switch (type) {
        case 0: cur[i] = x; break;
        case 1: cur[i] = (x + left) & 0xff; break;
        case 2: cur[i] = (x + up) & 0xff; break;
        case 3: cur[i] = (x + ((left + up) >> 1)) & 0xff; break;
        case 4: {
          const p = left + up - ul;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - ul);
          cur[i] = (x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : ul)) & 0xff;
          break;
        }
        default:
          throw new Unsupported('PNG filter type');
      }
    }
    prev = cur;
  }
  return out;
}

function startXref(b: Uint8Array): number {
  const from = Math.max(0, b.length - 1024);
  let at = -1;
  const needle = [115, 116, 97, 114, 116, 120, 114, 101, 102]; // "startxref"
  for (let i = b.length - needle.length; i >= from; i--) {
    if (needle.every((c, k) => b[i + k] === c)) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new Unsupported('no startxref');
  const lex = new Lexer(b, at + needle.length);
  const off = lex.next();
  if (typeof off !== 'number' || off <= 0 || off >= b.length) throw new Unsupported('bad startxref');
  return off;
}

function digits(b: Uint8Array, p: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = b[p + i]!;
    if (c < 48 || c > 57) throw new Unsupported('bad xref entry');
    v = v * 10 + c - 48;
  }
  return v;
}

function field(b: Uint8Array, p: number, w: number): number {
  let v = 0;
  for (let i = 0; i < w; i++) v = v * 256 + b[p + i]!;
  return v;
}

