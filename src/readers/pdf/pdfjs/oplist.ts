import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Ruling } from '../../../layout/pdf/types.js';
import { fills, multiply, strokes, type Matrix } from '../rulings.js';

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

/** Rulings from a pdfjs operator list (the fallback path), in user space. */
export function rulingsFromOperatorList(fnArray: number[], argsArray: unknown[]): Ruling[] {
  const out: Ruling[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      const m = args[0] as Matrix | null;
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!data) continue;
      if (STROKES.has(paint)) strokes(data, out, ctm);
      else if (FILLS.has(paint)) fills(data, out, ctm);
    }
  }
  return out;
}

const SHOW_TEXT = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
const IMAGES = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintSolidColorImageMask]);

/**
 * Whether a page's text is an OCR layer: all of it shown invisibly (render mode 3 or 7) and an
 * image drawn, as the fast reader decides it.
 */
export function ocrLayerFromOperatorList(fnArray: number[], argsArray: unknown[]): boolean {
  let mode = 0;
  const stack: number[] = [];
  let visible = 0;
  let invisible = 0;
  let images = 0;
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k]!;
    if (fn === OPS.save) stack.push(mode);
    else if (fn === OPS.restore) mode = stack.pop() ?? mode;
    else if (fn === OPS.setTextRenderingMode) mode = Number((argsArray[k] as unknown[] | null)?.[0] ?? 0);
    else if (SHOW_TEXT.has(fn)) {
      if (mode === 3 || mode === 7) invisible++;
      else visible++;
    } else if (IMAGES.has(fn)) images++;
  }
  return images > 0 && invisible > 0 && visible === 0;
}

/**
 * Whether a page draws nothing at all (no text shown, no image, no path stroked or filled, no
 * shading), as the fast reader decides it: a blank page, not an unreadable one.
 */
export function drawsNothing(fnArray: number[], argsArray: unknown[]): boolean {
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k]!;
    if (SHOW_TEXT.has(fn) || IMAGES.has(fn) || fn === OPS.shadingFill || STROKES.has(fn) || FILLS.has(fn)) return false;
    if (fn === OPS.constructPath) {
      const paint = (argsArray[k] as unknown[] | null)?.[0];
      if (typeof paint === 'number' && (STROKES.has(paint) || FILLS.has(paint))) return false;
    }
  }
  return true;
}
