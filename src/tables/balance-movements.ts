import type { Row, Table } from '../model/table.js';
import { datedBalance } from './dated-balance.js';

/**
 * A table that carries a balance through a period ("Förändring av eget kapital": "Belopp vid årets
 * ingång", the movements, "Belopp vid årets utgång"; a note's "Ingående anskaffningsvärden" …
 * "Utgående anskaffningsvärden") prints the year's result among the movements: "Årets resultat"
 * there moves the balance, as "Disposition enligt stämmobeslut" does. It is no result line of an
 * income statement (the result before it plus the sums since), so it is read as an item.
 *
 * The opening and closing words are those of the balance-roll rule (rules/table/balance-roll.ts).
 */
const PERIOD = String.raw`(?:årets|periodens|räkenskapsårets|månadens|kvartalets|halvårets)`;
const OPENING = new RegExp(String.raw`(?:(?:^|\s)(?:vid|per|i)\s+${PERIOD}\s+(?:början|ingång)|(?:^|\s)(?:ingående(?:\s+balans)?|IB))(?=\s|$|,|:)`, 'i');
const CLOSING = new RegExp(String.raw`(?:(?:^|\s)(?:vid|per|i)\s+${PERIOD}\s+(?:slut|utgång)|(?:^|\s)(?:utgående(?:\s+balans)?|UB))(?=\s|$|,|:)`, 'i');

/** A balance may also be named by its day ("Eget kapital 2022-01-01" … "Eget kapital 2022-12-31"; dated-balance.ts). */
export const isOpeningBalance = (label: string): boolean => OPENING.test(label.trim()) || datedBalance(label)?.kind === 'opening';
export const isClosingBalance = (label: string): boolean => CLOSING.test(label.trim()) || datedBalance(label)?.kind === 'closing';

/** The rows between an opening balance and the next closing balance under it: the balance's movements. */
export function balanceMovements(table: Table): Set<Row> {
  const out = new Set<Row>();
  let open = -1;
  table.rows.forEach((row, i) => {
    if (isOpeningBalance(row.label)) open = i;
    else if (isClosingBalance(row.label) && open >= 0) {
      for (const r of table.rows.slice(open + 1, i)) out.add(r);
      open = -1;
    }
  });
  return out;
}
