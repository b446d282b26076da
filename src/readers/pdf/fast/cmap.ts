import { Lexer, PdfOp, PdfString, Unsupported } from './syntax.js';

/** Largest bfrange the fast path expands (pdfjs's MAX_MAP_RANGE). */
const MAX_RANGE = 2 ** 24 - 1;
const MAX_ENTRIES = 1 << 20;

/**
 * A ToUnicode CMap's bfchar and bfrange entries, decoded from UTF-16BE the way pdfjs does.
 * usecmap, cidrange and anything else unusual is Unsupported.
 */
export function parseToUnicode(data: Uint8Array): Map<number, string> {
  const raw = new Map<number, string>();
  const lex = new Lexer(data);
  const str = (o: unknown): string => {
    if (!(o instanceof PdfString)) throw new Unsupported('bad ToUnicode entry');
    return o.bytes;
  };
  for (;;) {
    const o = lex.next();
    if (o === undefined) break;
    if (!(o instanceof PdfOp)) continue;
    if (o.op === 'usecmap' || o.op === 'begincidrange' || o.op === 'begincidchar') throw new Unsupported(`ToUnicode ${o.op}`);
    if (o.op === 'beginbfchar') {
      for (;;) {
        const src = lex.next();
        if (src instanceof PdfOp && src.op === 'endbfchar') break;
        raw.set(code(str(src)), str(lex.next()));
        if (raw.size > MAX_ENTRIES) throw new Unsupported('ToUnicode too large');
      }
    } else if (o.op === 'beginbfrange') {
      for (;;) {
        const lo = lex.next();
        if (lo instanceof PdfOp && lo.op === 'endbfrange') break;
        let low = code(str(lo));
        const high = code(str(lex.next()));
        if (high - low > MAX_RANGE || raw.size + Math.max(0, high - low) > MAX_ENTRIES) throw new Unsupported('ToUnicode range too large');
        const dst = lex.next();
        if (Array.isArray(dst)) {
          for (const d of dst) {
            if (low > high) break;
            raw.set(low++, str(d));
          }
        } else {
          let d = str(dst);
          const last = d.length - 1;
          if (last < 0) throw new Unsupported('empty bfrange target');
          // Increment the last byte, carrying into the one before (pdfjs mapBfRange).
          while (low <= high) {
            raw.set(low++, d);
            const next = d.charCodeAt(last) + 1;
            if (next > 0xff) {
              d = d.substring(0, last - 1) + String.fromCharCode(d.charCodeAt(last - 1) + 1) + '\x00';
              continue;
            }
            d = d.substring(0, last) + String.fromCharCode(next);
          }
        }
      }
    }
  }
  const out = new Map<number, string>();
  for (const [k, v] of raw) out.set(k, utf16(v));
  return out;
}

function code(bytes: string): number {
  if (bytes.length === 0 || bytes.length > 4) throw new Unsupported('bad CMap code');
  let v = 0;
  for (let i = 0; i < bytes.length; i++) v = v * 256 + bytes.charCodeAt(i);
  return v;
}

/** UTF-16BE bytes to a string; an odd length gets a leading zero byte (as pdfjs). */
function utf16(token: string): string {
  if (token.length % 2 !== 0) token = '\u0000' + token;
  const cps: number[] = [];
  for (let k = 0; k < token.length; k += 2) {
    const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      cps.push(w1);
      continue;
    }
    k += 2;
    const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    cps.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...cps);
}
