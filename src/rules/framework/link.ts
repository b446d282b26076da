import { basename } from 'node:path';
import { linkDocuments } from '../../corpus/link.js';
import { buildLedgers, ledgerTitle } from '../../corpus/ledger.js';
import type { Document } from '../../model/document.js';
import type { Location } from '../../model/location.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { frameRef } from '../support/frame-ref.js';
import { t } from '../../messages/index.js';

export const frameworkLink: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'framework/link',
    description: 'Visar vilken överenskommelse ett beslut eller pressmeddelande hör till',
    severity: 'info',
    docs:
      'Documents are linked to the agreement they refer to: by diarienummer (a pinned frame in corpus/frames/ names it) ' +
      'or by the agreement\'s name and year ("överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024"). ' +
      'The frame is the pinned one when a .frame file names the agreement, otherwise the one derived from the agreement\'s text. ' +
      'The other framework/ rules check linked documents against the frame. ' +
      'Press releases, agreement pages and decisions that name an agreement without a dnr are linked by its name in the title, lead or text ' +
      '(dashes, quotation marks, case and year ranges such as "2025–2026" or "2025-26" normalised); a bare "överenskommelsen" means the one the title or lead names. ' +
      'The evidence is named; a title or lead naming several agreements is a warning and links nothing.',
  },
  check(docs, context) {
    const out: RuleFinding[] = [];
    for (const l of linkDocuments(docs, context.frames).links) {
      const first = l.doc.sentences[0]?.location ?? { file: l.doc.file, line: 1 };
      out.push({
        message:
          t('framework.link', {
            file: basename(l.doc.file),
            ref: frameRef(l.frame, l.agreement?.file ?? null),
            how: l.how === 'dnr' ? t('framework.link.byDnr') : t('framework.link.byName'),
            frame: l.frame.origin.kind === 'pinned' ? t('framework.link.pinned', { file: basename(l.frame.origin.file) }) : t('framework.link.derived'),
          }),
        location: { file: l.doc.file, ...(first.line !== undefined ? { line: first.line } : {}), ...(first.page !== undefined ? { page: first.page } : {}) },
      });
    }
    // Documents that name an agreement without a dnr or without the agreement in the run: the payout ledger's links.
    const linked = new Set(linkDocuments(docs, context.frames).links.map((l) => l.doc));
    const { ledgers, ambiguous } = buildLedgers(docs);
    for (const l of ledgers) {
      for (const d of l.docs) {
        if (linked.has(d.doc)) continue;
        out.push({ message: t(d.doc.kind === 'överenskommelse' ? 'framework.link.is' : 'framework.link.speaksOf', { file: basename(d.doc.file), title: ledgerTitle(l), evidence: d.evidence }), location: firstLocation(d.doc) });
      }
    }
    for (const a of ambiguous) {
      out.push({
        severity: 'warning',
        message: t('framework.link.ambiguous', { file: basename(a.doc.file), evidence: a.evidence, candidates: a.candidates.map((c) => `"${c.name} ${c.year}"`).join(', ') }),
        location: a.candidates[0]!.sentence.location,
      });
    }
    return out;
  },
};

function firstLocation(doc: Document): Location {
  const first = doc.sentences[0]?.location ?? { file: doc.file, line: 1 };
  return { file: doc.file, ...(first.line !== undefined ? { line: first.line } : {}), ...(first.page !== undefined ? { page: first.page } : {}) };
}
