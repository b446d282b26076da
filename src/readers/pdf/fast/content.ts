import { glyphOf, type FastFont, type FontCache } from './fonts.js';
import type { PdfFile } from './file.js';
import { fills, strokes, type PathData } from '../rulings.js';
import { isDict, isStream, Lexer, nameOf, PdfName, PdfOp, PdfString, TOKEN, Unsupported, type PdfDict, type PdfObj } from './syntax.js';
import type { Ruling } from '../../../layout/pdf/types.js';

/** A text item as pdfjs's getTextContent gives it (horizontal text only). */
export interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export interface PageText {
  items: TextItem[];
  fonts: Map<string, FastFont>;
  rulings: Ruling[];
  /** Text shown visibly, and invisibly (render mode 3 or 7: an OCR layer), in show operations. */
  shown: { visible: number; invisible: number };
  /** Images drawn (image XObjects and inline images). */
  images: number;
  /** Paths stroked or filled, and shadings painted: anything drawn that is not text or an image. */
  painted: number;
}

/** Matrices inside the interpreter: one array kind throughout keeps the hot code monomorphic. */
type M = Float64Array;

/**
 * The graphics and text state the interpreter reads. A class, not object literals and spreads:
 * one shape for every state, so the code that reads it stays monomorphic. Fields that will hold
 * fractions are first stored as a double: the first store fixes a field's representation, and a
 * field that starts as a small integer and later holds a fraction changes the shape, which throws
 * away the code optimised for it.
 */
class TextState {
  ctm: M = Float64Array.of(1, 0, 0, 1, 0, 0);
  font: FastFont | null = null;
  fontName: string | null = null;
  fontSize = Number.NaN;
  textMatrix: M = IDENTITY.slice();
  textLineMatrix: M = IDENTITY.slice();
  charSpacing = Number.NaN;
  wordSpacing = Number.NaN;
  leading = Number.NaN;
  textHScale = Number.NaN;
  textRise = Number.NaN;
  /** Text render mode (Tr): 3 and 7 draw nothing a reader sees. */
  renderMode = Number.NaN;

  constructor() {
    this.fontSize = 0;
    this.charSpacing = 0;
    this.wordSpacing = 0;
    this.leading = 0;
    this.textHScale = 1;
    this.textRise = 0;
    this.renderMode = 0;
  }

  clone(): TextState {
    const s = new TextState();
    s.copyFrom(this);
    return s;
  }

  /** Copies `from` into this state, matrices included, so q/Q reuse saved states instead of allocating. */
  copyFrom(from: TextState): void {
    this.ctm.set(from.ctm);
    this.font = from.font;
    this.fontName = from.fontName;
    this.fontSize = from.fontSize;
    this.textMatrix.set(from.textMatrix);
    this.textLineMatrix.set(from.textLineMatrix);
    this.charSpacing = from.charSpacing;
    this.wordSpacing = from.wordSpacing;
    this.leading = from.leading;
    this.textHScale = from.textHScale;
    this.textRise = from.textRise;
    this.renderMode = from.renderMode;
  }
}

/** An operator with another operand count, or an unknown one, is Unsupported. */
/**
 * Operators by number, so the interpreter switches on small integers. A const enum: its members
 * are written into the code as literals, so the switch below compiles to a jump table even before
 * V8 optimises it (a `case` on an object's property is a property read and a comparison per case).
 */
const enum OP {
  w = 0,
  J = 1,
  j = 2,
  M = 3,
  d = 4,
  ri = 5,
  i = 6,
  gs = 7,
  q = 8,
  Q = 9,
  cm = 10,
  m = 11,
  l = 12,
  c = 13,
  v = 14,
  y = 15,
  h = 16,
  re = 17,
  S = 18,
  s = 19,
  f = 20,
  F = 21,
  fstar = 22,
  B = 23,
  Bstar = 24,
  b = 25,
  bstar = 26,
  n = 27,
  W = 28,
  Wstar = 29,
  BT = 30,
  ET = 31,
  Tc = 32,
  Tw = 33,
  Tz = 34,
  TL = 35,
  Tf = 36,
  Tr = 37,
  Ts = 38,
  Td = 39,
  TD = 40,
  Tm = 41,
  Tstar = 42,
  Tj = 43,
  TJ = 44,
  quote = 45,
  dquote = 46,
  d0 = 47,
  d1 = 48,
  CS = 49,
  cs = 50,
  G = 51,
  g = 52,
  RG = 53,
  rg = 54,
  K = 55,
  k = 56,
  sh = 57,
  Do = 58,
  MP = 59,
  DP = 60,
  BMC = 61,
  BDC = 62,
  EMC = 63,
  BX = 64,
  EX = 65,
  SC = 66,
  SCN = 67,
  sc = 68,
  scn = 69,
  BI = 70,
}
const OP_CODES = new Map<string, number>([
  ['w', OP.w],
  ['J', OP.J],
  ['j', OP.j],
  ['M', OP.M],
  ['d', OP.d],
  ['ri', OP.ri],
  ['i', OP.i],
  ['gs', OP.gs],
  ['q', OP.q],
  ['Q', OP.Q],
  ['cm', OP.cm],
  ['m', OP.m],
  ['l', OP.l],
  ['c', OP.c],
  ['v', OP.v],
  ['y', OP.y],
  ['h', OP.h],
  ['re', OP.re],
  ['S', OP.S],
  ['s', OP.s],
  ['f', OP.f],
  ['F', OP.F],
  ['f*', OP.fstar],
  ['B', OP.B],
  ['B*', OP.Bstar],
  ['b', OP.b],
  ['b*', OP.bstar],
  ['n', OP.n],
  ['W', OP.W],
  ['W*', OP.Wstar],
  ['BT', OP.BT],
  ['ET', OP.ET],
  ['Tc', OP.Tc],
  ['Tw', OP.Tw],
  ['Tz', OP.Tz],
  ['TL', OP.TL],
  ['Tf', OP.Tf],
  ['Tr', OP.Tr],
  ['Ts', OP.Ts],
  ['Td', OP.Td],
  ['TD', OP.TD],
  ['Tm', OP.Tm],
  ['T*', OP.Tstar],
  ['Tj', OP.Tj],
  ['TJ', OP.TJ],
  ["'", OP.quote],
  ['"', OP.dquote],
  ['d0', OP.d0],
  ['d1', OP.d1],
  ['CS', OP.CS],
  ['cs', OP.cs],
  ['G', OP.G],
  ['g', OP.g],
  ['RG', OP.RG],
  ['rg', OP.rg],
  ['K', OP.K],
  ['k', OP.k],
  ['sh', OP.sh],
  ['Do', OP.Do],
  ['MP', OP.MP],
  ['DP', OP.DP],
  ['BMC', OP.BMC],
  ['BDC', OP.BDC],
  ['EMC', OP.EMC],
  ['BX', OP.BX],
  ['EX', OP.EX],
  ['SC', OP.SC],
  ['SCN', OP.SCN],
  ['sc', OP.sc],
  ['scn', OP.scn],
  ['BI', OP.BI],
]);
/** Operand counts by operator number; -1: any number (colour operands), -2: BI (read apart). */
const ARGS = Int8Array.from([1, 1, 1, 1, 2, 1, 1, 1, 0, 0, 6, 2, 2, 6, 4, 4, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 1, 1, 2, 2, 6, 0, 1, 1, 1, 3, 2, 6, 1, 1, 1, 1, 3, 3, 4, 4, 1, 1, 1, 2, 1, 2, 0, 0, 0, -1, -1, -1, -1, -2]);


const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
/** Right-to-left scripts: pdfjs reorders these (bidi); the fast path leaves them to it. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

const MAX_OPS_PER_PAGE = 2_000_000;
const MAX_FORM_DEPTH = 12;
const MAX_STACK = 256;

const IDENTITY: M = Float64Array.of(1, 0, 0, 1, 0, 0);

function transform(m1: ArrayLike<number>, m2: ArrayLike<number>): M {
  return transformInto(new Float64Array(6), m1, m2);
}

interface Ctx {
  file: PdfFile;
  fonts: FontCache;
  view: [number, number, number, number];
  out: PageText;
  ops: number;
  forms: Set<number>;
}

/**
 * Interprets a page's content streams for text and rulings: a port of pdfjs's
 * getTextContent (same run splitting, spaces and widths) for horizontal text in the fonts
 * FontCache covers, plus straight strokes and thin fills for table borders.
 */
export function readPageContent(file: PdfFile, fonts: FontCache, content: Uint8Array, resources: PdfDict, view: [number, number, number, number]): PageText {
  const out: PageText = { items: [], fonts: new Map(), rulings: [], shown: { visible: 0, invisible: 0 }, images: 0, painted: 0 };
  const ctx: Ctx = { file, fonts, view, out, ops: 0, forms: new Set() };
  new Interpreter(ctx, content, resources, new TextState(), 0).run();
  return out;
}

/**
 * An interpreter's fixed-size buffers, made once per form depth and reused by every page and
 * document: reading is synchronous, and at one depth only one interpreter runs at a time (a
 * form's runs one depth down). Every buffer is written before it is read, except `tsm`, whose
 * entries 1, 2 and 4 stay 0 as the text matrix product needs.
 */
class Buffers {
  readonly prev: M = new Float64Array(6);
  readonly tsm: M = new Float64Array(6);
  readonly inner: M = new Float64Array(6);
  readonly scratch: M = new Float64Array(6);
  readonly scratch2: M = new Float64Array(6);
  readonly linear: M = new Float64Array(6);
  readonly kinds = new Uint8Array(33);
  readonly nums = new Float64Array(33);
  readonly strs: string[] = new Array<string>(33).fill('');
  readonly args: PdfObj[] = new Array<PdfObj>(33).fill(null);
  readonly cmArgs: M = new Float64Array(6);
}
const BUFFERS: Buffers[] = [];
function buffersAt(depth: number): Buffers {
  let b = BUFFERS[depth];
  if (b === undefined) BUFFERS[depth] = b = new Buffers();
  return b;
}

/**
 * One content stream's interpreter (a page's, or a form XObject's with its own state stack).
 * A class rather than closures made afresh for every stream: V8 compiles methods once for all
 * pages, where closures created per call were specialised to the first page's and thrown away
 * (deoptimised and compiled again) when the next page made new ones.
 */
class Interpreter {
  private readonly file: PdfFile;
  private readonly view: [number, number, number, number];
  private readonly out: PageText;
  private readonly textState: TextState;
  /** Saved states, kept for reuse once popped: stack[0..saved) are live. */
  private readonly stack: TextState[] = [];
  private saved = 0;

  // The text run being built (pdfjs's textContentItem).
  private initialized = false;
  /** The run's text so far, built by concatenation (one flat string once read). */
  private str = '';
  private totalWidth = Number.NaN;
  private width = Number.NaN;
  private height = Number.NaN;
  /** Where the last glyph ended (pdfjs prevTransform); copied when an item needs it. */
  private hasPrev = false;
  private readonly prev: M;
  private textAdvanceScale = Number.NaN;
  private spaceInFlowMin = Number.NaN;
  private spaceInFlowMax = Number.NaN;
  private trackingSpaceMin = Infinity;
  private negativeSpaceMax = -Infinity;
  private notASpace = -Infinity;
  private transform: number[] | null = null;
  private fontName = '';

  /**
   * pdfjs's two last characters, ring of two, as "was a space" flags: only that is ever asked
   * of them, and booleans keep the code monomorphic where glyph strings of every kind would not.
   */
  private lastSpace0 = true;
  private lastSpace1 = true;
  private twoLastCharsPos = 0;

  private readonly tsm: M;
  private readonly inner: M;
  private readonly scratch: M;
  private readonly scratch2: M;
  /** The text transform at the start of the current show operation (see glyphTransformInto). */
  private readonly linear: M;

  // Paths for rulings, in user space.
  private path: PathData = [];
  private cx = Number.NaN;
  private cy = Number.NaN;

  private readonly lex: Lexer;
  // Operands by kind: numbers unboxed in `nums`, strings' bytes in `strs`, other objects in
  // `args`. They are counted, not pushed and truncated: setting an array's length is slow.
  private readonly kinds: Uint8Array;
  private readonly nums: Float64Array;
  private readonly strs: string[];
  private readonly args: PdfObj[];
  private readonly cmArgs: M;
  private nargs = 0;
  private op = '';
  /** The operand that is a flat array still in the lexer's fields (TOKEN.arr), or -1. */
  private flatAt = -1;
  /** Fonts this stream's resources name, by name, once found (Tf repeats them often). */
  private readonly fontsByName = new Map<string, FastFont>();

  constructor(
    private readonly ctx: Ctx,
    content: Uint8Array,
    private readonly resources: PdfDict,
    initial: TextState,
    private readonly depth: number,
  ) {
    this.file = ctx.file;
    this.view = ctx.view;
    this.out = ctx.out;
    this.textState = initial;
    this.lex = new Lexer(content);
    const b = buffersAt(depth);
    this.prev = b.prev;
    this.tsm = b.tsm;
    this.inner = b.inner;
    this.scratch = b.scratch;
    this.scratch2 = b.scratch2;
    this.linear = b.linear;
    this.kinds = b.kinds;
    this.nums = b.nums;
    this.strs = b.strs;
    this.args = b.args;
    this.cmArgs = b.cmArgs;
    this.width = this.totalWidth = this.height = this.textAdvanceScale = this.spaceInFlowMin = this.spaceInFlowMax = 0;
    this.cx = this.cy = 0;
  }

  /** Records a character shown; true when a space should go before it (pdfjs saveLastChar). */
  private saveLastChar(isSpace: boolean): boolean {
    const ret = this.shouldAddWhitespace();
    if (this.twoLastCharsPos === 0) this.lastSpace0 = isSpace;
    else this.lastSpace1 = isSpace;
    this.twoLastCharsPos = 1 - this.twoLastCharsPos;
    return ret;
  }

  /** The older of the two last characters is not a space and the newer one is. */
  private shouldAddWhitespace(): boolean {
    return this.twoLastCharsPos === 0 ? !this.lastSpace0 && this.lastSpace1 : !this.lastSpace1 && this.lastSpace0;
  }

  private resetLastChars(): void {
    this.lastSpace0 = this.lastSpace1 = true;
    this.twoLastCharsPos = 0;
  }

  /** ctm × Tm × [size·scale 0 0 size 0 rise], into `dst` (no allocation per glyph). */
  private textTransformInto(dst: M): M {
    const s = this.textState;
    const tsm = this.tsm;
    tsm[0] = s.fontSize * s.textHScale;
    tsm[3] = s.fontSize;
    tsm[5] = s.textRise;
    transformInto(this.inner, s.textMatrix, tsm);
    return transformInto(dst, s.ctm, this.inner);
  }

  /**
   * textTransformInto for a glyph of the current show: within one show only the text matrix's
   * translation moves, so the other four entries are those `linear` took at its start, and the
   * translation is computed with the same operations as the whole product (the same bits).
   */
  private glyphTransformInto(dst: M): M {
    const s = this.textState;
    const tm = s.textMatrix;
    const ctm = s.ctm;
    const rise = s.textRise;
    const lin = this.linear;
    const e = tm[0]! * 0 + tm[2]! * rise + tm[4]!;
    const f = tm[1]! * 0 + tm[3]! * rise + tm[5]!;
    dst[0] = lin[0]!;
    dst[1] = lin[1]!;
    dst[2] = lin[2]!;
    dst[3] = lin[3]!;
    dst[4] = ctm[0]! * e + ctm[2]! * f + ctm[4]!;
    dst[5] = ctm[1]! * e + ctm[3]! * f + ctm[5]!;
    return dst;
  }

  private currentTextTransform(): number[] {
    return plain(this.textTransformInto(this.scratch2));
  }

  private prevTransform(): number[] | null {
    return this.hasPrev ? plain(this.prev) : null;
  }

  private translateTextMatrix(x: number, y: number): void {
    const m = this.textState.textMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  private translateTextLineMatrix(x: number, y: number): void {
    const m = this.textState.textLineMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  private carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.textState.leading);
    this.textState.textMatrix.set(this.textState.textLineMatrix);
  }

  private pushWhitespace(width: number, transformAt: number[] | null): void {
    this.out.items.push({ str: ' ', transform: transformAt ?? [], width, fontName: this.fontName });
  }

  private ensureItem(): void {
    if (this.initialized) return;
    const textState = this.textState;
    const font = textState.font!;
    const out = this.out;
    if (!out.fonts.has(font.id)) out.fonts.set(font.id, font);
    this.fontName = font.id;
    const trm = (this.transform = this.currentTextTransform());
    this.width = this.totalWidth = 0;
    this.height = Math.hypot(trm[2]!, trm[3]!);
    this.textAdvanceScale = Math.hypot(textState.ctm[0]!, textState.ctm[1]!) * Math.hypot(textState.textLineMatrix[0]!, textState.textLineMatrix[1]!);
    const fontSize = textState.fontSize;
    this.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    this.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    this.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    this.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    this.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    this.initialized = true;
  }

  private updateAdvanceScale(): void {
    if (!this.initialized) return;
    const textState = this.textState;
    const scale = Math.hypot(textState.ctm[0]!, textState.ctm[1]!) * Math.hypot(textState.textLineMatrix[0]!, textState.textLineMatrix[1]!);
    if (scale === this.textAdvanceScale) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    this.width = 0;
    this.textAdvanceScale = scale;
  }

  private flush(): void {
    if (!this.initialized) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    const str = this.str;
    if (RTL.test(str)) throw new Unsupported('right-to-left text');
    this.out.items.push({ str, transform: this.transform!, width: Math.abs(this.totalWidth), fontName: this.fontName });
    this.initialized = false;
    this.str = '';
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.initialized) this.flush();
    else this.out.items.push({ str: '', transform: this.currentTextTransform(), width: 0, fontName: this.textState.font?.id ?? '' });
  }

  /** Takes the previous glyph's transform only when it adds a space item (flush leaves it unchanged). */
  private addFakeSpaces(width: number, orientation: number): boolean {
    if (orientation * this.spaceInFlowMin <= width && width <= orientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str += ' ';
      }
      return false;
    }
    const fontName = this.fontName;
    this.flush();
    this.resetLastChars();
    this.out.items.push({ str: ' ', transform: this.prevTransform() ?? this.currentTextTransform(), width: Math.abs(width), fontName });
    return true;
  }

  private compareWithLastPosition(glyphWidth: number): boolean {
    const current = this.glyphTransformInto(this.scratch);
    const view = this.view;
    let posX = current[4]!;
    let posY = current[5]!;
    if (posX + glyphWidth < view[0] || posX > view[2] || posY < view[1] || posY > view[3]) return false;
    if (!this.textState.font || !this.hasPrev) return true;
    let lastX = this.prev[4]!;
    let lastY = this.prev[5]!;
    if (lastX === posX && lastY === posY) return true;
    let rotate = -1;
    if (current[0] && current[1] === 0 && current[2] === 0) rotate = current[0] > 0 ? 0 : 180;
    else if (current[1] && current[0] === 0 && current[3] === 0) rotate = current[1] > 0 ? 90 : 270;
    let swap = 0;
    switch (rotate) {
      case 0:
        break;
      case 90:
        swap = posX;
        posX = posY;
        posY = swap;
        swap = lastX;
        lastX = lastY;
        lastY = swap;
        break;
      case 180:
        posX = -posX;
        posY = -posY;
        lastX = -lastX;
        lastY = -lastY;
        break;
      case 270:
        swap = posX;
        posX = -posY;
        posY = -swap;
        swap = lastX;
        lastX = -lastY;
        lastY = -swap;
        break;
      default: {
        const scale = Math.hypot(current[0]!, current[1]!);
        swap = posX;
        posX = (current[0]! * swap + current[1]! * posY) / scale;
        posY = (current[2]! * swap + current[3]! * posY) / scale;
        const prev = this.prev;
        const prevScale = Math.hypot(prev[0]!, prev[1]!);
        swap = lastX;
        lastX = (prev[0]! * swap + prev[1]! * lastY) / prevScale;
        lastY = (prev[2]! * swap + prev[3]! * lastY) / prevScale;
      }
    }
    const advanceX = (posX - lastX) / this.textAdvanceScale;
    const advanceY = posY - lastY;
    const orientation = Math.sign(this.width);
    if (advanceX < orientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    if (Math.abs(advanceY) > this.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= orientation * this.notASpace) this.resetLastChars();
    if (advanceX <= orientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(Math.abs(advanceX), this.prevTransform());
      } else this.width += advanceX;
    } else if (!this.addFakeSpaces(advanceX, orientation)) {
      if (this.str === '') {
        this.resetLastChars();
        this.pushWhitespace(Math.abs(advanceX), this.prevTransform());
      } else this.width += advanceX;
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  private showText(chars: string, extraSpacing: number): void {
    const textState = this.textState;
    const font = textState.font;
    if (!font) throw new Unsupported('text without a font');
    if (chars) {
      if (textState.renderMode === 3 || textState.renderMode === 7) this.out.shown.invisible++;
      else this.out.shown.visible++;
    }
    if (!chars) {
      const charSpacing = textState.charSpacing + extraSpacing;
      if (charSpacing) this.translateTextMatrix(charSpacing * textState.textHScale, 0);
      return;
    }
    const scale = 0.001 * textState.fontSize;
    // Nothing but the text matrix's translation changes until this show ends.
    this.textTransformInto(this.linear);
    const step = font.composite ? 2 : 1;
    if (chars.length % step !== 0) throw new Unsupported('odd-length two-byte string');
    const n = chars.length / step;
    for (let i = 0; i < n; i++) {
      const code = step === 2 ? (chars.charCodeAt(2 * i) << 8) | chars.charCodeAt(2 * i + 1) : chars.charCodeAt(i);
      const glyph = glyphOf(font, code);
      if (!glyph) throw new Unsupported(`code ${code} not in ToUnicode`);
      if (glyph.format) continue;
      const unicode = glyph.unicode;
      const zeroWidth = glyph.mark;
      let charSpacing = textState.charSpacing + (i + 1 === n ? extraSpacing : 0);
      let scaledDim = glyph.width * scale;
      if (code === 0x20) charSpacing += textState.wordSpacing;
      if (glyph.space) {
        charSpacing += scaledDim;
        this.translateTextMatrix(charSpacing * textState.textHScale, 0);
        this.saveLastChar(true);
        continue;
      }
      if (!zeroWidth && !this.compareWithLastPosition(scaledDim)) {
        this.translateTextMatrix(scaledDim * textState.textHScale, 0);
        continue;
      }
      this.ensureItem();
      if (zeroWidth) scaledDim = 0;
      scaledDim *= textState.textHScale;
      this.translateTextMatrix(scaledDim, 0);
      this.width += scaledDim;
      if (scaledDim) {
        this.glyphTransformInto(this.prev);
        this.hasPrev = true;
      }
      if (this.saveLastChar(unicode === ' ')) this.str += ' ';
      this.str += unicode;
      if (charSpacing) this.translateTextMatrix(charSpacing * textState.textHScale, 0);
    }
  }

  /** TJ on a flat array in the lexer's fields: what the TJ case does with an array of objects. */
  private showTextArray(): void {
    if (!this.textState.font) throw new Unsupported('text without a font');
    const lex = this.lex;
    const spaceFactor = -this.textState.fontSize / 1000;
    let buffer = '';
    let pending = false;
    const n = lex.arrLen;
    for (let k = 0; k < n; k++) {
      if (lex.arrKinds[k] === TOKEN.str) {
        buffer += lex.arrStrs[k]!;
        pending = true;
      } else {
        const e = lex.arrNums[k]!;
        if (e !== 0) {
          this.showText(buffer, e * spaceFactor);
          buffer = '';
          pending = false;
        }
      }
    }
    if (pending) this.showText(buffer, 0);
  }

  /** TJ on an array read as objects. */
  private showTextObjects(elements: PdfObj): void {
    if (!Array.isArray(elements)) throw new Unsupported('TJ operand');
    if (!this.textState.font) throw new Unsupported('text without a font');
    const spaceFactor = -this.textState.fontSize / 1000;
    let buffer = '';
    let pending = false;
    for (const e of elements) {
      if (e instanceof PdfString) {
        buffer += e.bytes;
        pending = true;
      } else if (typeof e === 'number') {
        if (e !== 0) {
          this.showText(buffer, e * spaceFactor);
          buffer = '';
          pending = false;
        }
      } else throw new Unsupported('TJ element');
    }
    if (pending) this.showText(buffer, 0);
  }

  private pt(x: number, y: number): void {
    const m = this.textState.ctm;
    this.path.push(m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!);
  }

  private num(k: number): number {
    if (this.kinds[k] !== TOKEN.num) throw new Unsupported(`operand of ${this.op}`);
    return this.nums[k]!;
  }

  private string(k: number): string {
    if (this.kinds[k] !== TOKEN.str) throw new Unsupported(`operand of ${this.op}`);
    return this.strs[k]!;
  }

  private obj(k: number): PdfObj {
    const kinds = this.kinds;
    if (kinds[k] === TOKEN.arr) {
      // Turned into objects once, for an operator other than TJ that takes an array.
      this.args[k] = this.lex.flatArrayObjects();
      kinds[k] = TOKEN.obj;
    }
    return kinds[k] === TOKEN.obj ? this.args[k]! : kinds[k] === TOKEN.num ? this.nums[k]! : new PdfString(this.strs[k]!);
  }

  run(): void {
    const lex = this.lex;
    const ctx = this.ctx;
    const budget = this.file.budget;
    const kinds = this.kinds;
    for (;;) {
      // One flat array at a time: a second one before the operator is read as objects.
      lex.flatArrays = this.flatAt < 0;
      const kind = lex.token();
      if (kind === TOKEN.end) break;
      if (kind !== TOKEN.op) {
        if (kind === TOKEN.obj && lex.obj === null) continue;
        const nargs = this.nargs;
        if (nargs >= 33) throw new Unsupported('too many operands');
        kinds[nargs] = kind;
        if (kind === TOKEN.num) this.nums[nargs] = lex.num;
        else if (kind === TOKEN.str) this.strs[nargs] = lex.str;
        else if (kind === TOKEN.arr) this.flatAt = nargs;
        else this.args[nargs] = lex.obj;
        this.nargs = nargs + 1;
        continue;
      }
      const o = lex.op!;
      this.op = o.op;
      let code = o.code;
      if (code < 0) code = o.code = OP_CODES.get(o.op) ?? -1;
      if (++ctx.ops > MAX_OPS_PER_PAGE) throw new Unsupported('too many operators on one page');
      budget.operator();
      if (code === OP.BI) {
        this.out.images++;
        skipInlineImage(lex);
        this.nargs = 0;
        continue;
      }
      if (code < 0) throw new Unsupported(`operator ${o.op}`);
      const want = ARGS[code]!;
      if (want >= 0 && this.nargs !== want) throw new Unsupported(`operator ${o.op} with ${this.nargs} operands`);
      this.execute(code);
      this.nargs = 0;
      this.flatAt = -1;
    }
    this.flush();
  }

  /** One operator, its operands read. */
  private execute(code: number): void {
    const textState = this.textState;
    switch (code) {
      case OP.q:
        if (this.saved >= MAX_STACK) throw new Unsupported('q nesting');
        if (this.saved === this.stack.length) this.stack.push(textState.clone());
        else this.stack[this.saved]!.copyFrom(textState);
        this.saved++;
        break;
      case OP.Q:
        if (this.saved > 0) {
          const prev = this.stack[--this.saved]!;
          const changed = prev.font !== textState.font || prev.fontSize !== textState.fontSize || prev.fontName !== textState.fontName;
          textState.copyFrom(prev);
          if (changed) this.flush();
        }
        break;
      case OP.cm: {
        const cmArgs = this.cmArgs;
        for (let k = 0; k < 6; k++) cmArgs[k] = this.num(k);
        // In place: each state owns its ctm (copied on q), and transformInto reads before writing.
        transformInto(textState.ctm, textState.ctm, cmArgs);
        break;
      }
      case OP.Tf:
        this.setFont();
        break;
      case OP.Ts:
        textState.textRise = this.num(0);
        break;
      case OP.Tz:
        textState.textHScale = this.num(0) / 100;
        break;
      case OP.Tr:
        textState.renderMode = this.num(0);
        break;
      case OP.TL:
        textState.leading = this.num(0);
        break;
      case OP.Td:
        this.translateTextLineMatrix(this.num(0), this.num(1));
        textState.textMatrix.set(textState.textLineMatrix);
        break;
      case OP.TD:
        textState.leading = -this.num(1);
        this.translateTextLineMatrix(this.num(0), this.num(1));
        textState.textMatrix.set(textState.textLineMatrix);
        break;
      case OP.Tstar:
        this.carriageReturn();
        break;
      case OP.Tm: {
        const tm = textState.textMatrix;
        for (let k = 0; k < 6; k++) tm[k] = this.num(k);
        textState.textLineMatrix.set(tm);
        this.updateAdvanceScale();
        break;
      }
      case OP.Tc:
        textState.charSpacing = this.num(0);
        break;
      case OP.Tw:
        textState.wordSpacing = this.num(0);
        break;
      case OP.BT:
        textState.textMatrix.set(IDENTITY);
        textState.textLineMatrix.set(IDENTITY);
        break;
      case OP.Tj:
        this.showText(this.string(0), 0);
        break;
      case OP.quote:
        this.carriageReturn();
        this.showText(this.string(0), 0);
        break;
      case OP.dquote:
        textState.wordSpacing = this.num(0);
        textState.charSpacing = this.num(1);
        this.carriageReturn();
        this.showText(this.string(2), 0);
        break;
      case OP.TJ:
        if (this.kinds[0] === TOKEN.arr) this.showTextArray();
        else this.showTextObjects(this.obj(0));
        break;
      case OP.Do:
        this.flush();
        doXObject(this.ctx, this.resources, this.obj(0), textState, this.depth);
        break;
      case OP.gs: {
        const file = this.file;
        const gs = file.lookup(this.resources, 'ExtGState');
        const name = nameOf(this.obj(0));
        const dict = isDict(gs) && name !== undefined ? file.resolve(gs.get(name)) : undefined;
        if (isDict(dict) && dict.has('Font')) throw new Unsupported('font set through ExtGState');
        break;
      }
      case OP.BMC:
      case OP.BDC:
      case OP.EMC:
        this.flush();
        break;
      default:
        this.pathOperator(code);
    }
  }

  /** Tf: the font by its resource name, parsed once per document. */
  private setFont(): void {
    const textState = this.textState;
    const name = this.obj(0);
    const size = this.num(1);
    if (!(name instanceof PdfName)) throw new Unsupported('Tf operand');
    if (textState.font && name.name === textState.fontName && size === textState.fontSize) return;
    this.flush();
    let font = this.fontsByName.get(name.name);
    if (font === undefined) {
      const fontsDict = this.file.lookup(this.resources, 'Font');
      if (!isDict(fontsDict) || !fontsDict.has(name.name)) throw new Unsupported(`font ${name.name} missing`);
      font = this.ctx.fonts.get(fontsDict.get(name.name));
      this.fontsByName.set(name.name, font);
    }
    textState.fontName = name.name;
    textState.fontSize = size;
    textState.font = font;
  }

  /** Path construction and painting, kept for rulings; other operators change nothing read here. */
  private pathOperator(code: number): void {
    const path = this.path;
    switch (code) {
      case OP.m:
        this.cx = this.num(0);
        this.cy = this.num(1);
        path.push(0);
        this.pt(this.cx, this.cy);
        break;
      case OP.l:
        this.cx = this.num(0);
        this.cy = this.num(1);
        path.push(1);
        this.pt(this.cx, this.cy);
        break;
      case OP.c:
        path.push(2);
        this.pt(this.num(0), this.num(1));
        this.pt(this.num(2), this.num(3));
        this.cx = this.num(4);
        this.cy = this.num(5);
        this.pt(this.cx, this.cy);
        break;
      case OP.v:
        path.push(2);
        this.pt(this.cx, this.cy);
        this.pt(this.num(0), this.num(1));
        this.cx = this.num(2);
        this.cy = this.num(3);
        this.pt(this.cx, this.cy);
        break;
      case OP.y:
        path.push(2);
        this.pt(this.num(0), this.num(1));
        this.cx = this.num(2);
        this.cy = this.num(3);
        this.pt(this.cx, this.cy);
        this.pt(this.cx, this.cy);
        break;
      case OP.h:
        path.push(4);
        break;
      case OP.re: {
        const x = (this.cx = this.num(0));
        const y = (this.cy = this.num(1));
        const xw = x + this.num(2);
        const yh = y + this.num(3);
        path.push(0);
        this.pt(x, y);
        if (this.num(2) === 0 || this.num(3) === 0) {
          path.push(1);
          this.pt(xw, yh);
        } else {
          path.push(1);
          this.pt(xw, y);
          path.push(1);
          this.pt(xw, yh);
          path.push(1);
          this.pt(x, yh);
        }
        path.push(4);
        break;
      }
      case OP.s:
      case OP.b:
      case OP.bstar:
        path.push(4);
        this.out.painted++;
        strokes(path, this.out.rulings);
        this.path = [];
        break;
      case OP.S:
      case OP.B:
      case OP.Bstar:
        this.out.painted++;
        strokes(path, this.out.rulings);
        this.path = [];
        break;
      case OP.f:
      case OP.F:
      case OP.fstar:
        this.out.painted++;
        fills(path, this.out.rulings);
        this.path = [];
        break;
      case OP.n:
        this.path = [];
        break;
      case OP.sh:
        this.out.painted++;
        break;
    }
  }
}

/** Transforms handed out in items are plain arrays, like pdfjs's (Array.from is slow on typed arrays). */
function plain(m: M): number[] {
  return [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
}

function transformInto(dst: M, m1: ArrayLike<number>, m2: ArrayLike<number>): M {
  const a = m1[0]! * m2[0]! + m1[2]! * m2[1]!;
  const b = m1[1]! * m2[0]! + m1[3]! * m2[1]!;
  const c = m1[0]! * m2[2]! + m1[2]! * m2[3]!;
  const d = m1[1]! * m2[2]! + m1[3]! * m2[3]!;
  const e = m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!;
  const f = m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!;
  dst[0] = a;
  dst[1] = b;
  dst[2] = c;
  dst[3] = d;
  dst[4] = e;
  dst[5] = f;
  return dst;
}

/** Form XObjects are read like pdfjs: own state stack, the form's matrix, its resources. */
function doXObject(ctx: Ctx, resources: PdfDict, nameArg: PdfObj | undefined, state: TextState, depth: number): void {
  const { file } = ctx;
  const name = nameOf(nameArg);
  if (name === undefined) throw new Unsupported('Do operand');
  const xobjects = file.lookup(resources, 'XObject');
  if (!isDict(xobjects)) throw new Unsupported('XObject missing');
  const ref = xobjects.get(name);
  const xobj = file.resolve(ref);
  if (!isStream(xobj)) throw new Unsupported('XObject is not a stream');
  const subtype = nameOf(xobj.dict.get('Subtype'));
  if (subtype === 'Image') ctx.out.images++;
  if (subtype !== 'Form') return;
  if (depth + 1 > MAX_FORM_DEPTH) throw new Unsupported('forms nested too deep');
  const key = xobj.start;
  if (ctx.forms.has(key)) throw new Unsupported('form refers to itself');
  const inner = state.clone();
  const matrix = file.resolve(xobj.dict.get('Matrix'));
  if (Array.isArray(matrix) && matrix.length === 6 && matrix.every((v) => typeof v === 'number')) inner.ctm = transform(inner.ctm, matrix as number[]);
  const local = file.lookup(xobj.dict, 'Resources');
  ctx.forms.add(key);
  try {
    new Interpreter(ctx, file.streamData(xobj), isDict(local) ? local : resources, inner, depth + 1).run();
  } finally {
    ctx.forms.delete(key);
  }
}

/** Skips `BI … ID <data> EI`: the data ends at whitespace, EI, whitespace or end. */
function skipInlineImage(lex: Lexer): void {
  for (let k = 0; k < 256; k++) {
    const o = lex.next();
    if (o === undefined) throw new Unsupported('unterminated inline image');
    if (o instanceof PdfOp && o.op === 'ID') {
      const b = lex.bytes;
      let p = lex.pos + 1;
      while (p + 2 < lex.end) {
        if (b[p] === 69 && b[p + 1] === 73 && (b[p - 1] === 32 || b[p - 1] === 10 || b[p - 1] === 13) && (p + 2 >= lex.end || [32, 10, 13, 9].includes(b[p + 2]!))) {
          lex.pos = p + 2;
          return;
        }
        p++;
      }
      if (p + 2 === lex.end && b[p] === 69 && b[p + 1] === 73) {
        lex.pos = lex.end;
        return;
      }
      throw new Unsupported('inline image without EI');
    }
  }
  throw new Unsupported('inline image dictionary');
}

