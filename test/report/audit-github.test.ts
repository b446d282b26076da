import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatAuditGithub } from '../../src/report/audit-github.js';
import type { AuditResult } from '../../src/report/types.js';
import { FILE_001, result001 } from './fixtures.js';

/** A workflow command: ::name key=value,key=value::message (properties escaped, no raw newline). */
const COMMAND = /^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:\r\n]*)(?:,[a-zA-Z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

function parse(line: string) {
  const m = COMMAND.exec(line);
  expect(m, line).not.toBeNull();
  const props = Object.fromEntries(m![2]!.split(',').map((p) => p.split('=') as [string, string]));
  return { command: m![1], props, message: m![3] };
}

describe('audit --format github', () => {
  it('one workflow command per finding and per unreadable file, with file, line, column and rule', () => {
    const lines = formatAuditGithub(result001()).trimEnd().split('\n');
    expect(lines.length).toBe(4);
    const [text, pdf, info, broken] = lines.map(parse);
    expect(text).toEqual({
      command: 'error',
      props: { file: FILE_001, line: '80', col: '7', endColumn: '20', title: 'kronkoll table/column-total' },
      message: '21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr)',
    });
    // A PDF location has a page, no line: the file is annotated and the page named in the message.
    expect(pdf!.command).toBe('warning');
    expect(pdf!.props).toEqual({ file: 'corpus/003 överenskommelse.pdf', title: 'kronkoll prose/table-agreement' });
    expect(pdf!.message!.endsWith(' (sida 3)')).toBe(true);
    expect(info!.command).toBe('notice');
    expect(info!.props).toMatchObject({ line: '3' });
    expect(broken).toEqual({ command: 'error', props: { file: 'corpus/trasig.pdf', title: 'kronkoll%3A oläslig fil' }, message: 'inte en PDF-fil (saknar %25PDF-huvud)' });
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50 % av\r\nbeloppet: a, b')).toBe('50 %25 av%0D%0Abeloppet: a, b');
    expect(escapeProperty('C:\\dok\\a,b.md')).toBe('C%3A\\dok\\a%2Cb.md');
    const result: AuditResult = {
      documents: [{ file: 'x,y:z.md', findings: [{ ruleId: 'text/sum', severity: 'error', message: 'rad ett\nrad två 100 %', location: { file: 'x,y:z.md', line: 1, column: 1 } }], lines: [] }],
      errors: [],
    };
    expect(formatAuditGithub(result)).toBe('::error file=x%2Cy%3Az.md,line=1,col=1,title=kronkoll text/sum::rad ett%0Arad två 100 %25\n');
  });
});
