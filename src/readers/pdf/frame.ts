/**
 * The frame a page's text is read in. Most pages draw their text upright in user space. A
 * landscape page printed as a portrait page turned by /Rotate draws it turned by 90° or 270°
 * in user space (upright as displayed); a page turned by `qpdf --rotate` draws it upright in
 * user space (turned as displayed). In both, the direction most of the text runs in is the one
 * a reader turns the page to: lines, columns and reading order are taken in that frame.
 */
export interface Frame {
  /** User space to the frame (pdfjs matrix order [a b c d e f]). */
  matrix: [number, number, number, number, number, number];
  /** The page's view in the frame: [0, 0, width, height]. */
  view: [number, number, number, number];
}

interface Directed {
  str: string;
  transform: number[];
}

/** Null when most text is upright in user space (or there is none): nothing to turn. */
export function frameOf(items: readonly Directed[], view: [number, number, number, number]): Frame | null {
  const weight = [0, 0, 0, 0];
  // Upright text, nearly all text on nearly every page, is weighed only when some text is turned.
  let turned = false;
  for (const item of items) {
    const t = item.transform;
    if (t.length < 6 || isUpright(t)) continue;
    const quarter = quarterOf(t[0]!, t[1]!);
    if (quarter > 0) {
      weight[quarter]! += item.str.trim().length;
      turned = true;
    } else if (quarter === 0) weight[0]! += item.str.trim().length;
  }
  if (!turned) return null;
  for (const item of items) if (item.transform.length >= 6 && isUpright(item.transform)) weight[0]! += item.str.trim().length;
  let best = 0;
  for (let q = 1; q < 4; q++) if (weight[q]! > weight[best]!) best = q;
  return best === 0 ? null : turn(best * 90, view);
}

/** Text running at 0° exactly, as quarterOf reads it, without an angle computed. */
function isUpright(t: readonly number[]): boolean {
  return t[1] === 0 && t[0]! > 0;
}

/** 0-3 for text running at 0°, 90°, 180°, 270° (within half a degree); -1 for other angles. */
function quarterOf(a: number, b: number): number {
  if (a === 0 && b === 0) return -1;
  const deg = (Math.atan2(b, a) * 180) / Math.PI;
  const q = Math.round(deg / 90);
  if (Math.abs(deg - q * 90) > 0.5) return -1;
  return ((q % 4) + 4) % 4;
}

/** Turns the page clockwise by `degrees` so that text running at that angle becomes upright. */
export function turn(degrees: number, view: [number, number, number, number]): Frame {
  const [x0, y0, x1, y1] = view;
  const w = x1 - x0;
  const h = y1 - y0;
  if (degrees === 90) return { matrix: [0, -1, 1, 0, -y0, x1], view: [0, 0, h, w] };
  if (degrees === 180) return { matrix: [-1, 0, 0, -1, x1, y1], view: [0, 0, w, h] };
  if (degrees === 270) return { matrix: [0, 1, -1, 0, y1, -x0], view: [0, 0, h, w] };
  throw new Error(`turn by ${degrees}°`);
}
