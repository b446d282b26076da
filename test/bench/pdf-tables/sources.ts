/**
 * A table spec as the documents a producer prints: HTML (LibreOffice, Chromium, and .docx
 * through LibreOffice) and LaTeX (pdfTeX, longtable). Prose carries no figures, so every
 * finding is about the table.
 */
import { formatValue, SEPARATORS, type TableSpec } from './spec.js';

const TITLE = 'Fördelning av medel till regionerna';
const CAPTION = 'Tabell 1. Fördelning av medel per region (kronor)';
const TOTAL_LABEL = 'Summa';
const PROSE = [
  'Regeringen beslutar att medlen ska betalas ut till regionerna enligt fördelningen i tabellen nedan.',
  'Medlen ska användas för att stärka arbetet med tillgänglighet, kontinuitet och patientsäkerhet i hälso- och sjukvården.',
  'Regionerna ska redovisa hur medlen har använts till Socialstyrelsen senast det datum som anges i villkoren för bidraget.',
  'Medel som inte har använts eller som används i strid med villkoren ska betalas tillbaka till Kammarkollegiet.',
  'Fördelningen bygger på befolkningsmängd och på de skillnader i behov och förutsättningar som finns mellan regionerna.',
  'Sveriges Kommuner och Regioner ska stödja regionerna i arbetet och sprida kunskap om goda exempel mellan huvudmännen.',
];

function prose(n: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push([PROSE[k % PROSE.length], PROSE[(k + 2) % PROSE.length], PROSE[(k + 4) % PROSE.length]].join(' '));
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toHtml(spec: TableSpec): string {
  const twoLevel = spec.groups.some((g) => g.title !== null);
  const border = spec.borders ? 'border: 0.75pt solid #000;' : '';
  const labelWidth = spec.narrowLabels ? 'width: 21mm;' : '';
  const head: string[] = [];
  if (twoLevel) {
    const upper = [`<th rowspan="2" class="l">Region</th>`];
    const lower: string[] = [];
    for (const g of spec.groups) {
      if (g.title === null) upper.push(`<th rowspan="2">${esc(g.columns[0]!)}</th>`);
      else {
        upper.push(`<th colspan="${g.columns.length}" class="c">${esc(g.title)}</th>`);
        for (const c of g.columns) lower.push(`<th>${esc(c)}</th>`);
      }
    }
    head.push(`<tr>${upper.join('')}</tr>`, `<tr>${lower.join('')}</tr>`);
  } else head.push(`<tr><th class="l">Region</th>${spec.groups.map((g) => `<th>${esc(g.columns[0]!)}</th>`).join('')}</tr>`);
  const cells = (vs: bigint[]) => vs.map((v) => `<td align="right">${formatValue(v, spec.separator)}</td>`).join('');
  const body = spec.rows.map((r) => `<tr><td class="l">${esc(r.label)}</td>${cells(r.values)}</tr>`);
  body.push(`<tr><td class="l"><b>${TOTAL_LABEL}</b></td>${spec.total.map((v) => `<td align="right"><b>${formatValue(v, spec.separator)}</b></td>`).join('')}</tr>`);
  const headHtml = spec.repeatHeader ? `<thead>${head.join('\n')}</thead>` : head.join('\n');
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${TITLE}</title>
<style>
@page {
  size: A4${spec.landscape ? ' landscape' : ''};
  margin: 20mm 18mm 20mm 18mm;
  @top-right { content: "Socialdepartementet"; font: 8pt "Liberation Sans", sans-serif; }
  @bottom-right { content: counter(page) " (" counter(pages) ")"; font: 8pt "Liberation Sans", sans-serif; }
}
body { font: 10.5pt "Liberation Serif", serif; }
h1 { font: bold 15pt "Liberation Sans", sans-serif; }
p { margin: 0 0 8pt 0; }
table { border-collapse: collapse; font: 9pt "Liberation Sans", sans-serif; }
th { font-weight: bold; text-align: right; vertical-align: bottom; padding: 2pt 3pt; ${border} }
th.l { text-align: left; } th.c { text-align: center; }
td { padding: ${spec.rowPadding + 1}pt 3pt; vertical-align: top; ${border} }
td.l, th.l { ${labelWidth} }
thead { display: table-header-group; }
.lo { display: none; }
</style>
</head>
<body>
<div title="header" class="lo"><p align="right">Socialdepartementet</p></div>
<div title="footer" class="lo"><p align="right"><sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> (<sdfield type=DOCSTAT subtype=PAGE format=PAGE>2</sdfield>)</p></div>
<h1>${TITLE}</h1>
${prose(spec.leadParagraphs + 1).map((p) => `<p>${p}</p>`).join('\n')}
${'<p>&nbsp;</p>\n'.repeat(spec.leadSpace ?? 0)}
<p><b>${CAPTION}</b></p>
<table cellpadding="3" cellspacing="0"${spec.borders ? ' border="1"' : ''}>
${spec.narrowLabels ? '<col width="80">' : ''}
${headHtml}
<tbody>
${body.join('\n')}
</tbody>
</table>
<p>${PROSE[1]}</p>
</body>
</html>
`;
}

const TEX_SEPARATOR: Record<keyof typeof SEPARATORS, string> = { space: '\\ ', nbsp: '~', nnbsp: '\\,', thin: '\\thinspace{}' };
const texEsc = (s: string) => s.replace(/[&%$#_{}]/g, (c) => `\\${c}`);

export function toLatex(spec: TableSpec): string {
  const n = spec.total.length;
  const v = spec.borders ? '|' : '';
  const label = spec.narrowLabels ? '>{\\raggedright\\arraybackslash}p{2.1cm}' : 'l';
  const colspec = `${v}${label}${v}${Array.from({ length: n }, () => `r${v}`).join('')}`;
  const top = spec.borders ? '\\hline' : '\\toprule';
  const mid = spec.borders ? '\\hline' : '\\midrule';
  const bottom = spec.borders ? '\\hline' : '\\bottomrule';
  const twoLevel = spec.groups.some((g) => g.title !== null);
  const head: string[] = [top];
  if (twoLevel) {
    const upper = ['Region'];
    const lower = [''];
    const rules: string[] = [];
    let col = 2;
    for (const g of spec.groups) {
      if (g.title === null) {
        upper.push('');
        lower.push(texEsc(g.columns[0]!));
      } else {
        upper.push(`\\multicolumn{${g.columns.length}}{c${v}}{${texEsc(g.title)}}`);
        lower.push(...g.columns.map(texEsc));
        rules.push(spec.borders ? `\\cline{${col}-${col + g.columns.length - 1}}` : `\\cmidrule(lr){${col}-${col + g.columns.length - 1}}`);
      }
      col += g.columns.length;
    }
    head.push(`${upper.join(' & ')} \\\\ ${rules.join(' ')}`, `${lower.join(' & ')} \\\\`);
  } else head.push(`Region & ${spec.groups.map((g) => texEsc(g.columns[0]!)).join(' & ')} \\\\`);
  head.push(mid);
  const fmt = (x: bigint) => x.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000').split('\u0000').join(TEX_SEPARATOR[spec.separator]);
  const strut = spec.rowPadding > 0 ? `\\rule[-${spec.rowPadding}pt]{0pt}{${spec.rowPadding + 9}pt}` : '';
  // The strut pads the row from the last cell: in the label cell it would push a wrapped label's
  // second line away from its row.
  const body = spec.rows.map((r) => `${texEsc(r.label)} & ${r.values.map(fmt).join(' & ')}${strut} \\\\${spec.borders ? ' \\hline' : ''}`);
  body.push(`${spec.borders ? '' : '\\midrule '}\\textbf{${TOTAL_LABEL}} & ${spec.total.map((x) => `\\textbf{${fmt(x)}}`).join(' & ')} \\\\`);
  const again = spec.repeatHeader ? head.join('\n') : '';
  return `\\documentclass[a4paper,10pt]{article}
\\usepackage[T1]{fontenc}
\\usepackage[utf8]{inputenc}
\\usepackage{lmodern}
\\usepackage[swedish]{babel}
\\usepackage[margin=20mm${spec.landscape ? ',landscape' : ''}]{geometry}
\\usepackage{longtable,booktabs,array,fancyhdr}
\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}
\\fancyhead[R]{\\footnotesize Socialdepartementet}
\\fancyfoot[R]{\\footnotesize \\thepage}
\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{6pt}
\\begin{document}
{\\Large\\bfseries ${TITLE}\\par}
${prose(spec.leadParagraphs + 1).join('\n\n')}
${spec.leadSpace ? `\\vspace*{${spec.leadSpace}\\baselineskip}` : ''}

\\textbf{${CAPTION}}
{\\small
\\begin{longtable}{${colspec}}
${head.join('\n')}
\\endfirsthead
${again}
\\endhead
${bottom}
\\endlastfoot
${body.join('\n')}
\\end{longtable}}

${PROSE[1]}
\\end{document}
`;
}
