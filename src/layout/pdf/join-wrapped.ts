/** Words after which a hyphen stays a hyphen and a space follows ("hälso- och sjukvård"). */
const AFTER_HYPHEN = /^(och|eller|samt|till|resp\.?|respektive)\b/i;

/** Joins the lines of a wrapped cell or label: "Befolkning 0–" + "18 år" gives "Befolkning 0–18 år". */
export function joinWrapped(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (out === '') out = part;
    else if (/[-–]$/.test(out) && !AFTER_HYPHEN.test(part)) out += part;
    else out += ' ' + part;
  }
  return out;
}
