/**
 * A row that states a statistic of the rows around it, not a part of their sum: "Medelvärde",
 * "Genomsnitt per region", "Median", "Högsta", "Lägsta", "Kronor per invånare". Tables print such
 * rows among their data, before or after the total; summing one into the total gives a false
 * mismatch. "Medel" alone is the mean; "Medel till regionerna" is money, a data row.
 */
const STATISTIC =
  /^(?:(?:medelvärde|medeltal|genomsnitt|genomsnittlig[at]?|snitt|median(?:värde)?|lägsta|högsta|minsta|största|min(?:imum)?|max(?:imum)?|standardavvikelse|spridning)(?![\p{L}])|medel\s*$|medel\s*\(|(?:(?:kr|kronor|tkr|belopp)\s+)?per\s+(?:invånare|capita|person|elev|brukare|deltagare)(?![\p{L}]))/iu;

export const isStatisticLabel = (label: string): boolean => STATISTIC.test(label.trim());
