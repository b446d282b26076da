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
}

/** Matrices inside the interpreter: one array kind throughout keeps the hot code monomorphic. */
type M = Float64Array;

interface State {
  ctm: M;
  font: FastFont | null;
  fontName: string | null;
  fontSize: number;
  textMatrix: M;
  textLineMatrix: M;
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  textHScale: number;
  textRise: number;
  /** Text render mode (Tr): 3 and 7 draw nothing a reader sees. */
  renderMode: number;
}

/** An operator with another operand count, or an unknown one, is Unsupported. */
/** Operators by number, so the interpreter switches on small integers. */
const OP = {
  w: 0,
  J: 1,
  j: 2,
  M: 3,
  d: 4,
  ri: 5,
  i: 6,
  gs: 7,
  q: 8,
  Q: 9,
  cm: 10,
  m: 11,
  l: 12,
  c: 13,
  v: 14,
  y: 15,
  h: 16,
  re: 17,
  S: 18,
  s: 19,
  f: 20,
  F: 21,
  fstar: 22,
  B: 23,
  Bstar: 24,
  b: 25,
  bstar: 26,
  n: 27,
  W: 28,
  Wstar: 29,
  BT: 30,
  ET: 31,
  Tc: 32,
  Tw: 33,
  Tz: 34,
  TL: 35,
  Tf: 36,
  Tr: 37,
  Ts: 38,
  Td: 39,
  TD: 40,
  Tm: 41,
  Tstar: 42,
  Tj: 43,
  TJ: 44,
  quote: 45,
  dquote: 46,
  d0: 47,
  d1: 48,
  CS: 49,
  cs: 50,
  G: 51,
  g: 52,
  RG: 53,
  rg: 54,
  K: 55,
  k: 56,
  sh: 57,
  Do: 58,
  MP: 59,
  DP: 60,
  BMC: 61,
  BDC: 62,
  EMC: 63,
  BX: 64,
  EX: 65,
  SC: 66,
  SCN: 67,
  sc: 68,
  scn: 69,
  BI: 70,
} as const;
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
  const out: PageText = { items: [], fonts: new Map(), rulings: [], shown: { visible: 0, invisible: 0 }, images: 0 };
  const ctx: Ctx = { file, fonts, view, out, ops: 0, forms: new Set() };
  const state: State = {
    ctm: Float64Array.of(1, 0, 0, 1, 0, 0),
    font: null,
    fontName: null,
    fontSize: 0,
    textMatrix: IDENTITY.slice(),
    textLineMatrix: IDENTITY.slice(),
    charSpacing: 0,
    wordSpacing: 0,
    leading: 0,
    textHScale: 1,
    textRise: 0,
    renderMode: 0,
  };
  run(ctx, content, resources, state, 0);
  return out;
}

function clone(s: State): State {
  return { ...s, ctm: s.ctm.slice(), textMatrix: s.textMatrix.slice(), textLineMatrix: s.textLineMatrix.slice() };
}

/** Copies `from` into `to`, matrices included, so q/Q reuse saved states instead of allocating. */
function copyState(to: State, from: State): void {
  to.ctm.set(from.ctm);
  to.font = from.font;
  to.fontName = from.fontName;
  to.fontSize = from.fontSize;
  to.textMatrix.set(from.textMatrix);
  to.textLineMatrix.set(from.textLineMatrix);
  to.charSpacing = from.charSpacing;
  to.wordSpacing = from.wordSpacing;
  to.leading = from.leading;
  to.textHScale = from.textHScale;
  to.textRise = from.textRise;
  to.renderMode = from.renderMode;
}

function run(ctx: Ctx, content: Uint8Array, resources: PdfDict, initial: State, depth: number): void {
  const { file, view, out } = ctx;
  const budget = file.budget;
  const textState = initial;
  /** Saved states, kept for reuse once popped: stack[0..saved) are live. */
  const stack: State[] = [];
  let saved = 0;
  const item = {
    initialized: false,
    /** The run's text so far, built by concatenation (one flat string once read). */
    str: '',
    totalWidth: 0,
    width: 0,
    height: 0,
    /** Where the last glyph ended (pdfjs prevTransform); copied when an item needs it. */
    hasPrev: false,
    prev: new Float64Array(6),
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null as number[] | null,
    fontName: '',
  };
  const twoLastChars = [' ', ' '];
  let twoLastCharsPos = 0;
  const saveLastChar = (char: string): boolean => {
    const nextPos = (twoLastCharsPos + 1) % 2;
    const ret = twoLastChars[twoLastCharsPos] !== ' ' && twoLastChars[nextPos] === ' ';
    twoLastChars[twoLastCharsPos] = char;
    twoLastCharsPos = nextPos;
    return ret;
  };
  const shouldAddWhitespace = () => twoLastChars[twoLastCharsPos] !== ' ' && twoLastChars[(twoLastCharsPos + 1) % 2] === ' ';
  const resetLastChars = () => {
    twoLastChars[0] = twoLastChars[1] = ' ';
    twoLastCharsPos = 0;
  };
  const tsm: M = new Float64Array(6);
  const inner: M = new Float64Array(6);
  const scratch: M = new Float64Array(6);
  const scratch2: M = new Float64Array(6);
  /** ctm × Tm × [size·scale 0 0 size 0 rise], into `dst` (no allocation per glyph). */
  const textTransformInto = (dst: M): M => {
    const s = textState;
    tsm[0] = s.fontSize * s.textHScale;
    tsm[3] = s.fontSize;
    tsm[5] = s.textRise;
    transformInto(inner, s.textMatrix, tsm);
    return transformInto(dst, s.ctm, inner);
  };
  /** Transforms handed out in items are plain arrays, like pdfjs's (Array.from is slow on typed arrays). */
  const plain = (m: M): number[] => [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
  const currentTextTransform = (): number[] => plain(textTransformInto(scratch2));
  const prevTransform = (): number[] | null => (item.hasPrev ? plain(item.prev) : null);
  const translateTextMatrix = (x: number, y: number) => {
    const m = textState.textMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  };
  const translateTextLineMatrix = (x: number, y: number) => {
    const m = textState.textLineMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  };
  const carriageReturn = () => {
    translateTextLineMatrix(0, -textState.leading);
    textState.textMatrix.set(textState.textLineMatrix);
  };
  const pushWhitespace = (width: number, transformAt: number[] | null) => {
    out.items.push({ str: ' ', transform: transformAt ?? [], width, fontName: item.fontName });
  };
  const ensureItem = () => {
    if (item.initialized) return item;
    const font = textState.font!;
    if (!out.fonts.has(font.id)) out.fonts.set(font.id, font);
    item.fontName = font.id;
    const trm = (item.transform = currentTextTransform());
    item.width = item.totalWidth = 0;
    item.height = Math.hypot(trm[2]!, trm[3]!);
    item.textAdvanceScale = Math.hypot(textState.ctm[0]!, textState.ctm[1]!) * Math.hypot(textState.textLineMatrix[0]!, textState.textLineMatrix[1]!);
    const { fontSize } = textState;
    item.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    item.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    item.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    item.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    item.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    item.initialized = true;
    return item;
  };
  const updateAdvanceScale = () => {
    if (!item.initialized) return;
    const scale = Math.hypot(textState.ctm[0]!, textState.ctm[1]!) * Math.hypot(textState.textLineMatrix[0]!, textState.textLineMatrix[1]!);
    if (scale === item.textAdvanceScale) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    item.width = 0;
    item.textAdvanceScale = scale;
  };
  const flush = () => {
    if (!item.initialized) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    const str = item.str;
    if (RTL.test(str)) throw new Unsupported('right-to-left text');
    out.items.push({ str, transform: item.transform!, width: Math.abs(item.totalWidth), fontName: item.fontName });
    item.initialized = false;
    item.str = '';
  };
  const appendEOL = () => {
    resetLastChars();
    if (item.initialized) flush();
    else out.items.push({ str: '', transform: currentTextTransform(), width: 0, fontName: textState.font?.id ?? '' });
  };
  /** Takes the previous glyph's transform only when it adds a space item (flush leaves it unchanged). */
  const addFakeSpaces = (width: number, orientation: number): boolean => {
    if (orientation * item.spaceInFlowMin <= width && width <= orientation * item.spaceInFlowMax) {
      if (item.initialized) {
        resetLastChars();
        item.str += ' ';
      }
      return false;
    }
    const fontName = item.fontName;
    flush();
    resetLastChars();
    out.items.push({ str: ' ', transform: prevTransform() ?? currentTextTransform(), width: Math.abs(width), fontName });
    return true;
  };
  const compareWithLastPosition = (glyphWidth: number): boolean => {
    const current = textTransformInto(scratch);
    let posX = current[4]!;
    let posY = current[5]!;
    if (posX + glyphWidth < view[0] || posX > view[2] || posY < view[1] || posY > view[3]) return false;
    if (!textState.font || !item.hasPrev) return true;
    let lastX = item.prev[4]!;
    let lastY = item.prev[5]!;
    if (lastX === posX && lastY === posY) return true;
    let rotate = -1;
    if (current[0] && current[1] === 0 && current[2] === 0) rotate = current[0] > 0 ? 0 : 180;
    else if (current[1] && current[0] === 0 && current[3] === 0) rotate = current[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastX, lastY] = [lastY, lastX];
        break;
      case 180:
        [posX, posY, lastX, lastY] = [-posX, -posY, -lastX, -lastY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastX, lastY] = [-lastY, -lastX];
        break;
      default:
        [posX, posY] = inverseRotation(posX, posY, current);
        [lastX, lastY] = inverseRotation(lastX, lastY, item.prev);
    }
    const advanceX = (posX - lastX) / item.textAdvanceScale;
    const advanceY = posY - lastY;
    const orientation = Math.sign(item.width);
    if (advanceX < orientation * item.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * item.height) {
        appendEOL();
        return true;
      }
      resetLastChars();
      flush();
      return true;
    }
    if (Math.abs(advanceY) > item.height) {
      appendEOL();
      return true;
    }
    if (advanceX <= orientation * item.notASpace) resetLastChars();
    if (advanceX <= orientation * item.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars();
        flush();
        pushWhitespace(Math.abs(advanceX), prevTransform());
      } else item.width += advanceX;
    } else if (!addFakeSpaces(advanceX, orientation)) {
      if (item.str === '') {
        resetLastChars();
        pushWhitespace(Math.abs(advanceX), prevTransform());
      } else item.width += advanceX;
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT_RATIO) flush();
    return true;
  };
  const showText = (chars: string | null, extraSpacing: number) => {
    const font = textState.font;
    if (!font) throw new Unsupported('text without a font');
    if (chars) {
      if (textState.renderMode === 3 || textState.renderMode === 7) out.shown.invisible++;
      else out.shown.visible++;
    }
    if (!chars) {
      const charSpacing = textState.charSpacing + extraSpacing;
      if (charSpacing) translateTextMatrix(charSpacing * textState.textHScale, 0);
      return;
    }
    const scale = 0.001 * textState.fontSize;
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
        translateTextMatrix(charSpacing * textState.textHScale, 0);
        saveLastChar(' ');
        continue;
      }
      if (!zeroWidth && !compareWithLastPosition(scaledDim)) {
        translateTextMatrix(scaledDim * textState.textHScale, 0);
        continue;
      }
      const chunk = ensureItem();
      if (zeroWidth) scaledDim = 0;
      scaledDim *= textState.textHScale;
      translateTextMatrix(scaledDim, 0);
      chunk.width += scaledDim;
      if (scaledDim) {
        textTransformInto(chunk.prev);
        chunk.hasPrev = true;
      }
      if (saveLastChar(unicode)) chunk.str += ' ';
      chunk.str += unicode;
      if (charSpacing) translateTextMatrix(charSpacing * textState.textHScale, 0);
    }
  };

  /** TJ on a flat array in the lexer's fields: what the TJ case does with an array of objects. */
  const showTextArray = () => {
    if (!textState.font) throw new Unsupported('text without a font');
    const spaceFactor = -textState.fontSize / 1000;
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
          showText(buffer, e * spaceFactor);
          buffer = '';
          pending = false;
        }
      }
    }
    if (pending) showText(buffer, 0);
  };

  // Paths for rulings, in user space.
  let path: PathData = [];
  let cx = 0;
  let cy = 0;
  const pt = (x: number, y: number) => {
    const m = textState.ctm;
    path.push(m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!);
  };

  const lex = new Lexer(content);
  // Operands by kind: numbers unboxed in `nums`, strings' bytes in `strs`, other objects in
  // `args`. They are counted, not pushed and truncated: setting an array's length is slow.
  const kinds = new Uint8Array(33);
  const nums = new Float64Array(33);
  const strs: string[] = new Array<string>(33).fill('');
  const args: PdfObj[] = new Array<PdfObj>(33).fill(null);
  const cmArgs: M = new Float64Array(6);
  let nargs = 0;
  let op = '';
  const num = (k: number): number => {
    if (kinds[k] !== TOKEN.num) throw new Unsupported(`operand of ${op}`);
    return nums[k]!;
  };
  const str = (k: number): string => {
    if (kinds[k] !== TOKEN.str) throw new Unsupported(`operand of ${op}`);
    return strs[k]!;
  };
  /** The operand that is a flat array still in the lexer's fields (TOKEN.arr), or -1. */
  let flatAt = -1;
  const obj = (k: number): PdfObj => {
    if (kinds[k] === TOKEN.arr) {
      // Turned into objects once, for an operator other than TJ that takes an array.
      args[k] = lex.flatArrayObjects();
      kinds[k] = TOKEN.obj;
    }
    return kinds[k] === TOKEN.obj ? args[k]! : kinds[k] === TOKEN.num ? nums[k]! : new PdfString(strs[k]!);
  };
  for (;;) {
    // One flat array at a time: a second one before the operator is read as objects.
    lex.flatArrays = flatAt < 0;
    const kind = lex.token();
    if (kind === TOKEN.end) break;
    if (kind !== TOKEN.op) {
      if (kind === TOKEN.obj && lex.obj === null) continue;
      if (nargs >= 33) throw new Unsupported('too many operands');
      kinds[nargs] = kind;
      if (kind === TOKEN.num) nums[nargs] = lex.num;
      else if (kind === TOKEN.str) strs[nargs] = lex.str;
      else if (kind === TOKEN.arr) flatAt = nargs;
      else args[nargs] = lex.obj;
      nargs++;
      continue;
    }
    const o = lex.op!;
    op = o.op;
    let code = o.code;
    if (code < 0) code = o.code = OP_CODES.get(op) ?? -1;
    if (++ctx.ops > MAX_OPS_PER_PAGE) throw new Unsupported('too many operators on one page');
    budget.operator();
    if (code === OP.BI) {
      out.images++;
      skipInlineImage(lex);
      nargs = 0;
      continue;
    }
    if (code < 0) throw new Unsupported(`operator ${op}`);
    const want = ARGS[code]!;
    if (want >= 0 && nargs !== want) throw new Unsupported(`operator ${op} with ${nargs} operands`);
    switch (code) {
      case OP.q:
        if (saved >= MAX_STACK) throw new Unsupported('q nesting');
        if (saved === stack.length) stack.push(clone(textState));
        else copyState(stack[saved]!, textState);
        saved++;
        break;
      case OP.Q:
        if (saved > 0) {
          const prev = stack[--saved]!;
          const changed = prev.font !== textState.font || prev.fontSize !== textState.fontSize || prev.fontName !== textState.fontName;
          copyState(textState, prev);
          if (changed) flush();
        }
        break;
      case OP.cm:
        for (let k = 0; k < 6; k++) cmArgs[k] = num(k);
        // In place: each state owns its ctm (copied on q), and transformInto reads before writing.
        transformInto(textState.ctm, textState.ctm, cmArgs);
        break;
      case OP.Tf: {
        const name = obj(0);
        const size = num(1);
        if (!(name instanceof PdfName)) throw new Unsupported('Tf operand');
        if (textState.font && name.name === textState.fontName && size === textState.fontSize) break;
        flush();
        const fontsDict = file.lookup(resources, 'Font');
        if (!isDict(fontsDict) || !fontsDict.has(name.name)) throw new Unsupported(`font ${name.name} missing`);
        textState.fontName = name.name;
        textState.fontSize = size;
        textState.font = ctx.fonts.get(fontsDict.get(name.name));
        break;
      }
      case OP.Ts:
        textState.textRise = num(0);
        break;
      case OP.Tz:
        textState.textHScale = num(0) / 100;
        break;
      case OP.Tr:
        textState.renderMode = num(0);
        break;
      case OP.TL:
        textState.leading = num(0);
        break;
      case OP.Td:
        translateTextLineMatrix(num(0), num(1));
        textState.textMatrix.set(textState.textLineMatrix);
        break;
      case OP.TD:
        textState.leading = -num(1);
        translateTextLineMatrix(num(0), num(1));
        textState.textMatrix.set(textState.textLineMatrix);
        break;
      case OP.Tstar:
        carriageReturn();
        break;
      case OP.Tm: {
        const tm = textState.textMatrix;
        for (let k = 0; k < 6; k++) tm[k] = num(k);
        textState.textLineMatrix.set(tm);
        updateAdvanceScale();
        break;
      }
      case OP.Tc:
        textState.charSpacing = num(0);
        break;
      case OP.Tw:
        textState.wordSpacing = num(0);
        break;
      case OP.BT:
        textState.textMatrix.set(IDENTITY);
        textState.textLineMatrix.set(IDENTITY);
        break;
      case OP.Tj:
        showText(str(0), 0);
        break;
      case OP.quote:
        carriageReturn();
        showText(str(0), 0);
        break;
      case OP.dquote:
        textState.wordSpacing = num(0);
        textState.charSpacing = num(1);
        carriageReturn();
        showText(str(2), 0);
        break;
      case OP.TJ: {
        if (kinds[0] === TOKEN.arr) {
          showTextArray();
          break;
        }
        const elements = obj(0);
        if (!Array.isArray(elements)) throw new Unsupported('TJ operand');
        if (!textState.font) throw new Unsupported('text without a font');
        const spaceFactor = -textState.fontSize / 1000;
        let buffer = '';
        let pending = false;
        for (const e of elements) {
          if (e instanceof PdfString) {
            buffer += e.bytes;
            pending = true;
          } else if (typeof e === 'number') {
            if (e !== 0) {
              showText(buffer, e * spaceFactor);
              buffer = '';
              pending = false;
            }
          } else throw new Unsupported('TJ element');
        }
        if (pending) showText(buffer, 0);
        break;
      }
      case OP.Do:
        flush();
        doXObject(ctx, resources, obj(0), textState, depth);
        break;
      case OP.gs: {
        const gs = file.lookup(resources, 'ExtGState');
        const name = nameOf(obj(0));
        const dict = isDict(gs) && name !== undefined ? file.resolve(gs.get(name)) : undefined;
        if (isDict(dict) && dict.has('Font')) throw new Unsupported('font set through ExtGState');
        break;
      }
      case OP.BMC:
      case OP.BDC:
      case OP.EMC:
        flush();
        break;
      case OP.m:
        cx = num(0);
        cy = num(1);
        path.push(0);
        pt(cx, cy);
        break;
      case OP.l:
        cx = num(0);
        cy = num(1);
        path.push(1);
        pt(cx, cy);
        break;
      case OP.c:
        path.push(2);
        pt(num(0), num(1));
        pt(num(2), num(3));
        cx = num(4);
        cy = num(5);
        pt(cx, cy);
        break;
      case OP.v:
        path.push(2);
        pt(cx, cy);
        pt(num(0), num(1));
        cx = num(2);
        cy = num(3);
        pt(cx, cy);
        break;
      case OP.y:
        path.push(2);
        pt(num(0), num(1));
        cx = num(2);
        cy = num(3);
        pt(cx, cy);
        pt(cx, cy);
        break;
      case OP.h:
        path.push(4);
        break;
      case OP.re: {
        const x = (cx = num(0));
        const y = (cy = num(1));
        const xw = x + num(2);
        const yh = y + num(3);
        path.push(0);
        pt(x, y);
        if (num(2) === 0 || num(3) === 0) {
          path.push(1);
          pt(xw, yh);
        } else {
          path.push(1);
          pt(xw, y);
          path.push(1);
          pt(xw, yh);
          path.push(1);
          pt(x, yh);
        }
        path.push(4);
        break;
      }
      case OP.s:
      case OP.b:
      case OP.bstar:
        path.push(4);
        strokes(path, out.rulings);
        path = [];
        break;
      case OP.S:
      case OP.B:
      case OP.Bstar:
        strokes(path, out.rulings);
        path = [];
        break;
      case OP.f:
      case OP.F:
      case OP.fstar:
        fills(path, out.rulings);
        path = [];
        break;
      case OP.n:
        path = [];
        break;
    }
    nargs = 0;
    flatAt = -1;
  }
  flush();
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

function inverseRotation(x: number, y: number, m: ArrayLike<number>): [number, number] {
  const scale = Math.hypot(m[0]!, m[1]!);
  return [(m[0]! * x + m[1]! * y) / scale, (m[2]! * x + m[3]! * y) / scale];
}

/** Form XObjects are read like pdfjs: own state stack, the form's matrix, its resources. */
function doXObject(ctx: Ctx, resources: PdfDict, nameArg: PdfObj | undefined, state: State, depth: number): void {
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
  const inner = clone(state);
  const matrix = file.resolve(xobj.dict.get('Matrix'));
  if (Array.isArray(matrix) && matrix.length === 6 && matrix.every((v) => typeof v === 'number')) inner.ctm = transform(inner.ctm, matrix as number[]);
  const local = file.lookup(xobj.dict, 'Resources');
  ctx.forms.add(key);
  try {
    run(ctx, file.streamData(xobj), isDict(local) ? local : resources, inner, depth + 1);
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

