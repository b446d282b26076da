import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * Whatever the readers and the table interpreter could not make sense of (a cell that is
 * no number, a PDF page that could not be read) becomes a finding, so that nothing read is
 * silently left out of the audit.
 */
export const unreadable: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'format/unreadable',
    description: 'Innehåll som inte kunde läsas eller tolkas',
    severity: 'warning',
    docs:
      'Every problem the readers and the table interpretation recorded is reported: cells where a number was expected ' +
      'but none could be read, PDF pages that could not be read at all, and rows of figures that look like a table (a label, ' +
      'then figures, three lines or more, or two lines that each hold a label and two figures or more; or figures alone on ' +
      'their lines, four or more near each other, as text taken from a PDF sets a table) but that no reader took, so that their figures were read only as running text. ' +
      'The figures involved were left out of every ' +
      'other check, so a total next to them may be reported wrongly or not at all.',
  },
  check(doc) {
    const out: RuleFinding[] = doc.problems.map((p) => ({ message: p.message, location: p.location }));
    // A lost page the reader did not already describe as a problem.
    const described = new Set(doc.problems.map((p) => p.location.page).filter((p) => p !== undefined));
    for (const page of doc.lostPages ?? []) {
      if (!described.has(page)) out.push({ message: t('format.unreadable.page', { page: String(page) }), location: { file: doc.file, page } });
    }
    return out;
  },
};
