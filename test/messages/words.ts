/**
 * A small check that a text is in one language: common words of the other language that
 * must not appear. Quoted document phrases ("…"), parentheses, rule ids, option names,
 * alternations (json|csv), identifiers with underscores and command lines are left out
 * first: they are names, not prose.
 */
export const ENGLISH = [
  'the', 'and', 'of', 'must', 'could', 'not', 'file', 'files', 'page', 'pages', 'found', 'with', 'which', 'error', 'errors',
  'warning', 'warnings', 'document', 'documents', 'unknown', 'read', 'line', 'column', 'table', 'amount', 'amounts', 'share',
  'count', 'population', 'stated', 'computed', 'finding', 'findings', 'see', 'takes', 'needs', 'least', 'exactly', 'frame',
  'derived', 'pinned', 'key', 'rows', 'total', 'date', 'title', 'measure', 'value', 'printed', 'unit', 'place', 'should', 'when',
  'than', 'none', 'also', 'sum', 'is', 'are', 'no', 'too', 'large', 'empty', 'missing', 'sums', 'row', 'states', 'agrees',
  'difference', 'rounding', 'within', 'remaining', 'payout', 'payouts', 'decision', 'agreement', 'cells', 'by', 'but',
];

export const SWEDISH = [
  'och', 'inte', 'att', 'som', 'kunde', 'sidan', 'sida', 'rad', 'rader', 'fil', 'filer', 'fynd', 'fel', 'varning', 'varningar', 'ska', 'är', 'ett',
  'till', 'på', 'tabell', 'belopp', 'okänd', 'saknar', 'ingen', 'inget', 'gränsen', 'dokument', 'eller', 'måste', 'finns', 'kan',
  'inom', 'utan', 'från', 'efter', 'summa', 'för', 'med', 'av', 'tom', 'stor', 'läsas', 'datum', 'titel', 'kolumn', 'angivet', 'beräknat',
  'summerar', 'kolumnen', 'raden', 'saknas', 'stämmer', 'anger', 'skillnad', 'avrundningen', 'resterande', 'utbetalningen',
  'ramen', 'enligt', 'men', 'delsumman', 'summaraden', 'tabellen', 'meningen', 'listan', 'nyckeln', 'överenskommelsen',
];

export function prose(text: string): string {
  return text
    .replace(/"[^"]*"|“[^”]*”|'[^']*'/g, ' ')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/kronkoll [a-z]+/g, ' ')
    .replace(/--?[a-z][a-z-]*/g, ' ')
    .replace(/\S*\|\S*/g, ' ')
    .replace(/\b[a-z]+\/[a-z-]*/g, ' ')
    .replace(/\S*_\S*/g, ' ')
    .replace(/\S+\.(txt|md|html|pdf|frame|csv|json)\b/g, ' ')
    .replace(/(^|\s)\.\S+/g, ' ');
}

/** Words of `list` found in `text` (whole words, case-insensitive). */
export function foreignWords(text: string, list: readonly string[]): string[] {
  const words = prose(text).toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => list.includes(w)))];
}
