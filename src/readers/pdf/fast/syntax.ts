import { Buffer } from 'node:buffer';

/**
 * PDF object syntax (ISO 32000 7.2-7.3) for the fast text path: numbers, names, strings,
 * arrays, dictionaries, references. Strings are kept as Latin-1 byte strings. Anything odd
 * throws Unsupported so the caller can hand the document to pdfjs instead.
 */

/** Thrown for input the fast path does not fully understand; the reader then uses pdfjs. */
export class Unsupported extends Error {
  override name = 'Unsupported';
}

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
/** A string's bytes, one char per byte. */
export class PdfString {
  constructor(readonly bytes: string) {}
}
/** An operator keyword in a content stream (BT, Tj, re, …) or a keyword such as obj, R, xref. */
export class PdfOp {
  /** Set by the content interpreter the first time it meets this (shared) operator: -1 until then. */
  code = -1;
  constructor(readonly op: string) {}
}
export type PdfDict = Map<string, PdfObj>;
/** A stream: its dictionary and where its raw bytes are in the file. */
export interface PdfStream {
  dict: PdfDict;
  start: number;
  end: number;
}
export type PdfObj = number | boolean | null | PdfName | PdfRef | PdfString | PdfDict | PdfObj[] | PdfStream;

export const isDict = (o: unknown): o is PdfDict => o instanceof Map;
export const isStream = (o: unknown): o is PdfStream => typeof o === 'object' && o !== null && 'dict' in o && 'start' in o;
export const nameOf = (o: unknown): string | undefined => (o instanceof PdfName ? o.name : undefined);

/** Nesting of arrays and dictionaries beyond this is not a real document. */
const MAX_DEPTH = 64;
const MAX_STRING = 1 << 24;

// Character classes: 1 whitespace, 2 delimiter.
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) HEX[65 + i] = HEX[97 + i] = 10 + i;

const KEEP_ARRAY: PdfObj[] = [];
const SHORT_OPS = new Map<number, PdfOp>();
/**
 * Names of up to six bytes without # escapes, one shared object per spelling (a name is never
 * changed): content streams repeat the same few (/F1, /P, /MCID) thousands of times. Keyed by
 * their bytes as a base-256 number, exact below 2^53; no byte of a name is 0 (whitespace), so
 * spellings of different lengths never share a key. Bounded, so hostile input cannot grow it.
 */
const SHORT_NAMES = new Map<number, PdfName>();
const MAX_SHORT_NAMES = 4096;

/** Kinds of Lexer.token(). `arr`: an array of numbers and strings only, in the lexer's `arr*` fields. */
export const TOKEN = { end: 0, num: 1, str: 2, op: 3, obj: 4, arr: 5 } as const;

/** Elements of a flat array read by token(); past this the array is read as objects. */
const MAX_FLAT_ARRAY = 1 << 16;

/** Reads objects from bytes[pos..end). */
export class Lexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    pos = 0,
    readonly end = bytes.length,
  ) {
    this.pos = pos;
  }

  skipSpace(): void {
    const b = this.bytes;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (CLASS[c] === 1) this.pos++;
      else if (c === 37) {
        // Comment to end of line.
        while (this.pos < this.end && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else break;
    }
  }

  /** The next object or operator; undefined at the end. `]` and `>>` come back as PdfOp. */
  next(depth = 0): PdfObj | PdfOp | undefined {
    if (depth > MAX_DEPTH) throw new Unsupported('nesting too deep');
    this.skipSpace();
    if (this.pos >= this.end) return undefined;
    const b = this.bytes;
    const c = b[this.pos]!;
    if (c === 47) return this.pdfName();
    if (c === 40) return new PdfString(this.literal());
    if (c === 60) {
      if (b[this.pos + 1] === 60) {
        this.pos += 2;
        return this.dict(depth);
      }
      return new PdfString(this.hex());
    }
    if (c === 62 && b[this.pos + 1] === 62) {
      this.pos += 2;
      return new PdfOp('>>');
    }
    if (c === 91) {
      this.pos++;
      return this.array(depth);
    }
    if (c === 93) {
      this.pos++;
      return new PdfOp(']');
    }
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return this.number();
    if (c === 123 || c === 125) {
      this.pos++;
      return new PdfOp(String.fromCharCode(c));
    }
    if (CLASS[c] !== 0) {
      // A stray delimiter such as ')' or '>'.
      this.pos++;
      return new PdfOp(String.fromCharCode(c));
    }
    return this.keyword();
  }

  /** An operator or keyword (true, false, null) at `pos`, which holds a regular character. */
  private keyword(): PdfOp | boolean | null {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < this.end && CLASS[b[this.pos]!] === 0) this.pos++;
    const len = this.pos - start;
    if (len <= 3) {
      // Operators are short: reuse one object per spelling.
      const key = b[start]! | (len > 1 ? b[start + 1]! << 8 : 0) | (len > 2 ? b[start + 2]! << 16 : 0);
      let op = SHORT_OPS.get(key);
      if (!op) SHORT_OPS.set(key, (op = new PdfOp(latin1(b, start, this.pos))));
      return op;
    }
    const word = latin1(b, start, this.pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new PdfOp(word);
  }

  /**
   * The last token() value: a number, a string's bytes, an operator, or another object.
   * `num` starts as a double (NaN), not 0: a field that starts as a small integer and later
   * holds a fraction changes the object's shape, which throws away the optimised interpreter.
   */
  num = Number.NaN;
  str = '';
  op: PdfOp | null = null;
  obj: PdfObj = null;
  /**
   * The last TOKEN.arr: `arrLen` elements, each a number (`arrKinds` TOKEN.num, value in
   * `arrNums`) or a string (TOKEN.str, bytes in `arrStrs`). Reused: valid until the next token().
   * Text arrays (`[(Wo) 120 (rd)] TJ`) are most of a content stream's arrays; read this way
   * they cost no object per element.
   */
  arrKinds = new Uint8Array(64);
  arrNums = new Float64Array(64);
  arrStrs: string[] = new Array<string>(64).fill('');
  arrLen = 0;
  /** Whether token() may return TOKEN.arr (the caller still holds the previous one otherwise). */
  flatArrays = true;

  /**
   * Content-stream tokens for the interpreter: numbers and strings come back in `num` and `str`
   * rather than as objects, so the commonest operands cost no allocation (a double returned as
   * an object is boxed). Returns a TOKEN kind.
   */
  token(): number {
    this.skipSpace();
    if (this.pos >= this.end) return TOKEN.end;
    const b = this.bytes;
    const c = b[this.pos]!;
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
      this.num = this.number();
      return TOKEN.num;
    }
    if (c === 40) {
      this.str = this.literal();
      return TOKEN.str;
    }
    if (c === 60 && b[this.pos + 1] !== 60) {
      this.str = this.hex();
      return TOKEN.str;
    }
    if (c === 91 && this.flatArrays) {
      const start = this.pos;
      if (this.flatArray()) return TOKEN.arr;
      // Anything else inside (names, nesting, references, keywords): read as objects, from the start.
      this.pos = start;
    }
    // Operators, most of the rest, straight to the keyword reader (what next() would do).
    const o = CLASS[c] === 0 ? this.keyword() : this.next();
    if (o instanceof PdfOp) {
      this.op = o;
      return TOKEN.op;
    }
    this.obj = o!;
    return TOKEN.obj;
  }

  /**
   * Reads `[` … `]` holding only numbers and strings into the `arr*` fields, with the same
   * number and string readers as array() (so the same values and the same errors). False, with
   * the position left anywhere, for any other array: the caller reads it again as objects.
   */
  private flatArray(): boolean {
    const b = this.bytes;
    this.pos++;
    let n = 0;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.end) return false;
      const c = b[this.pos]!;
      if (c === 93) {
        this.pos++;
        this.arrLen = n;
        return true;
      }
      if (n >= MAX_FLAT_ARRAY) return false;
      if (n === this.arrKinds.length) this.growFlat();
      if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
        this.arrKinds[n] = TOKEN.num;
        this.arrNums[n] = this.number();
      } else if (c === 40) {
        this.arrKinds[n] = TOKEN.str;
        this.arrStrs[n] = this.literal();
      } else if (c === 60 && b[this.pos + 1] !== 60) {
        this.arrKinds[n] = TOKEN.str;
        this.arrStrs[n] = this.hex();
      } else return false;
      n++;
    }
  }

  private growFlat(): void {
    const size = this.arrKinds.length * 2;
    const kinds = new Uint8Array(size);
    kinds.set(this.arrKinds);
    const nums = new Float64Array(size);
    nums.set(this.arrNums);
    this.arrKinds = kinds;
    this.arrNums = nums;
    for (let k = this.arrStrs.length; k < size; k++) this.arrStrs.push('');
  }

  /** The last TOKEN.arr as objects, as array() would have read it. */
  flatArrayObjects(): PdfObj[] {
    const out: PdfObj[] = [];
    for (let k = 0; k < this.arrLen; k++) out.push(this.arrKinds[k] === TOKEN.num ? this.arrNums[k]! : new PdfString(this.arrStrs[k]!));
    return out;
  }

  /** Like next() but for objects outside content streams: `n g R` becomes a reference. */
  object(depth = 0): PdfObj {
    const o = this.next(depth);
    if (o === undefined) throw new Unsupported('unexpected end of data');
    if (o instanceof PdfOp) throw new Unsupported(`unexpected '${o.op}'`);
    return o;
  }

  /** Numbers are computed the way pdfjs's lexer does, so positions agree to the last bit. */
  private number(): number {
    const b = this.bytes;
    const end = this.end;
    let p = this.pos;
    let ch = b[p]!;
    let sign = 1;
    let divideBy = 0;
    if (ch === 45) {
      sign = -1;
      ch = b[++p] ?? -1;
      if (ch === 45) ch = b[++p] ?? -1;
    } else if (ch === 43) ch = b[++p] ?? -1;
    if (ch === 46) {
      divideBy = 10;
      ch = b[++p] ?? -1;
    }
    if (ch < 48 || ch > 57) {
      this.pos = p;
      // "-", "." and the like read as 0, as in pdfjs.
      return 0;
    }
    let value = ch - 48;
    let power = 0;
    let powerSign = 1;
    let eNotation = false;
    while (++p < end) {
      ch = b[p]!;
      if (ch >= 48 && ch <= 57) {
        if (eNotation) power = power * 10 + ch - 48;
        else {
          if (divideBy !== 0) divideBy *= 10;
          value = value * 10 + ch - 48;
        }
      } else if (ch === 46) {
        if (divideBy === 0) divideBy = 1;
        else break;
      } else if (ch === 45) {
        // A minus sign inside a number is ignored.
      } else if (ch === 69 || ch === 101) {
        const next = b[p + 1] ?? -1;
        if (next === 43 || next === 45) {
          powerSign = next === 45 ? -1 : 1;
          p++;
        } else if (next < 48 || next > 57) break;
        eNotation = true;
      } else break;
    }
    this.pos = p;
    if (divideBy !== 0) value /= divideBy;
    if (eNotation) value *= 10 ** (powerSign * power);
    return sign * value;
  }

  /** A name object; short plain names shared (see SHORT_NAMES). */
  private pdfName(): PdfName {
    const b = this.bytes;
    const start = this.pos + 1;
    let p = start;
    let key = 0;
    while (p < this.end && p - start < 7) {
      const ch = b[p]!;
      if (CLASS[ch] !== 0 || ch === 35) break;
      key = key * 256 + ch;
      p++;
    }
    const len = p - start;
    if (len <= 6 && (p >= this.end || CLASS[b[p]!] !== 0)) {
      const hit = SHORT_NAMES.get(key);
      if (hit !== undefined) {
        this.pos = p;
        return hit;
      }
      const made = new PdfName(this.name());
      if (SHORT_NAMES.size < MAX_SHORT_NAMES) SHORT_NAMES.set(key, made);
      return made;
    }
    return new PdfName(this.name());
  }

  private name(): string {
    const b = this.bytes;
    this.pos++;
    let out = '';
    const start = this.pos;
    let plain = true;
    while (this.pos < this.end && CLASS[b[this.pos]!] === 0) {
      if (b[this.pos] === 35) plain = false;
      this.pos++;
    }
    if (plain) return latin1(b, start, this.pos);
    for (let i = start; i < this.pos; i++) {
      const ch = b[i]!;
      if (ch === 35 && i + 2 < this.pos + 1 && HEX[b[i + 1]!]! >= 0 && HEX[b[i + 2]!]! >= 0) {
        out += String.fromCharCode(HEX[b[i + 1]!]! * 16 + HEX[b[i + 2]!]!);
        i += 2;
      } else out += String.fromCharCode(ch);
    }
    return out;
  }

  private literal(): string {
    const b = this.bytes;
    this.pos++;
    let depth = 1;
    // Decoded bytes go to one reused buffer, grown when a string needs more.
    let out = scratchBuf;
    let n = 0;
    while (this.pos < this.end) {
      if (n > MAX_STRING) throw new Unsupported('string too long');
      if (n + 1 >= out.length) out = grow();
      let c = b[this.pos++]!;
      if (c === 40) depth++;
      else if (c === 41) {
        if (--depth === 0) return bytesString(out, n);
      } else if (c === 92) {
        if (this.pos >= this.end) break;
        c = b[this.pos++]!;
        switch (c) {
          case 110: out[n++] = 10; continue;
          case 114: out[n++] = 13; continue;
          case 116: out[n++] = 9; continue;
          case 98: out[n++] = 8; continue;
          case 102: out[n++] = 12; continue;
          case 13:
            if (b[this.pos] === 10) this.pos++;
            continue;
          case 10:
            continue;
          default:
            if (c >= 48 && c <= 55) {
              let v = c - 48;
              for (let k = 0; k < 2 && this.pos < this.end && b[this.pos]! >= 48 && b[this.pos]! <= 55; k++) v = v * 8 + b[this.pos++]! - 48;
              out[n++] = v & 0xff;
              continue;
            }
        }
      }
      out[n++] = c;
    }
    throw new Unsupported('unterminated string');
  }

  private hex(): string {
    const b = this.bytes;
    this.pos++;
    let out = scratchBuf;
    let n = 0;
    let hi = -1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 62) {
        if (hi >= 0) out[n++] = hi * 16;
        return bytesString(out, n);
      }
      const v = HEX[c]!;
      if (v < 0) {
        if (CLASS[c] === 1) continue;
        throw new Unsupported('bad hex string');
      }
      if (hi < 0) hi = v;
      else {
        if (n + 1 >= out.length) out = grow();
        out[n++] = hi * 16 + v;
        hi = -1;
      }
      if (n > MAX_STRING) throw new Unsupported('string too long');
    }
    throw new Unsupported('unterminated hex string');
  }

  private array(depth: number): PdfObj[] {
    const out: PdfObj[] = [];
    for (;;) {
      const o = this.next(depth + 1);
      if (o === undefined) throw new Unsupported('unterminated array');
      if (o instanceof PdfOp) {
        if (o.op === ']') return out;
        if (o.op === 'R' && out.length >= 2) {
          const gen = out.pop();
          const num = out.pop();
          if (typeof num === 'number' && typeof gen === 'number') {
            out.push(new PdfRef(num, gen));
            continue;
          }
        }
        // Content streams put no operators inside arrays; elsewhere this is damage.
        throw new Unsupported(`'${o.op}' in an array`);
      }
      out.push(o);
      if (out.length > 1 << 22) throw new Unsupported('array too long');
    }
  }

  private dict(depth: number): PdfDict {
    const out: PdfDict = new Map();
    const vals: PdfObj[] = KEEP_ARRAY.slice();
    let key: string | null = null;
    for (;;) {
      const o = this.next(depth + 1);
      if (o === undefined) throw new Unsupported('unterminated dictionary');
      if (o instanceof PdfOp) {
        if (o.op === '>>') {
          if (key !== null) setValue(out, key, vals);
          return out;
        }
        if (o.op === 'R' && vals.length >= 2) {
          const gen = vals.pop();
          const num = vals.pop();
          if (typeof num === 'number' && typeof gen === 'number') {
            vals.push(new PdfRef(num, gen));
            continue;
          }
        }
        throw new Unsupported(`'${o.op}' in a dictionary`);
      }
      if (o instanceof PdfName && (key === null || vals.length > 0)) {
        if (key !== null) setValue(out, key, vals);
        key = o.name;
        vals.length = 0;
        continue;
      }
      if (key === null) throw new Unsupported('dictionary value without key');
      vals.push(o);
      if (vals.length > 3) throw new Unsupported('bad dictionary');
    }
  }
}

function setValue(out: PdfDict, key: string, vals: PdfObj[]): void {
  if (vals.length !== 1) throw new Unsupported(`bad value for /${key}`);
  out.set(key, vals[0]!);
}

export function latin1(b: Uint8Array, start: number, end: number): string {
  if (end - start <= 16) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
  return Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1');
}

let scratchBuf: Buffer = Buffer.allocUnsafe(4096);

/** The string scratch buffer at twice its size, contents kept. */
function grow(): Buffer {
  const bigger = Buffer.allocUnsafe(scratchBuf.length * 2);
  bigger.set(scratchBuf);
  return (scratchBuf = bigger);
}

/** The first n bytes of `buf` as a byte string; the common one- and two-byte strings without a copy loop. */
function bytesString(buf: Buffer, n: number): string {
  if (n === 2) return String.fromCharCode(buf[0]!, buf[1]!);
  if (n === 1) return String.fromCharCode(buf[0]!);
  return buf.toString('latin1', 0, n);
}
