import { checkClaims } from '../../corpus/claims.js';
import { figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

export const claimApproximate: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'claim/approximate',
    description: 'Ungefärliga belopp i pressmeddelanden ("nära två miljarder") stämmer med de exakta siffrorna',
    severity: 'warning',
    docs:
      'In press releases and web pages, an amount with a qualifier is compared with the nearest exact figure of the document (a table total, ' +
      'a column sum, an amount in a caption or in the same sentence). Meanings: nära/närmare/uppemot 90–100 % of the claim, knappt 95–100 %, ' +
      'drygt 100–110 %, över more than, under less than, cirka/omkring/runt 95–105 % (or the written rounding when wider). ' +
      'Inside its meaning is info, outside is a warning.',
  },
  check(doc) {
    if (doc.kind !== 'pressmeddelande' && doc.kind !== 'webbsida') return [];
    return checkClaims(doc).map((c): RuleFinding => {
      const range =
        c.meaning.low && c.meaning.high
          ? `${figureText(c.meaning.low, 'SEK')}–${figureText(c.meaning.high, 'SEK')}`
          : c.meaning.low
            ? t('claim.moreThan', { figure: figureText(c.meaning.low, 'SEK') })
            : t('claim.lessThan', { figure: figureText(c.meaning.high!, 'SEK') });
      return {
        severity: c.holds ? 'info' : 'warning',
        message:
          t(c.holds ? 'claim.holds' : 'claim.fails', { raw: c.claim.raw, qualifier: c.claim.qualifier, range, figure: figureText(c.figure.value, 'SEK'), what: c.figure.what }),
        location: c.claim.location,
        related: [{ message: c.figure.what, location: c.figure.location }],
        expected: c.figure.value.toFixed(),
        actual: c.claim.value.toFixed(),
      };
    });
  },
};
