/**
 * Real words within reach of a region name that must stay themselves. Found by running every
 * word of the government's published pages through the matcher: "Holland" is one edit from
 * Halland, "delarna" one from Dalarna, "värdland" one from Värmland.
 */
export const NEAR_MISSES: ReadonlySet<string> = new Set([
  'holland',
  'hollande',
  'dalarö',
  'uppland',
  'götaland',
  'götalands',
  'delarna',
  'dagarna',
  'domarna',
  'kallar',
  'kammar',
  'kalmars',
  'värdland',
  'hemland',
  'kronbergs',
  'kronberg',
  'värmländsk',
  'skånsk',
]);
