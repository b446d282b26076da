import type { Row, Table } from '../model/table.js';

/**
 * A table whose rows carry codes of two or more lengths, each longer code opening with a
 * shorter one (county codes over municipality codes: "01 Stockholms län" over "0114 Upplands
 * Väsby", "0115 Vallentuna"), nests its rows by code, wherever the county rows stand (above their
 * municipalities, as SCB prints them, or under them): the table's total ("Riket", "00 Riket")
 * adds the rows at the top level alone, never a municipality beside its county. The top level:
 * the coded data rows whose code extends no other row's code; null when no code is extended, or
 * a longer code extends none of the shorter ones (then the codes are no levels of one another).
 */
const CODE = /^\d{2,6}$/;

export function topCodeLevel(table: Table): Row[] | null {
  const coded = table.rows.filter((r) => r.kind === 'data' && r.code !== undefined && CODE.test(r.code));
  if (coded.length < 3) return null;
  const extendsOther = (r: Row): boolean => coded.some((p) => p !== r && p.code!.length < r.code!.length && r.code!.startsWith(p.code!));
  const nested = coded.filter(extendsOther);
  if (nested.length === 0) return null;
  const top = coded.filter((r) => !extendsOther(r));
  // Every row with a longer code than the shortest must sit under some row: otherwise the lengths are no levels.
  const shortest = Math.min(...coded.map((r) => r.code!.length));
  if (coded.some((r) => r.code!.length > shortest && !extendsOther(r))) return null;
  return top.length >= 2 ? top : null;
}
