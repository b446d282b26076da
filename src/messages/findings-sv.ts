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
  // text/
  'slip.digit': () => 'en siffra',
  'slip.swapped': () => 'två omkastade siffror',
  'slip.thousand': () => 'en faktor 1 000',
  'text.nearMiss': (p: { a: string; aValue: string; b: string; bValue: string; slip: string }) => `${p.a} anger ${p.aValue} men ${p.b} ${p.bValue}: skiljer sig på ${p.slip}`,
  'text.nearMiss.related': (p: { what: string; raw: string }) => `${p.what}: ${p.raw}`,
  'text.tableTotalRow': () => 'tabellens summarad',
  'text.tableSum': () => 'tabellens summa',
  'text.theTable': () => 'tabellen',
  'text.caption': () => 'rubriken',
  'text.prose': () => 'texten',
  'text.earlier': () => 'tidigare i texten',
  'scale.thousands': () => 'tusental kronor',
  'scale.millions': () => 'miljoner kronor',
  'scale.billions': () => 'miljarder kronor',
  'text.tableTotal': (p: { where: string; stated: string; side: string; column: string; difference: string }) => `${p.where} anger ${p.stated}; ${p.side}${p.column} (${p.difference})`,
  'text.tableTotal.row': (p: { computed: string }) => `summaraden anger ${p.computed}`,
  'text.tableTotal.rows': (p: { rows: string; computed: string }) => `tabellens ${p.rows} rader summerar till ${p.computed}`,
  'text.tableTotal.rescaled': (p: { scale: string }) => ` — stämmer om tabellens belopp anges i ${p.scale} (tabellen anger ingen enhet)`,
  'text.tableTotal.noUnit': () => 'tabellen anger inte sin enhet',
  'text.varav': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `${p.parts} delbelopp efter "varav" summerar till ${p.computed}; helheten anges till ${p.stated} (${p.difference})`,
  'text.varav.part': (p: { raw: string }) => `delbelopp ${p.raw}`,
  'text.listSum': (p: { parts: string; computed: string; whole: string; difference: string }) => `listans ${p.parts} belopp summerar till ${p.computed}; ${p.whole} (${p.difference})`,
  'text.listSum.lead': (p: { stated: string }) => `meningen före listan anger ${p.stated}`,
  'text.listSum.recipient': (p: { stated: string; recipient: string }) => `texten anger ${p.stated} till ${p.recipient}`,
  'text.listSum.part': (p: { raw: string }) => `listans belopp ${p.raw}`,
  'text.listCount': (p: { phrase: string; count: string; items: string }) => `"${p.phrase}" utlovar ${p.count} punkter men listan har ${p.items}`,
  'text.listCount.fullStop': () => 'meningen slutar med punkt och behöver inte syfta på listan',
  'text.listCount.list': () => 'listan',
  // claim/ and the figures claims are compared with (src/corpus/claims.ts)
  'claim.more': () => 'mer än',
  'claim.less': () => 'mindre än',
  'claim.rounding': () => '± avrundningen',
  'claim.moreThan': (p: { figure: string }) => `mer än ${p.figure}`,
  'claim.lessThan': (p: { figure: string }) => `mindre än ${p.figure}`,
  'claim.totalRowOf': (p: { name: string }) => `summaraden i "${p.name}"`,
  'claim.totalRowOfTable': () => 'summaraden i "tabellen"',
  'claim.columnSum': (p: { header: string }) => `summan av kolumnen "${p.header}"`,
  'claim.caption': (p: { caption: string }) => `tabellrubriken "${p.caption}"`,
  'claim.sameSentence': (p: { raw: string }) => `"${p.raw}" i samma mening`,
  'claim.holds': (p: { raw: string; qualifier: string; range: string; figure: string; what: string }) => `"${p.raw}" (${p.qualifier}: ${p.range}) stämmer med ${p.figure}, ${p.what}`,
  'claim.fails': (p: { raw: string; qualifier: string; range: string; figure: string; what: string }) => `"${p.raw}" (${p.qualifier}: ${p.range}) stämmer inte med ${p.figure}, ${p.what}`,
  // format/
  'format.digitGrouping': (p: { raw: string; written: string }) => `"${p.raw}" har felaktig siffergruppering; läses som ${p.written}`,
  'format.percentTotal.notHundred': (p: { stated: string; header: string }) => `summaraden anger ${p.stated} i kolumnen "${p.header}"; andelar av en helhet summerar till 100 %`,
  'format.percentTotal.expected': (p: { stated: string }) => `väntat ${p.stated}`,
  'format.percentTotal': (p: { header: string; computed: string; what: string; difference: string }) => `andelarna i kolumnen "${p.header}" summerar till ${p.computed}; ${p.what} (${p.difference})`,
  'format.unit.thousand': () => 'tusen kronor',
  'format.unit.otherScale': (p: { scale: string }) => `${p.scale}-tal kronor`,
  'format.unit.prose': (p: { raw: string; value: string; written: string }) => `"${p.raw}" blir ${p.value}; talet är redan skrivet i kronor, troligen avses ${p.written}`,
  'format.unit.more': (p: { count: number }) => ` (likaså ${p.count} ${p.count === 1 ? 'cell' : 'celler'} till i kolumnen)`,
  'format.unit.table': (p: { raw: string; scale: string; value: string; written: string; more: string }) =>
    `"${p.raw}" i en tabell i ${p.scale} blir ${p.value}; troligen är cellen skriven i kronor, ${p.written}${p.more}`,
  'format.unreadable.page': (p: { page: string }) => `sidan ${p.page} kunde inte läsas`,
} as const;
