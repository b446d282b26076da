/**
 * Every increasing choice of k columns out of n: where a short row's cells may stand. `limit`
 * caps how many are made, for callers that try each one against sums.
 */
export function columnChoices(n: number, k: number, limit = Infinity): number[][] {
  const out: number[][] = [];
  const cur: number[] = [];
  const walk = (from: number): void => {
    if (out.length >= limit) return;
    if (cur.length === k) {
      out.push([...cur]);
      return;
    }
    for (let c = from; c <= n - (k - cur.length); c++) {
      cur.push(c);
      walk(c + 1);
      cur.pop();
    }
  };
  walk(0);
  return out;
}
