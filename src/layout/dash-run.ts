/**
 * A run of three to eight dashes or hyphens typed where a table has no figure ("---", "-----",
 * "–––"): a blank cell on purpose, as "–" and ".." are. Pages typed by hand print one for a
 * candidacy or a year with nothing to report ("Gnosjö 65 1,2 ----- ---- +65"). A lone dash and
 * "--" are read where they are met (a lone dash may be a minus sign, or a zero); a line of dashes
 * alone is a rule (rule-lines.ts), not a cell.
 */
export const DASH_RUN = '[-−–—]{3,8}';

const DASH_RUN_RE = new RegExp(`^${DASH_RUN}$`, 'u');

export function isDashRun(token: string): boolean {
  return DASH_RUN_RE.test(token.trim());
}
