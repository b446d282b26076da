import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression written in the source: a literal, or a `new RegExp(…)` call site. */
export interface RegexSite {
  file: string;
  line: number;
  kind: 'literal' | 'constructor';
  /** For literals: the pattern and flags as written. */
  source?: string;
  flags?: string;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Every regular expression in the given source folders, found with the TypeScript parser. */
export function regexSites(root: string, folders: string[]): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const file of folders.flatMap((f) => tsFiles(join(root, f)))) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const rel = relative(root, file);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const end = lit.lastIndexOf('/');
        sites.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, kind: 'literal', source: lit.slice(1, end), flags: lit.slice(end + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        sites.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, kind: 'constructor' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}
