import { compareFigures, sumFigures, type Figure } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import type { Row, Table } from '../../model/table.js';
import { matchRegion } from '../../regions/index.js';
import { figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * A sentence that gives one region its amount ("Region Skåne får 12,3 miljoner kronor för …",
 * "Till Gotland går 4,5 miljoner kronor.") beside a table with that region's row: the amount
 * is the row's, one of its cells or, for "totalt", their sum. The sentence's subject must be
 * the region's name alone and its verb one of receiving; a sentence with another amount, an
 * addition ("ytterligare"), a comparison or a rate ("per invånare") speaks of something else
 * and is left alone. Whether the sentence speaks of the table's money is read from its
 * wording, so a disagreement is a warning; an agreement is an info.
 */

/** Verbs of receiving, in the tenses news and decisions use, between the region and its amount. */
const RECEIVES = /^(?:får|fick|tilldelas|tilldelades|beviljas|beviljades|erhåller|erhöll|har fått|har tilldelats|har beviljats|ska få|kommer att få|går|gick)$/i;
/** Words that may stand between the verb and the amount without changing what is paid. */
const FILLER = new Set(['nu', 'därmed', 'alltså', 'totalt', 'sammanlagt', 'i', 'år', 'under', 'för', 'sammantaget']);
/** An addition, a comparison or a rate after the amount: not the amount the table gives the region. */
const OTHER_SUM = /(?<![\p{L}\d_])(?:ytterligare|extra|mer|mindre|fler|färre|förra|fjol|fjolårets|tidigare|jämfört|ökning|minskning|per|av\s+dessa|varav|därav)(?![\p{L}\d_])|\//iu;
const YEAR = /^(?:19|20)\d\d$/;
/** Words of the region's name at most: "Region Jämtland Härjedalen", "Västra Götalandsregionen". */
const MAX_NAME_WORDS = 4;

interface Claim {
  amount: ProseAmount;
  code: string;
  name: string;
  /** "totalt", "sammanlagt": the amount is the whole row's. */
  whole: boolean;
}

/** The region and verb before the amount, or null when the sentence is not "Region X får …". */
function claimOf(a: ProseAmount, sentenceAmounts: number): Claim | null {
  if (a.unit !== 'SEK' || a.qualifier !== 'exact' || a.change !== undefined || sentenceAmounts !== 1) return null;
  const at = a.context.indexOf(a.raw);
  if (at < 0) return null;
  const after = a.context.slice(at + a.raw.length);
  if (OTHER_SUM.test(after)) return null;
  const words = a.context.slice(0, at).trim().replace(/^[-–•*]\s+/, '').split(/\s+/);
  if (words[0]?.toLowerCase() === 'till') words.shift();
  // From the end: fillers and years, then the verb (one or two or three words), then the name.
  let end = words.length;
  let whole = false;
  while (end > 0 && (FILLER.has(words[end - 1]!.toLowerCase()) || YEAR.test(words[end - 1]!))) {
    if (/^(?:totalt|sammanlagt|sammantaget)$/i.test(words[end - 1]!)) whole = true;
    end--;
  }
  for (let verbWords = 1; verbWords <= 3 && verbWords < end; verbWords++) {
    if (!RECEIVES.test(words.slice(end - verbWords, end).join(' '))) continue;
    const name = words.slice(0, end - verbWords);
    if (name.length === 0 || name.length > MAX_NAME_WORDS) return null;
    const m = matchRegion(name.join(' '));
    return m && m.distance === 0 ? { amount: a, code: m.code, name: name.join(' '), whole } : null;
  }
  return null;
}

interface Candidate {
  figure: Figure;
  table: Table;
  row: Row;
  /** The column header, or null for the sum of the row's cells. */
  column: string | null;
}

/** The money figures a region's rows give: each cell, and the sum of a row's cells when it has several. */
function candidatesFor(doc: Document, claim: Claim): Candidate[] {
  const out: Candidate[] = [];
  for (const table of doc.tables) {
    for (const row of table.rows) {
      if (row.kind !== 'data' || row.region?.code !== claim.code) continue;
      // The sentence may be the row itself (a list read from lines of text).
      if (row.location.file === claim.amount.location.file && row.location.line === claim.amount.location.line) return [];
      const cells: Candidate[] = [];
      row.cells.forEach((c, k) => {
        const col = table.columns[k];
        if (!col || col.rate || (col.unit ?? table.unit) !== 'SEK' || c.value === null || c.uncertain !== undefined) return;
        cells.push({ figure: { value: c.value, precision: c.precision }, table, row, column: col.header.join(' ') });
      });
      if (!claim.whole) out.push(...cells);
      if (cells.length > 1 || claim.whole) out.push({ figure: sumFigures(cells.map((c) => c.figure)), table, row, column: null });
    }
  }
  return out.filter((c) => !c.figure.value.isZero());
}

const where = (c: Candidate): string => {
  const table = c.table.caption ? t('regionClaim.caption', { caption: c.table.caption }) : t('regionClaim.table', { line: String(c.table.location.line) });
  return c.column === null ? t('regionClaim.rowSum', { label: c.row.label, table }) : t('regionClaim.cell', { label: c.row.label, column: c.column, table });
};

function checkRegionClaims(doc: Document): RuleFinding[] {
  const perSentence = new Map<number, number>();
  for (const a of doc.amounts) if (a.unit === 'SEK') perSentence.set(a.sentence, (perSentence.get(a.sentence) ?? 0) + 1);
  const findings: RuleFinding[] = [];
  for (const a of doc.amounts) {
    const claim = claimOf(a, perSentence.get(a.sentence) ?? 0);
    if (!claim) continue;
    const candidates = candidatesFor(doc, claim);
    if (candidates.length === 0) continue;
    const stated: Figure = { value: a.value, precision: a.precision };
    const match = candidates.find((c) => compareFigures(c.figure, stated).verdict !== 'mismatch');
    const related = (match ? [match] : candidates.slice(0, 3)).map((c) => ({ message: where(c), location: c.row.location }));
    if (match) {
      findings.push({
        severity: 'info',
        message: t('regionClaim.holds', { raw: a.raw, region: claim.name, figure: figureText(match.figure.value, 'SEK'), where: where(match) }),
        location: a.location,
        related,
        expected: match.figure.value.toFixed(),
        actual: a.value.toFixed(),
      });
      continue;
    }
    // The candidate nearest the sentence's amount is the one the message names.
    const nearest = candidates.reduce((b, c) => (c.figure.value.minus(a.value).abs().lt(b.figure.value.minus(a.value).abs()) ? c : b));
    findings.push({
      severity: 'warning',
      message: t('regionClaim.fails', {
        raw: a.raw,
        region: claim.name,
        figures: candidates.slice(0, 3).map((c) => `${figureText(c.figure.value, 'SEK')} (${where(c)})`).join(', '),
        difference: figureText(a.value.minus(nearest.figure.value), 'SEK'),
      }),
      location: a.location,
      related,
      expected: nearest.figure.value.toFixed(),
      actual: a.value.toFixed(),
    });
  }
  return findings;
}

export const regionClaim: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'text/region-claim',
    description: 'Belopp som texten ger en region stämmer med regionens rad i tabellen',
    severity: 'warning',
    docs:
      'A sentence whose subject is one region and whose verb receives money ("Region Skåne får 12,3 miljoner kronor för …", ' +
      '"Till Gotland går 4,5 miljoner kronor") must agree with that region\u2019s row in the document\u2019s tables: one of its ' +
      'money cells, or the sum of them (always so after "totalt"). A sentence with a second amount, an addition (ytterligare, ' +
      'extra), a comparison (mer, förra året), a part (varav) or a rate (per invånare) is left alone. Which money the sentence ' +
      'speaks of is read from its wording, so a disagreement is a warning; an agreement is an info. Rounded figures are ' +
      'compared as intervals.',
  },
  check: checkRegionClaims,
};
