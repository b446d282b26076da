import { LINK } from '../lexicon/money-verbs.js';

/**
 * A line that would open a list of regions as its first item but is the lead that states the
 * whole, written without a full stop and with no blank line under it, as news pages paste them:
 *
 *   Länsstyrelsen delar ut 15 miljoner kronor till skolor på landsbygden i år
 *   Dalarnas län får 5 miljoner kronor
 *
 *   Staten satsar 90 miljoner kronor på nya busslinjer
 *   Region Västerbotten 40 miljoner kronor
 *
 * Its label, what stands before the amount, is a clause: two words or more, one of them a verb of
 * sharing out or giving money ("delar ut", "fördelar", "beviljar", "satsar", "ger", "avsätter",
 * "skjuter till"). Read as an item, the whole was a row beside its own parts. A label that names a
 * region is an item whatever its words (the caller asks this only of one that does not).
 */
const GIVES = /(?<![\p{L}])(?:satsa(?:r|s|de|des)|ge(?:r|s)|gav|skjut(?:er|s)[ \u00a0]+till|sköt[ \u00a0]+till|anslå(?:r|s)|anslog)(?![\p{L}])/iu;

export function isLeadClause(label: string): boolean {
  const words = label.trim().split(/\s+/);
  if (words.length < 2) return false;
  return LINK.test(label + ' ') || GIVES.test(label);
}
