/**
 * A sentence saying that sums and their parts need not agree, in the many ways a rounding
 * footnote under a table words it: "Totalen överensstämmer inte med summan av delarna",
 * "stämmer inte alltid totalsumman", "raderna summerar inte alltid till totalen",
 * "summeringen blir inte exakt", "totalbeloppet kan därför avvika", "Summeringsdifferenser kan
 * förekomma". `rounding.ts` reads it in a rounding sentence, or in the sentence right beside
 * one ("Avrundat till närmaste tusental. Delsummorna summerar därför inte exakt till totalen.").
 * A sentence that names no sum, total or parts is never read so: "Utfallet kan avvika" is a
 * forecast, not a footnote on sums.
 */

// What is summed or the sum: "summan", "summeringen", "delsummorna", "totalen", "totalbeloppet", "raderna", "delarna".
const SUM_WORD = /(?<![\p{L}\d])(?:del)?(?:summ|total)[a-zåäö]{0,12}(?![\p{L}])|(?<![\p{L}])(?:delarna|raderna|posterna|beloppen)(?![\p{L}])/iu;
// A negated agreement, either order: "inte alltid stämmer", "stämmer inte", "blir inte exakt", "inte exakt till".
const NOT_AGREE =
  /(?<![\p{L}])(?:inte|ej)\s(?:[a-zåäö]+\s){0,2}?(?:stämmer|överensstämmer|summerar|adderar|går\sihop|blir\sexakt|motsvarar|exakt)(?![\p{L}])|(?<![\p{L}])(?:stämmer|överensstämmer|summerar|summeras|adderar|adderas|motsvarar|blir|går)\s(?:[a-zåäö]+\s){0,2}?(?:inte|ej)(?![\p{L}])/iu;
// "kan (därför) avvika", "kan skilja sig": the sum may differ.
const MAY_DIFFER = /(?<![\p{L}])kan\s(?:[a-zåäö]+\s){0,2}?(?:avvika|skilja)(?![\p{L}])/iu;
// "Summeringsdifferenser/avrundningsdifferenser/avvikelser kan förekomma", "differenser förekommer".
const DIFFERENCES = /(?:differenser|avvikelser)\s(?:kan\s)?(?:förekomma|förekommer|uppstå|uppstår)(?![\p{L}])/iu;

export function saysSumsDiffer(sentence: string): boolean {
  if (DIFFERENCES.test(sentence)) return true;
  if (!SUM_WORD.test(sentence)) return false;
  return NOT_AGREE.test(sentence) || MAY_DIFFER.test(sentence);
}
