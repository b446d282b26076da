import type { Location } from '../model/location.js';

/** JSON shape of a location; keys the model leaves undefined are omitted, not nulled. */
export interface LocationJson {
  file: string;
  page?: number;
  line?: number;
  column?: number;
  endColumn?: number;
  box?: { x: number; y: number; width: number; height: number };
}

export function locationJson(loc: Location): LocationJson {
  const out: LocationJson = { file: loc.file };
  if (loc.page !== undefined) out.page = loc.page;
  if (loc.line !== undefined) out.line = loc.line;
  if (loc.column !== undefined) out.column = loc.column;
  if (loc.endColumn !== undefined) out.endColumn = loc.endColumn;
  if (loc.box !== undefined) {
    const { x, y, width, height } = loc.box;
    out.box = { x, y, width, height };
  }
  return out;
}
