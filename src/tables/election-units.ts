/**
 * Election tables print votes and seats. "Mandat" is a count already (units.ts); votes are one too:
 * "Röster", "Antal röster", "Giltiga röster 2022", "Röster 2018" head counts of ballots, never money,
 * even where the page's title speaks of a distribution ("Mandatfördelning", "Röstfördelning"), which
 * names no money either. Before, a column of votes under such a title took the title's money hint
 * and was read as kronor.
 */
export const VOTES_TITLE = /(?<![\p{L}])röster(?![\p{L}])/u;
