import { basename } from 'node:path';
import { linkDocuments } from '../../corpus/link.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { frameRef } from '../support/frame-ref.js';

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
      'The other framework/ rules check linked documents against the frame.',
  },
  check(docs, context) {
    const out: RuleFinding[] = [];
    for (const l of linkDocuments(docs, context.frames).links) {
      const first = l.doc.sentences[0]?.location ?? { file: l.doc.file, line: 1 };
      out.push({
        message:
          `${basename(l.doc.file)} hör till ${frameRef(l.frame, l.agreement?.file ?? null)} (via ${l.how === 'dnr' ? 'diarienummer' : 'namn och år'}` +
          `, ${l.frame.origin.kind === 'pinned' ? `fastställd ram ${basename(l.frame.origin.file)}` : 'ram härledd ur överenskommelsens text'})`,
        location: { file: l.doc.file, ...(first.line !== undefined ? { line: first.line } : {}), ...(first.page !== undefined ? { page: first.page } : {}) },
      });
    }
    return out;
  },
};
