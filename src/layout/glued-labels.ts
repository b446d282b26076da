/**
 * A table copied without the space between each row's label and its first value ("Ekologisk
 * odling9 327 615 391", "Fånggrödor197 650 47", "SUMMA93 066 089 5 901"): the digits glued to
 * the label's last word open the first value, which goes on with a digit group of three. One
 * such row could be a label with a note mark ("Kostnader1 234 567"); several rows of one table
 * glued alike show how the table was copied, so all of them give the digits to their values.
 * The cells are single-spaced readings either way (`readBy: "spaced"`): a sum over them warns.
 */
export interface GluedLine {
  src: { raw: string };
  toks: { text: string; from: number; to: number }[];
  /** Index of the first token of the run of values. */
  runAt: number;
  range: { min: number; max: number } | null;
}

type Range = (run: string[]) => { min: number; max: number } | null;

/** A word of letters ending in the one to three digits glued to it. */
const GLUED_END = /\p{L}{3}(\d{1,3})$/u;
const GROUP = /^\d{3}$/;
/** Rows glued alike before the table counts as copied so: fewer could be note marks. */
const MIN_GLUED = 3;

/**
 * The index of the label word that holds the glued digits, or -1. Groups with a leading zero
 * ("93 066 089") cannot open a value, so the line reader left them in the label: they are walked
 * back over to the glued word.
 */
const gluedAt = (l: GluedLine): number => {
  if (l.runAt === 0 || l.range === null) return -1;
  let k = l.runAt - 1;
  while (k > 0 && GROUP.test(l.toks[k]!.text)) k--;
  if (k === l.runAt - 1 && !GROUP.test(l.toks[l.runAt]?.text ?? '')) return -1;
  return GLUED_END.test(l.toks[k]!.text) ? k : -1;
};

/** Splits the glued digits off the labels into the runs (moves `runAt`, recounts `range`) when enough rows are glued. */
export function takeGluedLabelDigits(lines: GluedLine[], range: Range): void {
  const glued = lines.filter((l) => gluedAt(l) >= 0);
  if (glued.length < MIN_GLUED || glued.length * 4 < lines.length) return;
  for (const l of glued) {
    const k = gluedAt(l);
    const t = l.toks[k]!;
    const digits = GLUED_END.exec(t.text)![1]!;
    const cut = t.to - digits.length;
    const range2 = range([digits, ...l.toks.slice(k + 1).map((x) => x.text)]);
    if (range2 === null) continue;
    l.toks.splice(k, 1, { text: t.text.slice(0, t.text.length - digits.length), from: t.from, to: cut }, { text: digits, from: cut, to: t.to });
    l.runAt = k + 1;
    l.range = range2;
  }
}
