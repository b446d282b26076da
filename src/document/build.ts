import { Decimal } from 'decimal.js';
import { dotGrouped, findAmounts } from '../../grammars/amount/index.js';
import type { Layout, TextBlock, TextLine } from '../layout/types.js';
import type { ProseAmount } from '../model/amount.js';
import type { Document, Problem, Sentence } from '../model/document.js';
import type { Table } from '../model/table.js';
import { decreasesIn } from '../prose/decrease.js';
import { joinLines } from '../prose/joined-text.js';
import { amountLineGroups } from '../prose/amount-lines.js';
import { mendBrokenWords } from '../prose/broken-word.js';
import { splitSentences } from '../prose/sentences.js';
import { interpretGrid } from '../tables/interpret.js';
import { readFacts, readProseFacts } from './facts.js';
import { unreadRows } from './unread-rows.js';

const ZERO = new Decimal(0);

/**
 * Layout → Document: tables interpreted, prose split into sentences, amounts read with their
 * sentence, and every fact (title, date, dnr, kind, department, references) read here once.
 * Nothing changes the Document after this.
 */
export function buildDocument(layout: Layout): Document {
  const tables: Table[] = [];
  const problems: Problem[] = [...layout.problems];
  const sentences: Sentence[] = [];
  const amounts: ProseAmount[] = [];
  let blockIndex = 0;
  let lastRole: TextBlock['role'] | null = null;
  // The list so far groups thousands with dots before a currency word ("Balsta bygdegård: 17.371 kronor").
  let dottedList = false;

  const addProse = (role: TextBlock['role'], lines: TextLine[]): void => {
    // Consecutive list items form one list: rules read "a sentence, then its bullets" as a unit.
    if (!(role === 'list-item' && lastRole === 'list-item')) {
      blockIndex++;
      dottedList = false;
    }
    lastRole = role;
    // Item lines without full stops under a lead line are sentences of their own (amount-lines.ts).
    for (const group of role === 'paragraph' ? amountLineGroups(lines) : [lines]) addSentences(role, group);
  };

  const addSentences = (role: TextBlock['role'], lines: TextLine[]): void => {
    const joined = joinLines(lines);
    for (const span of splitSentences(joined.text)) {
      const text = joined.text.slice(span.start, span.end);
      const index = sentences.length;
      sentences.push({ text, location: joined.locate(span.start), role, block: blockIndex });
      // The items after one so written give the bare figure in the same way ("Sveaborgs bygdegård: 7.995").
      const found = findAmounts(text, { closingDots: role === 'list-item' && dottedList });
      if (role === 'list-item' && found.some((a) => a.unit === 'SEK' && dotGrouped(a.raw))) dottedList = true;
      const decreases = decreasesIn(text, found);
      for (const [k, a] of found.entries()) {
        amounts.push({
          value: a.value,
          raw: a.raw,
          unit: a.unit,
          scale: a.scale,
          // Whole kronor written out in full are exact; only scaled or decimal figures are rounded.
          precision: a.scale === 1 && a.unit !== 'percent' && a.written.isInteger() ? ZERO : a.precision,
          qualifier: a.qualifier,
          anomalies: a.anomalies,
          location: joined.locate(span.start + a.start, span.start + a.end),
          context: text,
          sentence: index,
          ...(decreases[k] ? { change: 'decrease' as const } : {}),
        });
      }
    }
  };

  for (const block of mendBrokenWords(layout.blocks)) {
    if (block.kind === 'text') {
      addProse(block.role, block.lines);
      continue;
    }
    const result = interpretGrid(block);
    for (const p of [...(block.problems ?? []), ...result.problems]) problems.push(p);
    if (result.table) tables.push(result.table);
    if (result.prose.length > 0) addProse('paragraph', result.prose);
    lastRole = null;
  }

  // Rows of figures no reader took stay prose above; they are reported, not left unsaid.
  problems.push(...unreadRows(layout.blocks));
  const facts = readFacts(layout.blocks);
  const prose = readProseFacts(sentences, layout.lines);
  return {
    file: layout.file,
    format: layout.format,
    kind: facts.kind,
    title: facts.title,
    date: facts.date,
    dnr: facts.dnr,
    department: prose.department,
    dnrPartial: prose.dnrPartial,
    references: prose.references,
    tables,
    amounts,
    sentences,
    problems,
    lines: layout.lines,
    ...(layout.lostPages && layout.lostPages.length > 0 ? { lostPages: layout.lostPages } : {}),
    ...(layout.encoding ? { encoding: layout.encoding } : {}),
    ...(layout.pdf ? { pdf: layout.pdf } : {}),
  };
}
