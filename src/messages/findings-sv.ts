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
  // framework/ and the payout ledger (src/corpus/ledger.ts, frame.ts, agreement-name.ts)
  'figure.millionKr': (p: { n: string }) => `${p.n} miljoner kr`,
  'figure.billionKr': (p: { n: string }) => `${p.n} miljarder kr`,
  'agreement.named': (p: { name: string }) => `överenskommelsen om ${p.name}`,
  'agreement.unnamed': () => 'överenskommelsen',
  'agreement.year': (p: { name: string; year: string }) => `${p.name} ${p.year}`,
  'agreement.where.rubriken': () => 'rubriken',
  'agreement.where.ingressen': () => 'ingressen',
  'agreement.where.texten': () => 'texten',
  'agreement.evidence': (p: { where: string; dnr: string; quote: string }) => `namnet i ${p.where}${p.dnr}: "${p.quote}"`,
  'agreement.evidenceDnr': (p: { dnr: string }) => ` och dnr ${p.dnr}`,
  'agreement.several': (p: { where: string; count: string }) => `${p.where} nämner ${p.count} överenskommelser`,
  'ledger.total': () => 'ramens totala belopp',
  'ledger.skr': () => 'SKR:s del',
  'ledger.payoutDate': () => 'datum för någon av utbetalningarna',
  'ledger.termTotal': (p: { raw: string; file: string }) => `${p.raw} (totalt, ${p.file})`,
  'ledger.termSkr': (p: { raw: string; file: string }) => `${p.raw} (SKR, ${p.file})`,
  'ledger.termPayout': (p: { raw: string; month: string; file: string }) => `${p.raw} (${p.month}${p.file})`,
  'framework.withinRounding': (p: { difference: string }) => ` (inom avrundningen, ${p.difference})`,
  'framework.inFrame': (p: { node: string }) => `${p.node} i ramen`,
  'framework.stated.mismatch': (p: { file: string; what: string; ours: string; ref: string; theirs: string; node: string; difference: string }) =>
    `${p.file} anger ${p.what} till ${p.ours}; ${p.ref} anger ${p.theirs} (${p.node}) (${p.difference})`,
  'framework.stated.holds': (p: { what: string; ours: string; ref: string; node: string; theirs: string }) => `${p.what} ${p.ours} stämmer med ${p.ref}: ${p.node} = ${p.theirs}`,
  'framework.statedAmount.total': () => 'det avsatta beloppet',
  'framework.statedAmount.first': () => 'utbetalningen efter rekvisition',
  'framework.arithmetic.mismatch': (p: { file: string; what: string; stated: string; formula: string; computed: string; difference: string }) =>
    `${p.file}: ${p.what} anges till ${p.stated} men ${p.formula} = ${p.computed} (${p.difference})`,
  'framework.arithmetic.holds': (p: { what: string; stated: string; formula: string }) => `${p.what} ${p.stated} = ${p.formula}`,
  'framework.arithmetic.thisDecision': () => 'beloppet i detta beslut',
  'framework.arithmetic.tablePayout': () => 'utbetalningen enligt beslutet (tabellens summarad)',
  'framework.ceiling.over': (p: { ref: string; names: string; sum: string; node: string; cap: string; over: string }) =>
    `utbetalningarna under ${p.ref} (${p.names}) summerar till ${p.sum}, mer än ramens ${p.node} ${p.cap} (över med ${p.over})`,
  'framework.ceiling.within': (p: { decisions: string; names: string; sum: string; node: string; cap: string; ref: string }) =>
    `${p.decisions} beslut (${p.names}) betalar ut ${p.sum} av ${p.node} ${p.cap} i ${p.ref}`,
  'framework.ceiling.restated': (p: { count: string }) => `; ${p.count} återgivningar av samma beslut räknade en gång`,
  'framework.frame.withinRounding': () => ' — inom avrundningen',
  'framework.keyTotal.mismatch': (p: { file: string; header: string; sum: string; ref: string; amount: string; node: string; key: string; difference: string }) =>
    `${p.file}: kolumnen "${p.header}" summerar till ${p.sum}; ${p.ref} fördelar ${p.amount} (${p.node}) efter ${p.key} (${p.difference})`,
  'framework.keyTotal.holds': (p: { header: string; sum: string; node: string; amount: string; ref: string; key: string }) =>
    `kolumnen "${p.header}" ${p.sum} = ${p.node} ${p.amount} i ${p.ref}, fördelat efter ${p.key}`,
  'framework.link': (p: { file: string; ref: string; how: string; frame: string }) => `${p.file} hör till ${p.ref} (via ${p.how}, ${p.frame})`,
  'framework.link.byDnr': () => 'diarienummer',
  'framework.link.byName': () => 'namn och år',
  'framework.link.pinned': (p: { file: string }) => `fastställd ram ${p.file}`,
  'framework.link.derived': () => 'ram härledd ur överenskommelsens text',
  'framework.link.is': (p: { file: string; title: string; evidence: string }) => `${p.file} är ${p.title} (via ${p.evidence})`,
  'framework.link.speaksOf': (p: { file: string; title: string; evidence: string }) => `${p.file} talar om ${p.title} (via ${p.evidence})`,
  'framework.link.ambiguous': (p: { file: string; evidence: string; candidates: string }) =>
    `${p.file}: oklart vilken överenskommelse dokumentet avser — ${p.evidence} (${p.candidates}); inget kopplat`,
  'framework.payoutSum.over': (p: { file: string; title: string; files: string; paid: string; total: string; totalFile: string; over: string }) =>
    `${p.file}: utbetalningarna under ${p.title} (${p.files}) och SKR:s del summerar till ${p.paid}, mer än ramens ${p.total} (${p.totalFile}; över med ${p.over})`,
  'framework.payoutSum.within': (p: { payouts: string; title: string; files: string; paid: string; total: string }) =>
    `${p.payouts} utbetalningar under ${p.title} (${p.files}) och SKR:s del: ${p.paid} av ramens ${p.total}`,
  'framework.remainder.untestable': (p: { file: string; remaining: string; title: string; missing: string }) =>
    `${p.file}: resterande ${p.remaining} i ${p.title} kan inte prövas: ${p.missing} saknas i dokumenten`,
  'framework.remainder.gap': (p: { missing: string }) => `; ${p.missing} saknas`,
  'framework.remainder.mismatch': (p: { file: string; remaining: string; title: string; equation: string; difference: string }) =>
    `${p.file}: resterande ${p.remaining} i ${p.title} går inte ihop med ${p.equation} (${p.difference})`,
  'framework.remainder.holds': (p: { remaining: string; title: string; equation: string }) => `resterande ${p.remaining} i ${p.title} = ${p.equation}`,
  'framework.restatement.performance': () => 'den prestationsbaserade delen',
  'framework.restatement.place': (p: { raw: string; file: string }) => `"${p.raw}" i ${p.file}`,
  'framework.restatement.part': (p: { file: string; part: string; title: string; value: string; place: string; first: string; firstPlace: string; difference: string }) =>
    `${p.file}: ${p.part} i ${p.title} anges till ${p.value} (${p.place}) men till ${p.first} (${p.firstPlace}) (${p.difference})`,
  'framework.restatement.month': (p: { month: string }) => ` i ${p.month}`,
  'framework.restatement.payout': (p: { file: string; month: string; title: string; value: string; place: string; was: string; wasPlace: string; difference: string }) =>
    `${p.file}: utbetalningen${p.month} under ${p.title} återges som ${p.value} (${p.place}) men var ${p.was} (${p.wasPlace}) (${p.difference})`,
  'framework.restatement.restates': (p: { place: string; value: string; wasPlace: string }) => `${p.place} återger utbetalningen ${p.value} (${p.wasPlace})`,
  'framework.restatement.withinRounding': () => ' inom avrundningen',

  // allocation/ (keys described in src/corpus/allocation.ts)
  'allocation.base.befolkning': () => 'befolkning',
  'allocation.base.insatser': () => 'insatser',
  'allocation.key.one': (p: { base: string; source: string }) => `${p.base} (${p.source})`,
  'allocation.key.fixed': (p: { perRegion: string; base: string; source: string }) => `${p.perRegion} kr per region + resten efter ${p.base} (${p.source})`,
  'allocation.key.mixed': (p: { p: string; pBase: string; pSource: string; q: string; qBase: string; qSource: string }) =>
    `${p.p} % efter ${p.pBase} (${p.pSource}) + ${p.q} % efter ${p.qBase} (${p.qSource})`,
  'allocation.source.column': (p: { header: string }) => `kolumnen "${p.header}"`,
  'allocation.source.reference': (p: { file: string }) => `referens ${p.file}`,
  'allocation.populationOff': (p: { header: string; off: string; rows: string; total: string; source: string }) =>
    `kolumnen "${p.header}" säger befolkning, men ${p.off} av ${p.rows} regioner avviker mer än 1 kr från fördelningen av ${p.total} efter ${p.source}`,
  'allocation.follows': (p: { header: string; key: string; matched: string; regions: string }) =>
    `kolumnen "${p.header}" följer nyckeln ${p.key}: ${p.matched} av ${p.regions} regioner på kronan (största rest)`,
  'allocation.deviant': (p: { label: string; actual: string; header: string; key: string; expected: string; difference: string; matched: string; regions: string }) =>
    `${p.label} har ${p.actual} i kolumnen "${p.header}", men nyckeln ${p.key} ger ${p.expected} (${p.difference}); ${p.matched} av ${p.regions} regioner följer nyckeln på kronan`,
  // Printers: fixed words of the JUnit and GitHub formats, the explain ledger section
  'report.expectedActual': (p: { expected: string; actual: string }) => `angivet ${p.expected}, beräknat ${p.actual}`,
  'report.unreadableTitle': () => 'oläslig fil',
  'ledgerLine.total': () => 'totalt',
  'ledgerLine.skr': () => 'SKR',
  'ledgerLine.performance': () => 'varav prestationsbaserat',
  'ledgerLine.payout': () => 'utbetalt',
  'ledgerLine.remaining': () => 'resterande',
  'ledgerLine.toPay': () => 'kvar att betala',
  'ledger.heading': (p: { agreement: string }) => `Liggare: ${p.agreement}`,
  'ledger.documents': (p: { files: string }) => `Dokument: ${p.files}`,
  'ledger.frame': () => 'Ramen:',
  'ledger.noFrame': () => 'inget dokument anger ramen',
  'ledger.payouts': () => 'Utbetalningar i tidsordning:',
  'ledger.restates': (p: { restates: string }) => `återger ${p.restates}`,
  'ledger.untestable': (p: { remaining: string; missing: string }) => `resterande ${p.remaining}: kan inte prövas, ${p.missing} saknas`,
  'ledger.balance': (p: { remaining: string; formula: string; computed: string }) => `resterande ${p.remaining}; ${p.formula} = ${p.computed}`,
  'ledger.missing': (p: { missing: string }) => `${p.missing} saknas`,
  'ledger.leftUnknown': () => 'Kvar av ramen: okänt (ramens totala belopp saknas)',
  'ledger.left': (p: { left: string }) => `Kvar av ramen efter SKR och utbetalningar: ${p.left}`,
  // extract --format text
  'extract.kind': () => 'typ',
  'extract.lostPages': (p: { pages: string }) => `olästa sidor: ${p.pages}`,
  'extract.amounts': (p: { count: string }) => `Belopp i löptext (${p.count}):`,
  'extract.problems': (p: { count: string }) => `Problem (${p.count}):`,
  'extract.noCaption': () => '(tabell utan rubrik)',
  'extract.rowKind': () => 'typ',
  'extract.county': () => 'län',
  'extract.cell': (p: { row: string; column: string }) => `rad ${p.row}, kolumn ${p.column}`,
  'extract.unread': (p: { cells: string }) => `oläst ${p.cells}`,
  'extract.exact': () => 'exakt',
  'anomaly.grouping': (p: { raw: string; read: string }) => `felaktig tusentalsgruppering: "${p.raw}" läses som ${p.read}`,
  'rule.crashed': (p: { id: string; reason: string }) => `regeln ${p.id} kunde inte köras: ${p.reason}`,
} as const;
