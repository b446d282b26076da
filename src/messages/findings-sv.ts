/**
 * The Swedish texts of findings: the rule families' messages and the pieces they are built
 * from (figures with units, sum verdicts, reading doubts). Spread into `sv.ts`; `findings-en.ts`
 * has the same ids and parameters (its type is this object's).
 */
export const findingsSv = {
  // Figures with their unit; the number is already formatted for the language.
  'figure.kr': (p: { n: string }) => `${p.n} kr`,
  'figure.eur': (p: { n: string }) => `${p.n} €`,
  'figure.percent': (p: { n: string }) => `${p.n} %`,
  'figure.persons': (p: { n: string }) => `${p.n} personer`,
  'figure.difference': (p: { diff: string }) => `skillnad ${p.diff}`,
  'figure.differenceSlack': (p: { diff: string; slack: string }) => `skillnad ${p.diff}, avrundning tillåter ±${p.slack}`,

  // Sum verdicts (src/compare/certainty.ts), appended to a rule's message.
  'sum.withinRounding': () => ' — stämmer inom avrundningen',
  'sum.withinDeclaredRounding': (p: { reason: string }) => ` — stämmer inom avrundningen som dokumentet anger (${p.reason})`,
  'sum.doubtRounding': (p: { reason: string }) => `${p.reason}; skillnaden ryms i en sådan avrundning`,
  'sum.doubtMayDiffer': (p: { quote: string }) => `dokumentet anger att summan kan avvika ("${p.quote}")`,
  'sum.uncertain': (p: { doubts: string }) => ` — osäker läsning: ${p.doubts}`,

  // How a table was read (src/tables/): structures tried and doubts about cells.
  'structure.flat': () => 'raderna ovanför summan',
  'structure.adjustments': () => 'avdragsraderna dras av',
  'structure.sections': () => 'summaraderna avslutar avsnitt och totalen summerar avsnitten',
  'structure.chain': () => 'summan är föregående summa plus raderna efter den',
  'structure.implicitSubtotals': () => 'rader som är summan av raderna ovanför dem är delsummor',
  'structure.otherRows': () => 'rader utan etikett räknas med',
  'structure.totalAbove': () => 'summan står ovanför sina delar',
  'structure.doubtOtherRows': () => 'tabellen har rader med belopp som varken är poster eller summor',
  'reading.roundedZeros': (p: { zeros: string }) => `alla värden i kolumnen slutar på ${p.zeros} och ser avrundade ut`,
  'reading.noUnit': () => 'tabellen anger ingen enhet',
  'reading.uncertainCell': (p: { cell: string; row: string }) => `cellen "${p.cell}" i raden "${p.row}" är inget säkert tal`,
  'reading.blankCell': (p: { row: string }) => `raden "${p.row}" saknar värde i kolumnen`,
  'reading.notANumber': (p: { cell: string; row: string; column: string }) => `cellen "${p.cell}" i raden "${p.row}", kolumnen "${p.column}" är inget tal`,
  // table/
  'table.totalRow': () => 'summaraden',
  'table.subtotal': () => 'delsumman',
  'table.subtotalNamed': (p: { label: string }) => `delsumman "${p.label}"`,
  'table.inColumn': (p: { header: string }) => ` i kolumnen "${p.header}"`,
  'table.columnTotal': (p: { rows: string; computed: string; what: string; stated: string; difference: string; column: string }) =>
    `${p.rows} rader summerar till ${p.computed}; ${p.what} anger ${p.stated} (${p.difference})${p.column}`,
  'table.columnTotal.structure': (p: { rows: string; what: string; label: string; stated: string; structure: string; column: string; difference: string }) =>
    `${p.rows} rader summerar till ${p.what} "${p.label}" (${p.stated}) om ${p.structure}${p.column}${p.difference}`,
  'table.columnTotal.national': () => 'riksraden kan omfatta fler än de rader som står i tabellen (okänt län, utlandet)',
  'table.columnTotal.aboveDoubt': () => 'summan står ovanför raderna och kan avse något annat',
  'table.rowTotal': (p: { row: string; columns: string; computed: string; total: string; stated: string; difference: string }) =>
    `raden "${p.row}": ${p.columns} kolumner summerar till ${p.computed}; kolumnen "${p.total}" anger ${p.stated} (${p.difference})`,
  'table.rowTotal.uncertainCell': (p: { cell: string; column: string }) => `cellen "${p.cell}" i kolumnen "${p.column}" är inget säkert tal`,
  'table.rowTotal.blankCell': (p: { column: string }) => `kolumnen "${p.column}" saknar värde`,
  'table.hierarchy.loneChild': (p: { name: string; parts: string; computed: string; stated: string }) =>
    `"${p.name}" har bara delposten ${p.parts} (${p.computed}) av ${p.stated}; tabellen delar annars upp varje post helt — saknas en rad?`,
  'table.hierarchy.childTooLarge': (p: { name: string; parts: string; computed: string; stated: string }) =>
    `delposten ${p.parts} (${p.computed}) är större än "${p.name}" (${p.stated})`,
  'table.hierarchy.sum': (p: { name: string; parts: string; computed: string; stated: string; difference: string }) =>
    `${p.parts} summerar till ${p.computed}; "${p.name}" anger ${p.stated} (${p.difference})`,
  'table.hierarchy.noParent': (p: { row: string; parent: string }) => `raden ${p.row} saknar sin överordnade rad ${p.parent}`,
  'table.hierarchy.gap': (p: { row: string; missing: string }) => `numreringen hoppar till ${p.row}; rad ${p.missing} saknas`,
  'table.share': (p: { row: string; share: string; column: string; value: string; total: string; computed: string; basis: string }) =>
    `raden "${p.row}": andelen ${p.share} % i kolumnen "${p.column}" stämmer inte med ${p.value} / ${p.total} = ${p.computed} % (kolumnen "${p.basis}")`,
} as const;
