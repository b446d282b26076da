import { parseCell } from '../../../grammars/amount/index.js';
import type { ProseAmount } from '../../model/amount.js';

/**
 * "varav" parts written without a unit, in the unit of the whole before them:
 *
 *   "… 120 miljoner kronor, varav 45 till Skåne och 30 till Halland"
 *   "… 8,5 miljoner kronor till tre föreningar, varav 3 går till A, 2 till B och 4 till C"
 *
 * A bare figure is a part where it stands right after "varav"/"därav", a list separator or a word
 * for the rest, and a word of giving follows it ("till", "för", "går", "avser", "i", "på", …). It
 * takes the whole's scale ("miljoner"). That the unit is the whole's is a reading, so a check over
 * such parts warns. None is read where another figure stands between the whole and "varav" (the
 * bare figures may count what it counts: "till 150 platser, varav 100 i Malmö"), where one looks
 * like a year, or where one alone exceeds the whole (the whole's scale is then not theirs:
 * "1,2 miljarder kronor, varav 450 till …").
 */
const BARE = /(?<=(?:^|[\s,;])(?:varav|därav|och|samt|respektive|resterande|övriga|resten)[\s,]{1,3}|[,;]\s{0,2})([-−]?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?)(?=[ \u00a0]{1,2}(?:till|för|går|avser|på|i|inom|åt|ska|hamnar|läggs|fördelas)[ \u00a0])/giu;
const YEAR = /^(?:19|20)\d\d$/;

export interface BarePart {
  start: number;
  end: number;
  amount: ProseAmount;
}

/**
 * The bare parts in `text` between `from` and `to` (the stretch of one "varav"), outside the
 * amounts already read there (`spans`), in the unit of `whole`, whose span ends at `wholeEnd`.
 * Null where none is read or the reading is refused (see above).
 */
export function bareVaravParts(text: string, from: number, to: number, wholeEnd: number, whole: ProseAmount, spans: readonly { start: number; end: number }[]): BarePart[] | null {
  if (/\d/.test(text.slice(wholeEnd, from))) return null;
  const stretch = text.slice(from, to);
  const out: BarePart[] = [];
  for (const m of stretch.matchAll(BARE)) {
    const start = from + m.index;
    const end = start + m[1]!.length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    if (YEAR.test(m[1]!)) return null;
    const cell = parseCell(m[1]!.replace('−', '-'));
    if (!cell || cell.unit !== null) return null;
    const value = cell.value.times(whole.scale);
    if (value.gt(whole.value)) return null;
    out.push({
      start,
      end,
      amount: {
        value,
        raw: m[1]!,
        unit: whole.unit,
        scale: whole.scale,
        precision: cell.precision.times(whole.scale),
        qualifier: 'exact',
        anomalies: [],
        location: shifted(whole, start - wholeEnd + whole.raw.length, m[1]!.length),
        context: text,
        sentence: whole.sentence,
      },
    });
  }
  return out.length > 0 ? out : null;
}

/** The location `by` characters on from the whole's start, where the sentence runs on one line. */
function shifted(whole: ProseAmount, by: number, length: number): ProseAmount['location'] {
  const { endColumn: _end, box: _box, ...loc } = whole.location;
  if (loc.column === undefined) return loc;
  const column = loc.column + by;
  return { ...loc, column, endColumn: column + length };
}
