import { parseToUnicode } from './cmap.js';
import { GLYPH_UNICODE, WIN_ANSI } from './encodings.js';
import type { PdfFile } from './file.js';
import { isDict, isStream, nameOf, PdfRef, Unsupported, type PdfDict, type PdfObj } from './syntax.js';

/**
 * What the fast text path needs of a font: character codes to Unicode and advance widths,
 * and the ascent and descent pdfjs would report. Covered: TrueType simple fonts and Type0
 * Identity-H fonts over CIDFontType2, embedded (FontFile2), with a ToUnicode CMap (or
 * WinAnsi for TrueType); Type 1 simple fonts embedded as Type 1 (FontFile) with a ToUnicode
 * CMap, as pdfTeX writes them. Everything else is Unsupported and the document goes to pdfjs.
 */
export interface FastFont {
  id: string;
  /** Two-byte codes (Identity-H) or one-byte codes. */
  composite: boolean;
  toUnicode: Map<number, string>;
  widths: Map<number, number>;
  defaultWidth: number;
  ascent: number;
  descent: number;
  /** Per code: text, width and pdfjs's character category, filled as codes are met. */
  glyphs: Map<number, Glyph>;
}

export interface Glyph {
  unicode: string;
  width: number;
  /** Starts with whitespace: skipped, only advances. */
  space: boolean;
  /** Contains a combining mark: drawn with zero width. */
  mark: boolean;
  /** Ends with a format character: dropped without advance (as pdfjs). */
  format: boolean;
}

/**
 * Glyphs and fonts are made by classes, one shape each: the interpreter reads them per glyph,
 * and objects whose fields differ in kind (a width that is an integer in one font and a
 * fraction in the next) make V8 throw away and recompile the code that reads them. A numeric
 * field first stored as a double keeps the double representation for integers stored later.
 */
class GlyphData implements Glyph {
  width = Number.NaN;
  constructor(
    readonly unicode: string,
    width: number,
    readonly space: boolean,
    readonly mark: boolean,
    readonly format: boolean,
  ) {
    this.width = width;
  }
}

class FontData implements FastFont {
  defaultWidth = Number.NaN;
  ascent = Number.NaN;
  descent = Number.NaN;
  readonly glyphs = new Map<number, Glyph>();
  constructor(
    readonly id: string,
    readonly composite: boolean,
    readonly toUnicode: Map<number, string>,
    readonly widths: Map<number, number>,
    defaultWidth: number,
    ascent: number,
    descent: number,
  ) {
    this.defaultWidth = defaultWidth;
    this.ascent = ascent;
    this.descent = descent;
  }
}

/** pdfjs's test for glyphs it skips or treats specially. */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

export function glyphOf(font: FastFont, code: number): Glyph | undefined {
  let g = font.glyphs.get(code);
  if (g) return g;
  const unicode = font.toUnicode.get(code);
  if (!unicode) return undefined;
  const m = unicode.match(SPECIAL_CHAR);
  g = new GlyphData(unicode, font.widths.get(code) ?? font.defaultWidth, !!m?.[1], !!m?.[2], !!m?.[3]);
  font.glyphs.set(code, g);
  return g;
}

export class FontCache {
  private readonly byRef = new Map<number, FastFont>();
  private count = 0;
  constructor(private readonly file: PdfFile) {}

  /** The font a resource dictionary's /Font entry names; parsed once per object. */
  get(ref: PdfObj | undefined): FastFont {
    const num = ref instanceof PdfRef ? ref.num : -1;
    const hit = num >= 0 ? this.byRef.get(num) : undefined;
    if (hit) return hit;
    const dict = this.file.resolve(ref);
    if (!isDict(dict)) throw new Unsupported('font is not a dictionary');
    const font = this.load(dict, num >= 0 ? `f${num}` : `d${this.count++}`);
    if (num >= 0) this.byRef.set(num, font);
    return font;
  }

  private load(dict: PdfDict, id: string): FastFont {
    const f = this.file;
    f.budget.check();
    const subtype = nameOf(f.lookup(dict, 'Subtype'));
    const toUnicodeStream = f.lookup(dict, 'ToUnicode');
    const hasToUnicode = isStream(toUnicodeStream);
    if (!hasToUnicode && subtype !== 'TrueType') throw new Unsupported('font without ToUnicode stream');
    const toUnicode = hasToUnicode ? parseToUnicode(f.streamData(toUnicodeStream)) : new Map<number, string>();
    f.budget.addWidths(toUnicode.size);
    f.budget.check();
    if (subtype === 'Type0') {
      if (nameOf(f.lookup(dict, 'Encoding')) !== 'Identity-H') throw new Unsupported('CMap other than Identity-H');
      const kids = f.lookup(dict, 'DescendantFonts');
      const cid = Array.isArray(kids) ? f.resolve(kids[0]) : undefined;
      if (!isDict(cid) || nameOf(f.lookup(cid, 'Subtype')) !== 'CIDFontType2') throw new Unsupported('descendant font');
      // A CIDToGIDMap stream (tesseract's GlyphLessFont writes one) picks glyphs for drawing;
      // text comes from ToUnicode and widths from W by CID, so it changes nothing read here.
      const map = f.lookup(cid, 'CIDToGIDMap');
      if (map !== undefined && nameOf(map) !== 'Identity' && !isStream(map)) throw new Unsupported('CIDToGIDMap');
      const { ascent, descent } = this.metrics(cid);
      const dw = f.lookup(cid, 'DW');
      return new FontData(id, true, toUnicode, this.cidWidths(f.lookup(cid, 'W')), typeof dw === 'number' ? Math.ceil(dw) : 1000, ascent, descent);
    }
    if (subtype !== 'TrueType' && !(subtype === 'Type1' && hasToUnicode)) throw new Unsupported(`font type ${subtype ?? '?'}`);
    const { ascent, descent, descriptor } = subtype === 'Type1' ? this.type1Metrics(dict) : this.metrics(dict);
    const widths = new Map<number, number>();
    const list = f.lookup(dict, 'Widths');
    const first = f.lookup(dict, 'FirstChar');
    if (!Array.isArray(list)) throw new Unsupported('simple font without Widths');
    f.budget.addWidths(list.length);
    let j = typeof first === 'number' && Number.isInteger(first) ? first : 0;
    for (const w of list) {
      const v = f.resolve(w);
      if (typeof v === 'number') widths.set(j, v);
      j++;
    }
    if (!hasToUnicode) this.encodingToUnicode(dict, descriptor, toUnicode);
    const missing = f.lookup(descriptor, 'MissingWidth');
    return new FontData(id, false, toUnicode, widths, typeof missing === 'number' ? missing : 0, ascent, descent);
  }

  /**
   * A non-symbolic TrueType font without ToUnicode: text from WinAnsiEncoding and /Differences
   * glyph names, as pdfjs does. Other base encodings, symbolic fonts and names outside the
   * standard sets are Unsupported (a name we lack only fails where its code is shown).
   */
  private encodingToUnicode(dict: PdfDict, descriptor: PdfDict, out: Map<number, string>): void {
    const f = this.file;
    const flags = f.lookup(descriptor, 'Flags');
    if (typeof flags !== 'number' || (flags & 4) !== 0) throw new Unsupported('symbolic font without ToUnicode');
    const enc = f.lookup(dict, 'Encoding');
    const names = new Map<number, string>();
    let base: string | undefined;
    if (isDict(enc)) {
      base = nameOf(f.lookup(enc, 'BaseEncoding'));
      const diffs = f.lookup(enc, 'Differences');
      if (Array.isArray(diffs)) {
        let code = 0;
        for (const d of diffs) {
          const v = f.resolve(d);
          if (typeof v === 'number') code = v;
          else if (nameOf(v) !== undefined) {
            if (nameOf(v) !== '.notdef' && code >= 0 && code < 256) names.set(code, nameOf(v)!);
            code++;
          } else throw new Unsupported('Differences entry');
        }
      }
    } else base = nameOf(enc);
    if (base !== 'WinAnsiEncoding') throw new Unsupported(`encoding ${base ?? 'default'} without ToUnicode`);
    for (let code = 0; code < 256; code++) {
      const name = names.get(code) ?? WIN_ANSI[code]!;
      if (name === '') continue;
      const cp = GLYPH_UNICODE.get(name) ?? (/^uni[0-9A-F]{4}$/.test(name) ? parseInt(name.slice(3), 16) : undefined);
      if (cp !== undefined) out.set(code, String.fromCharCode(cp));
    }
  }

  /** W array: `c [w1 w2 …]` and `c1 c2 w` forms (pdfjs extractWidths). */
  private cidWidths(w: PdfObj | undefined): Map<number, number> {
    const out = new Map<number, number>();
    if (!Array.isArray(w)) return out;
    const f = this.file;
    for (let i = 0; i < w.length; i++) {
      let start = f.resolve(w[i++]);
      if (typeof start !== 'number' || !Number.isInteger(start)) break;
      const code = f.resolve(w[i]);
      if (Array.isArray(code)) {
        f.budget.addWidths(code.length);
        for (const c of code) {
          const width = f.resolve(c);
          if (typeof width === 'number') out.set(start, width);
          start++;
        }
      } else if (typeof code === 'number' && Number.isInteger(code)) {
        const width = f.resolve(w[++i]);
        if (typeof width !== 'number') continue;
        if (code - start > 1 << 16) throw new Unsupported('W range too large');
        f.budget.addWidths(Math.max(0, code - start + 1));
        for (let k = start; k <= code; k++) out.set(k, width);
      } else break;
    }
    return out;
  }

  /** pdfjs takes ascent and descent from an embedded TrueType font's hhea table. */
  /** An embedded Type 1 font program (FontFile) with ToUnicode: pdfjs takes ascent and descent from the descriptor. */
  private type1Metrics(dict: PdfDict): { ascent: number; descent: number; descriptor: PdfDict } {
    const descriptor = this.file.lookup(dict, 'FontDescriptor');
    if (!isDict(descriptor)) throw new Unsupported('no font descriptor');
    if (!isStream(this.file.lookup(descriptor, 'FontFile'))) throw new Unsupported('Type1 font not embedded as Type 1');
    const ascent = this.file.lookup(descriptor, 'Ascent');
    const descent = this.file.lookup(descriptor, 'Descent');
    if (typeof ascent !== 'number' || typeof descent !== 'number') throw new Unsupported('Type1 font without Ascent and Descent');
    return { ascent: ascent / 1000, descent: descent / 1000, descriptor };
  }

  private metrics(dict: PdfDict): { ascent: number; descent: number; descriptor: PdfDict } {
    const descriptor = this.file.lookup(dict, 'FontDescriptor');
    if (!isDict(descriptor)) throw new Unsupported('no font descriptor');
    const file2 = this.file.lookup(descriptor, 'FontFile2');
    if (!isStream(file2)) throw new Unsupported('font not embedded as TrueType');
    return { ...sfntMetrics(this.file.streamData(file2)), descriptor };
  }
}

function sfntMetrics(b: Uint8Array): { ascent: number; descent: number } {
  const u16 = (p: number) => (b[p]! << 8) | b[p + 1]!;
  const i16 = (p: number) => (u16(p) << 16) >> 16;
  const u32 = (p: number) => u16(p) * 65536 + u16(p + 2);
  if (b.length < 12) throw new Unsupported('font file too short');
  const version = u32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Unsupported('not a TrueType font file');
  const n = u16(4);
  let head = -1;
  let hhea = -1;
  for (let i = 0; i < n; i++) {
    const p = 12 + 16 * i;
    if (p + 16 > b.length) throw new Unsupported('font table directory');
    const tag = String.fromCharCode(b[p]!, b[p + 1]!, b[p + 2]!, b[p + 3]!);
    const off = u32(p + 8);
    if (tag === 'head') head = off;
    else if (tag === 'hhea') hhea = off;
  }
  if (head < 0 || hhea < 0 || head + 54 > b.length || hhea + 36 > b.length) throw new Unsupported('font without head or hhea');
  const unitsPerEm = u16(head + 18);
  if (unitsPerEm === 0) throw new Unsupported('unitsPerEm 0');
  return { ascent: i16(hhea + 4) / unitsPerEm, descent: i16(hhea + 6) / unitsPerEm };
}
