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
  'doubt.percentParts': () => 'kolumnerna är procent, och att totalen är deras summa är läst ur rubrikerna och de rader som går ihop',
  'doubt.totalNoUnit': (p: { column: string }) => `kolumnen "${p.column}" anger ingen enhet och är läst i sina delars enhet`,
  'sum.withinRounding': () => ' — stämmer inom avrundningen',
  'sum.withinHidden': (p: { cells: string; most: string }) => ` — stämmer med de dolda värdena ("${p.cells}"), som tillsammans kan vara 0–${p.most}`,
  'sum.withinDeclaredRounding': (p: { reason: string }) => ` — stämmer inom avrundningen som dokumentet anger (${p.reason})`,
  'sum.doubtRounding': (p: { reason: string }) => `${p.reason}; skillnaden ryms i en sådan avrundning`,
  'sum.doubtMayDiffer': (p: { quote: string }) => `dokumentet anger att summan kan avvika ("${p.quote}")`,
  'sum.uncertain': (p: { doubts: string }) => ` — osäker läsning: ${p.doubts}`,
  'sum.doubtOtherSplit': (p: { cell: string; row: string; other: string }) =>
    `cellen "${p.cell}" i raden "${p.row}" står ett mellanslag från etiketten och kan lika väl läsas "${p.other}" (en siffergrupp mer eller mindre i etiketten); så läst stämmer summan`,

  // How a table was read (src/tables/): structures tried and doubts about cells.
  'structure.flat': () => 'raderna ovanför summan',
  'structure.adjustments': () => 'avdragsraderna dras av',
  'structure.sections': () => 'summaraderna avslutar avsnitt och totalen summerar avsnitten',
  'structure.chain': () => 'summan är föregående summa plus raderna efter den',
  'structure.implicitSubtotals': () => 'rader som är summan av raderna ovanför dem är delsummor',
  'structure.closedBlocks': () => 'en rad siffror utan etikett avslutar blocket ovanför den',
  'structure.otherRows': () => 'rader utan etikett räknas med',
  'structure.aggregateRows': () => 'rader som lästes som sammanställningar eller delar av andra rader räknas med',
  'structure.yearHeader': () => 'raden med årtal överst är tabellens rubrik, inga värden',
  'structure.varavHeading': () => 'raderna närmast under en ensam rad "Varav" är delar av raden ovanför den och summeras inte igen',
  'structure.totalAbove': () => 'summan står ovanför sina delar',
  'structure.breakdowns': () => 'summan står ovanför flera uppdelningar av samma helhet, var och en under sin rubrik',
  'structure.headedSections': () => 'varje delsumma står ovanför sitt avsnitt och totalen summerar delsummorna',
  'structure.groups': () => 'tabellens grupper enligt etiketterna (grupp och rad)',
  'structure.doubtGroups': () => 'summan följer tabellens grupper så som etiketterna visar dem, och tabellen kan räkna med grupper eller rader den inte visar',
  'structure.namedTotals': () => 'rader som heter "Totalt …" summerar raderna ovanför dem',
  'structure.doubtNamedTotal': (p: { label: string }) => `att raden "${p.label}" summerar raderna ovanför den är läst ur dess etikett`,
  'structure.namedSections': () => 'varje summa som bär en rubriks namn ("Summa X" under "X") summerar raderna under den rubriken',
  'structure.codeLevels': () => 'raderna är ordnade efter sina koder (län över sina kommuner) och totalen summerar raderna på den översta nivån',
  'structure.nameLevels': () => 'raderna namnger län och deras kommuner och totalen summerar länen',
  'structure.countyRows': () => 'raderna namnger alla 21 län och områden av dem, och totalen summerar länen',
  'structure.codeRange': () => 'raden summerar raderna vars koder ligger i intervallet som dess etikett anger',
  'structure.doubtCountyRow': (p: { label: string }) => `att raden "${p.label}" summerar länets kommuner i tabellen är läst ur namnen`,
  'structure.doubtCodeRange': (p: { label: string }) => `att raden "${p.label}" summerar raderna med koder i intervallet den anger är läst ur etiketterna`,
  'structure.results': () => 'resultatraden är resultatet före plus summorna och posterna efter det',
  'structure.doubtRunning': (p: { label: string }) => `att raden "${p.label}" är summan före den plus raderna efter den är läst ur tabellens övriga kolumner`,
  'structure.doubtResults': (p: { label: string }) => `att raden "${p.label}" är resultatet före den plus summorna och posterna efter det är läst ur dess etikett`,
  'structure.cashFlow': () => 'en kassaflödesanalys: varje avsnitts kassaflöde är dess poster, efter medlen från verksamheten före förändring av rörelsekapital där de står, och årets kassaflöde är avsnittens kassaflöden',
  'structure.doubtCashFlow': (p: { label: string }) => `att raden "${p.label}" summerar sitt avsnitt av kassaflödesanalysen, eller avsnitten, är läst ur dess etikett`,
  'structure.doubtSectionSums': (p: { label: string; sections: string }) => `att raden "${p.label}" summerar avsnitten ${p.sections} är läst ur att den står direkt under deras summor`,
  'structure.doubtSectionName': (p: { label: string; sections: string }) => `namnet "${p.label}" nämner inte avsnitten ${p.sections}`,
  'structure.sectionSums': () => 'summan direkt under avsnittens summor lägger ihop de avsnitten',
  'structure.sectionsAndItems': () => 'summan lägger ihop avsnittens summor och raderna efter dem',
  'structure.indented': () => 'raden står över sina indragna delrader',
  'structure.evidentColumns': () => 'raden är summan av raderna under den, som den är i tabellens övriga kolumner',
  'structure.doubtIndented': (p: { label: string }) => `att raden "${p.label}" är summan av de indragna raderna under den är läst ur indragningen`,
  'structure.doubtEvidentColumns': (p: { label: string; columns: string }) =>
    `att raden "${p.label}" är summan av raderna under den är läst ur att den är det exakt i ${p.columns} kolumner`,
  'structure.doubtImplicitSubtotals': () => 'summan stämmer om rader som råkar vara summan av raderna ovanför dem är delsummor, vilket etiketterna inte säger',
  'structure.doubtHeadedSections': () => 'delsummorna står ovanför sina avsnitt och vilka rader de avser är en tolkning',
  'structure.doubtAdjustments': () => 'tabellen har avdragsrader',
  'structure.doubtManyTotals': () => 'tabellen har flera summarader',
  'structure.doubtOpensWithPart': (p: { label: string }) => `tabellen börjar med "${p.label}", en del av en rad som inte står i tabellen: rader ovanför kan ha fallit bort`,
  'structure.doubtNamedSumRow': (p: { label: string }) => `raden "${p.label}" heter som en summa och kan vara summan av ett avsnitt som tabellen inte markerar`,
  'structure.doubtYearRow': (p: { label: string }) => `raden "${p.label}" har bara årtal och kan vara rubriken över kolumnerna`,
  'structure.doubtOtherRows': () => 'tabellen har rader med belopp som varken är poster eller summor',
  'structure.doubtCouncilRow': (p: { label: string }) => `summan är exakt kommunernas utan raden "${p.label}" och kan avse kommunerna ensamma`,
  'structure.sameMeasure': () => 'summan räknar raderna som anger samma mått som den (till exempel m2), inte raderna av andra mått ovanför',
  'structure.doubtOtherMeasure': (p: { label: string }) => `raden "${p.label}" anger i sin etikett ett annat mått än de övriga raderna och är läst utanför tabellens enhet`,
  'structure.doubtContinuation': () => 'tabellen saknar egna kolumnrubriker och står direkt under en annan tabell; summan kan räkna rader i den',
  'structure.doubtMixedMeasures': () => 'raderna anger olika mått i sina etiketter (till exempel antal och m2)',
  'reading.roundedZeros': (p: { zeros: string }) => `alla värden i kolumnen slutar på ${p.zeros} och ser avrundade ut`,
  'reading.noUnit': () => 'tabellen anger ingen enhet',
  'reading.uncertainCell': (p: { cell: string; row: string }) => `cellen "${p.cell}" i raden "${p.row}" är inget säkert tal`,
  'doubt.amountAnomaly': (p: { message: string }) => `beloppet i texten är osäkert läst (${p.message})`,
  'reading.anomalyCell': (p: { message: string; row: string }) => `cellen i raden "${p.row}" är osäkert läst (${p.message})`,
  'reading.blankCell': (p: { row: string }) => `raden "${p.row}" saknar värde i kolumnen`,
  'reading.figureInLabel': (p: { row: string }) => `raden "${p.row}" har ett tal sist i sin etikett, så dess värden kan stå i fel kolumner`,
  'reading.gluedUnreadable': (p: { run: string; row: string; ways: string }) => `siffrorna "${p.run}" i raden "${p.row}" står utan mellanrum mellan kolumnerna och kan delas på ${p.ways} sätt som summorna inte skiljer åt; raden är inte läst`,
  'reading.runTogetherCut': () => 'raden stod ihop med andra tabellrader på en rad och delades vid etiketterna',
  'reading.afterSections': () => 'raden står efter en lista i avsnitt med var sin summa: att den lägger ihop alla avsnitten är läst ur uppställningen',
  'reading.figureRowUnfit': (p: { line: string; count: number }) =>
    `raden "${p.line}" står bland rader med ${p.count} tal var men dess tal kan inte delas i ${p.count} tal; den är läst som löptext och tabellens summor kan bara varna`,
  'reading.runTogetherRows': (p: { line: string }) => `raden "${p.line}" ser ut att rymma flera tabellrader i följd, men den kan inte delas så att varje del får tabellens antal kolumner på ett enda sätt; raden är inte delad`,
  'reading.notANumber': (p: { cell: string; row: string; column: string }) => `cellen "${p.cell}" i raden "${p.row}", kolumnen "${p.column}" är inget tal`,
  // table/
  'table.totalRow': () => 'summaraden',
  'table.subtotal': () => 'delsumman',
  'table.subtotalNamed': (p: { label: string }) => `delsumman "${p.label}"`,
  'table.groupRow': (p: { label: string }) => `raden "${p.label}"`,
  'table.inColumn': (p: { header: string }) => ` i kolumnen "${p.header}"`,
  'table.columnTotal': (p: { rows: string; computed: string; what: string; stated: string; difference: string; column: string }) =>
    `${p.rows} ${p.rows === '1' ? 'rad summerar' : 'rader summerar'} till ${p.computed}; ${p.what} anger ${p.stated} (${p.difference})${p.column}`,
  'table.columnTotal.structure': (p: { rows: string; what: string; label: string; stated: string; structure: string; column: string; difference: string }) =>
    `${p.rows} rader summerar till ${p.what} "${p.label}" (${p.stated}) om ${p.structure}${p.column}${p.difference}`,
  'table.columnTotal.repeatedRow': (p: { first: string; second: string }) =>
    `raderna "${p.first}" och "${p.second}" har samma siffror i varje kolumn och kan vara en enhet som summan räknar en gång`,
  'table.columnTotal.shifted': (p: { row: string; column: string }) =>
    `raden "${p.row}" kan vara läst en cell förskjuten: summan av en kolumn står i kolumnen "${p.column}" i samma rad, eller tvärtom`,
  'table.rowTotal.evident': (p: { exact: string; complete: string }) =>
    `att sista kolumnen är radens summa är läst ur att den är det exakt i ${p.exact} av ${p.complete} rader; ingen rubrik säger det`,
  'table.rowTotal.evidentFirst': (p: { exact: string; complete: string }) =>
    `att första kolumnen är radens summa är läst ur att den är det exakt i ${p.exact} av ${p.complete} rader; ingen rubrik säger det`,
  'table.columnTotal.national': () => 'riksraden kan omfatta fler än de rader som står i tabellen (okänt län, utlandet)',
  'table.columnTotal.nationalCaption': (p: { county: string }) =>
    `tabellens rubrik nämner ${p.county}, så riksraden kan vara landets siffra bredvid länets rader och inte deras summa`,
  'table.columnTotal.nationalSelection': (p: { rows: string }) =>
    `riksraden står under ${p.rows} ${p.rows === '1' ? 'rad som namnger en region' : 'rader som namnger regioner'}, inte alla län eller kommuner, så den kan stå som jämförelse och inte som deras summa`,
  'table.columnTotal.breakdowns': (p: { label: string; stated: string; count: string; headings: string; column: string }) =>
    `summaraden "${p.label}" (${p.stated}) står ovanför ${p.count} uppdelningar av samma helhet (${p.headings}), och var och en summerar till den${p.column}`,
  'table.columnTotal.inBreakdown': (p: { heading: string }) => ` i uppdelningen under rubriken "${p.heading}"`,
  'table.columnTotal.breakdownDoubt': () => 'summan står ovanför flera uppdelningar och ingen av dem summerar till den, så den kan avse något annat',
  'table.columnTotal.breakdownRead': (p: { heading: string }) => `att raderna under "${p.heading}" delar upp just denna summa är läst ur uppställningen; de andra uppdelningarna når summan`,
  'table.columnTotal.breakdownFar': (p: { heading: string }) => `raderna under "${p.heading}" ligger långt från summan och kan dela upp något annat`,
  'table.columnTotal.aboveDoubt': () => 'summan står ovanför raderna och kan avse något annat',
  'table.columnTotal.sectionsOpen': (p: { label: string; stated: string; sections: string }) =>
    `summan "${p.label}" (${p.stated}) står under avsnittens summor ${p.sections}, men vilka av dem den lägger ihop går inte att läsa ut ur namnen eller siffrorna (några av dem ger den utan de andra): den är inte jämförd`,
  'table.columnTotal.cutSection': (p: { label: string; stated: string }) =>
    `summan "${p.label}" (${p.stated}) står ovanför sina delar, som tabellens andra summor; texten slutar inne i tabellen, så raderna under den kan fortsätta efter slutet: ingen jämförelse`,
  'table.columnTotal.split': (p: { rows: string; label: string; stated: string }) =>
    `summaraden "${p.label}" (${p.stated}) är summan av ${p.rows} rader om den omfattar också tabellen närmast före, som tabellens första del`,
  'table.difference.column': (p: { row: string; first: string; second: string; computed: string; column: string; stated: string; difference: string }) =>
    `raden "${p.row}": "${p.first}" minus "${p.second}" är ${p.computed}; kolumnen "${p.column}" anger ${p.stated} (${p.difference})`,
  'table.difference.columnDoubt': (p: { first: string; second: string }) => `att differenskolumnen är "${p.first}" minus "${p.second}" är läst ur rubrikerna och kolumnernas ordning`,
  'table.difference.balance': (p: { row: string; income: string; expense: string; computed: string; stated: string; difference: string; column: string }) =>
    `"${p.income}" minus "${p.expense}" är ${p.computed}; raden "${p.row}" anger ${p.stated} (${p.difference})${p.column}`,
  'table.difference.balanceDoubt': (p: { income: string; expense: string }) => `att saldot är "${p.income}" minus "${p.expense}" är läst ur radernas etiketter`,
  'table.difference.net': (p: { row: string; income: string; expense: string; computed: string; column: string; stated: string; difference: string }) =>
    `raden "${p.row}": "${p.income}" och "${p.expense}" ger netto ${p.computed}; kolumnen "${p.column}" anger ${p.stated} (${p.difference})`,
  'table.difference.netDoubt': (p: { column: string; income: string; expense: string }) => `att "${p.column}" är "${p.income}" med "${p.expense}" avdragna är läst ur rubrikerna`,
  'table.partialSum': (p: { section: string; stated: string; summed: number; rows: number; left: string; whole: string; column: string }) =>
    `raden utan rubrik under "${p.section}" (${p.stated}) är summan av de ${p.summed} sista av avsnittets ${p.rows} rader${p.column}, inte av alla: ${p.left} är inte med (alla ${p.rows} rader ger ${p.whole})`,
  'table.populationBalance': (p: { result: string; stated: string; expression: string; computed: string; difference: string; where: string }) =>
    `"${p.result}" anger ${p.stated}; ${p.expression} ger ${p.computed} (${p.difference})${p.where}`,
  'table.populationBalance.corrections': () => 'folkökningen i befolkningsregistret räknar också med rättelser (justeringar), som tabellen inte visar',
  'table.populationBalance.labels': () => 'vilka tal sambandet gäller är läst ur etiketterna',
  'table.populationBalance.onRow': (p: { row: string }) => ` på raden "${p.row}"`,
  'table.scaleSlip.large': (p: { cell: string; row: string; sum: string; written: string; meant: string; column: string }) =>
    `raden "${p.sum}" stämmer om cellen "${p.cell}" i raden "${p.row}" är ${p.meant} i stället för ${p.written}${p.column}: talet ser ut att vara skrivet i en tusen gånger mindre enhet eller med fel siffergruppering`,
  'table.balanceRoll.closing': (p: { closing: string; opening: string; moves: string; computed: string; stated: string; difference: string; column: string }) =>
    `"${p.opening}" med ${p.moves} ger ${p.computed}; "${p.closing}" anger ${p.stated} (${p.difference})${p.column}`,
  'table.balanceRoll.opening': (p: { opening: string; closing: string; later: string; earlier: string; stated: string; closed: string; difference: string }) =>
    `"${p.opening}" i kolumnen "${p.later}" anger ${p.stated}, men "${p.closing}" i kolumnen "${p.earlier}" anger ${p.closed} (${p.difference})`,
  'table.balanceRoll.rowsDoubt': () => 'vilka rader som är ingående balans, förändring och utgående balans är läst ur etiketterna',
  'table.balanceRoll.yearsDoubt': () => 'att kolumnerna är två på varandra följande år av samma slag är läst ur rubrikerna, och en omräknad ingående balans som sidan inte nämner kan förklara skillnaden',
  'table.balanceSides.differ': (p: { assets: string; claims: string; assetsValue: string; claimsValue: string; difference: string; column: string }) =>
    `"${p.assets}" anger ${p.assetsValue}, men "${p.claims}" anger ${p.claimsValue} (${p.difference})${p.column}: balansräkningens sidor är inte lika stora`,
  'table.balanceSides.tablesDoubt': () => 'att de två tabellerna är samma balansräkning är läst ur deras rubriker',
  'table.balanceSides.choiceDoubt': () => 'sidan har flera summor av eget kapital och skulder, och den sista är tagen som sidans summa',
  'text.yearFigure': (p: { sentence: string; amount: string; year: string; title: string; cell: string; difference: string }) =>
    `"${p.sentence}" anger ${p.amount} för ${p.year}, men tabellen "${p.title}" anger "${p.cell}" för året, vilket ${p.amount} inte avrundas till (${p.difference})`,
  'text.yearFigure.doubt': () => 'att texten och tabellen talar om samma tal är läst ur året och orden de delar',
  'text.writtenArithmetic': (p: { expression: string; computed: string; stated: string; difference: string }) =>
    `${p.expression} ger ${p.computed}, men raden anger ${p.stated} (${p.difference})`,
  'text.writtenArithmetic.guessed': () => 'var talen börjar och slutar är inte tryckt (ett mellanslag skiljer talen som det skiljer siffergrupperna) utan vald efter räkningen',
  'text.writtenArithmetic.noEquals': () => 'att det sista talet är resultatet är läst ur dess plats i raden; inget likhetstecken står före det',
  'text.writtenArithmetic.scaledResult': () => 'ett skalord står bara efter resultatet; om det gäller termerna också står inte',
  'text.writtenArithmetic.rounding': () => ' — inom de tryckta talens avrundning',
  'text.priorShare': (p: { sentence: string; words: string; current: string; prior: string; source: string; ratio: string; range: string }) =>
    `"${p.sentence}": ${p.current} är ${p.ratio} % av föregående års ${p.prior}${p.source}, men "${p.words}" anger ${p.range} av det`,
  'text.priorShare.table': (p: { row: string; column: string }) => ` (tabellens rad "${p.row}", kolumnen "${p.column}")`,
  'text.rateTotal': (p: { rule: string; rate: string; base: string; count: string; unit: string; computed: string; total: string; difference: string }) =>
    `"${p.rule}": ${p.rate} % × ${p.base} × ${p.count} (${p.unit}) = ${p.computed}, men texten anger totalt ${p.total} (${p.difference})`,
  'text.rateTotal.doubt': () => 'vilket basbelopp, antal och summa regeln gäller är läst ur orden',
  'text.priorShare.doubt': () => 'vilket belopp andelen gäller är läst ur orden för föregående år, och sidan kan jämföra med ett belopp den inte visar (budget eller utfall, ett omräknat belopp)',
  'table.scaleSlip.moved': (p: { row: string; cell: string; column: string }) =>
    ` — om talet "${p.cell}" i raden "${p.row}" står i kolumnen "${p.column}": raden har ett enda tal, och i vilken kolumn det står är läsarens gissning`,
  'table.scaleSlip.small': (p: { cell: string; row: string; sum: string; written: string; meant: string; column: string }) =>
    `raden "${p.sum}" stämmer om cellen "${p.cell}" i raden "${p.row}" är ${p.meant} i stället för ${p.written}${p.column}: de övriga beloppen ser ut att vara i en tusen gånger mindre enhet än den som står vid dem`,
  'table.rowTotal.leftOut': (p: { total: string; column: string }) =>
    `kolumnen "${p.total}" är på varje rad summan av de andra kolumnerna utom "${p.column}": den kolumnen ingår inte i summan`,
  'table.rowTotal.cut': (p: { row: string; computed: string; stated: string }) =>
    `raden "${p.row}": kolumnerna summerar till ${p.computed}, summan anger ${p.stated}; texten slutar på raden, så dess sista tal kan vara avklippt: ingen jämförelse`,
  'table.rowTotal': (p: { row: string; columns: string; computed: string; total: string; stated: string; difference: string }) =>
    `raden "${p.row}": ${p.columns} kolumner summerar till ${p.computed}; kolumnen "${p.total}" anger ${p.stated} (${p.difference})`,
  'table.rowTotal.uncertainCell': (p: { cell: string; column: string }) => `cellen "${p.cell}" i kolumnen "${p.column}" är inget säkert tal`,
  'table.rowTotal.uncertainGroup': (p: { header: string }) => `vilka kolumner rubriken "${p.header}" står över är läst ur var den är tryckt (centrerad över mer än ett kolumnspann)`,
  'table.rowTotal.labelTitleInDoubt': (p: { unit: string; title: string }) => `"${p.unit}" ovanför rubriken kan vara radernas rubrik, och "${p.title}" då en kolumns, så att varje titel står en kolumn förskjuten och raderna saknar en tom cell`,
  'table.rowTotal.titlesOff': (p: { cells: string }) => `rubriken har fler titlar än raderna har tal ("${p.cells}" står ovanför den), så titlarna kan stå förskjutna från sina kolumner`,
  'table.rowTotal.blankCell': (p: { column: string }) => `kolumnen "${p.column}" saknar värde`,
  'table.hierarchy.loneChild': (p: { name: string; parts: string; computed: string; stated: string }) =>
    `"${p.name}" har bara delposten ${p.parts} (${p.computed}) av ${p.stated}; tabellen delar annars upp varje post helt — saknas en rad?`,
  'table.hierarchy.childTooLarge': (p: { name: string; parts: string; computed: string; stated: string }) =>
    `delposten ${p.parts} (${p.computed}) är större än "${p.name}" (${p.stated})`,
  'table.hierarchy.sum': (p: { name: string; parts: string; computed: string; stated: string; difference: string }) =>
    `${p.parts} summerar till ${p.computed}; "${p.name}" anger ${p.stated} (${p.difference})`,
  'table.hierarchy.noParent': (p: { row: string; parent: string }) => `raden ${p.row} saknar sin överordnade rad ${p.parent}`,
  'table.hierarchy.gap': (p: { row: string; missing: string }) => `numreringen hoppar till ${p.row}; rad ${p.missing} saknas`,
  'table.ratio': (p: { where: string; stated: string; a: string; b: string; computed: string }) =>
    `${p.where}: ${p.stated} % stämmer inte med "${p.a}" / "${p.b}" = ${p.computed} %`,
  'table.ratio.inRow': (p: { row: string; column: string }) => `raden "${p.row}" i kolumnen "${p.column}"`,
  'table.ratio.read': (p: { fits: string }) => `att procenten är kvoten av de två är läst ur att den är det på ${p.fits} andra ställen i tabellen`,
  'table.shareRoundedToWhole': (p: { row: string; share: string; column: string; value: string; total: string; computed: string; basis: string }) =>
    `raden "${p.row}": andelen ${p.share} % i kolumnen "${p.column}" är ${p.value} / ${p.total} = ${p.computed} % avrundad så att andelarna summerar till 100 (de största resterna avrundade uppåt)`,
  'table.shareSection': (p: { sum: string }) => `läst som andel av avsnittet som raden "${p.sum}" sluter med 100 %`,
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
  'text.tableTotal.regionsNamed': () => 'att meningen talar om tabellen är läst ur att den nämner regionerna (eller länen) som helhet, och tabellen räknar upp dem',
  'text.tableTotal.verbFar': (p: { percent: string }) => `att meningen talar om tabellen är läst ur att den betalar ut eller fördelar pengar och att beloppet ligger inom ${p.percent} % av tabellens summa, den enda så nära; den nämner inte tabellen`,
  'text.tableTotal.counted': (p: { rows: string }) => `att meningen talar om tabellen är läst ur att den räknar lika många mottagare som tabellen har rader (${p.rows})`,
  'text.tableTotal.countedFar': (p: { percent: string }) => `beloppet ligger ${p.percent} % från tabellens summa; en utelämnad rad eller en felskriven siffra kan förklara det, men också att meningen talar om en annan summa`,
  'text.tableTotal.leadIn': () => 'att tabellen är hela beloppet i meningen före dess inledning är en läsning',
  'text.tableTotal.noUnit': () => 'tabellen anger inte sin enhet',
  'text.varav': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `${p.parts} delbelopp efter "varav" summerar till ${p.computed}; helheten anges till ${p.stated} (${p.difference})`,
  'text.varav.part': (p: { raw: string }) => `delbelopp ${p.raw}`,
  'text.dividedAfter': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `${p.parts} delbelopp i meningen som delar upp summan före den ("Dessa är uppdelade i …") summerar till ${p.computed}; meningen före anger ${p.stated} (${p.difference})`,
  'text.dividedAfter.read': (p: { raw: string }) => `att meningen delar upp "${p.raw}" i meningen före, och i alla sina delar, är läst ur hur den pekar tillbaka`,
  'text.dividedAfter.last': (p: { raw: string }) => `att meningen delar upp "${p.raw}", det sista av flera belopp i meningen före, är en läsning`,
  'text.referredSplit': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `${p.parts} delbelopp i meningen som delar upp summan ("Av …") summerar till ${p.computed}; texten anger summan till ${p.stated} (${p.difference})`,
  'text.listSum': (p: { parts: string; computed: string; whole: string; difference: string }) => `listans ${p.parts} belopp summerar till ${p.computed}; ${p.whole} (${p.difference})`,
  'text.listSum.lead': (p: { stated: string }) => `meningen före listan anger ${p.stated}`,
  'text.listSum.earlier': (p: { stated: string }) => `texten före listan anger ${p.stated}`,
  'text.listSum.recipient': (p: { stated: string; recipient: string }) => `texten anger ${p.stated} till ${p.recipient}`,
  'text.listSum.overRate': () => 'att listan delar upp totalbeloppet läses förbi en mening med belopp per år, person eller styck mellan dem',
  'text.listSum.totalNoColon': () => 'att listan delar upp meningens totalbelopp läses ur ordet "totalt" i en mening utan kolon före listan; listan kan vara ett urval',
  'text.listSum.counted': (p: { count: string }) => `att listans punkter är ingressens mottagare är läst ur att de är lika många som den räknar (${p.count})`,
  'text.listSum.totalled': () => 'att listan delar upp beloppet i meningen är läst ur att den står direkt efter meningen, som inte slutar med kolon',
  'text.listSum.moneyWithin': (p: { word: string }) => `att listan fördelar beloppet i meningen före är läst ur ledets "${p.word}"`,
  'text.remainder': (p: { parts: string; computed: string; stated: string; difference: string }) => `beloppen fram till och med resten (${p.parts}) summerar till ${p.computed}; totalen före anger ${p.stated} (${p.difference})`,
  'text.remainder.reading': () => 'att beloppen mellan totalen och resten är dess delar är läst ur deras plats i texten',
  'text.totalThenParts': (p: { parts: string; computed: string; stated: string; difference: string }) => `beloppen i meningarna efter totalen (${p.parts}) summerar till ${p.computed}; totalen anger ${p.stated} (${p.difference})`,
  'text.totalThenParts.reading': () => 'att meningarna efter totalen delar upp den, och i alla dess delar, är läst ur hur de inleds',
  'text.numberedParts': (p: { parts: string; computed: string; stated: string; difference: string }) => `de ${p.parts} numrerade delarna efter beloppet summerar till ${p.computed}; beloppet som delas upp anger ${p.stated} (${p.difference})`,
  'text.numberedParts.reading': (p: { noun: string }) => `att de numrerade meningarna är beloppets ${p.noun} är läst ur deras namn och nummer`,
  'text.countedInline': (p: { count: string; computed: string; stated: string; difference: string }) => `de ${p.count} beloppen efter kolon summerar till ${p.computed}; meningen anger ${p.stated} till ${p.count} mottagare (${p.difference})`,
  'text.countedInline.reading': (p: { count: string }) => `att beloppen efter kolon är mottagarnas är läst ur att de är lika många som meningen räknar (${p.count})`,
  'text.countedGrants': (p: { count: string; computed: string; stated: string; difference: string }) => `de ${p.count} meningarna som beviljar belopp efter ingressen summerar till ${p.computed}; ingressen anger ${p.stated} till ${p.count} mottagare (${p.difference})`,
  'text.countedGrants.reading': (p: { count: string }) => `att meningarna är ingressens mottagare är läst ur att de är lika många som den räknar (${p.count})`,
  'doubt.listRoundedZeros': (p: { zeros: string }) => `alla belopp i listan slutar på ${p.zeros} och ser avrundade ut; skillnaden ryms i en sådan avrundning`,
  'text.trailingTotal': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `de ${p.parts} beloppen före "totalt" summerar till ${p.computed}; meningen anger totalt ${p.stated} (${p.difference})`,
  'doubt.municipalityName': (p: { label: string }) => `"${p.label}" är också namnet på en kommun, som tabellen kan ta upp bredvid länet`,
  'doubt.qualifiedRegion': (p: { label: string }) => `"${p.label}" är läst som regionen genom sitt tillägg och kan avse ett annat organ i länet`,
  'doubt.trailingParts': () => 'att beloppen före "totalt" är dess delar är läst ur deras plats i meningen',
  'text.closingTotal': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `beloppen i styckena före totalen (${p.parts}) summerar till ${p.computed}; det avslutande stycket anger totalt ${p.stated} (${p.difference})`,
  'doubt.closingTotalParts': () => 'att styckena före är totalens delar är läst ur att totalen står sist, i ett stycke för sig',
  'text.nextSentenceTotal': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `de ${p.parts} beloppen i meningen före summerar till ${p.computed}; nästa mening anger totalt ${p.stated} (${p.difference})`,
  'doubt.nextSentenceParts': () => 'att beloppen i meningen före är totalens delar är läst ur att nästa mening pekar tillbaka på dem',
  'text.totalAfterList': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `listans ${p.parts} belopp summerar till ${p.computed}; meningen efter listan anger totalt ${p.stated} (${p.difference})`,
  'doubt.totalAfterList': () => 'att totalen efter listan gäller just listans poster är läst ur dess plats, och texten kan räkna in fler mottagare',
  'doubt.totalWider': () => 'totalen anges för en period eller ett omfång som kan vara större än de delar meningen nämner',
  'text.listSectionsTotal': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `listans ${p.parts} avsnittssummor och belopp efter dem summerar till ${p.computed}; listans sista summarad anger ${p.stated} (${p.difference})`,
  'text.listSectionsOpen': (p: { stated: string }) =>
    `listans sista summarad (${p.stated}) står efter summor för listans avsnitt, men vilka belopp som bildar vilken summa går inte att läsa ut (ett avsnitt stämmer inte med sin summa eller listan har bara ett): summorna är inte jämförda`,
  'doubt.listSections': (p: { sections: string }) => `att sista raden lägger ihop listans ${p.sections} avsnitt är läst ur uppställningen`,
  'text.listTotalItem': (p: { parts: string; computed: string; stated: string; difference: string }) =>
    `listans ${p.parts} belopp summerar till ${p.computed}; listans summarad anger ${p.stated} (${p.difference})`,
  'doubt.approximateAmount': (p: { raw: string }) => `beloppet ${p.raw} är inte exakt angivet`,
  'text.listSum.part': (p: { raw: string }) => `listans belopp ${p.raw}`,
  'text.listSum.sumOf': (p: { parts: string }) => `summan av listans ${p.parts} belopp`,
  'text.listCount': (p: { phrase: string; count: string; items: string }) => `"${p.phrase}" utlovar ${p.count} punkter men listan har ${p.items}`,
  'text.listCount.fullStop': () => 'meningen slutar med punkt och behöver inte syfta på listan',
  'text.listCount.goesOn': () => 'listans punkter står åtskilda av stycken, och var listan slutar är läst ur deras tecken',
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
  // text/region-claim
  'regionClaim.caption': (p: { caption: string }) => `tabellen "${p.caption}"`,
  'regionClaim.table': (p: { line: string }) => `tabellen på rad ${p.line}`,
  'regionClaim.cell': (p: { label: string; column: string; table: string }) => `raden "${p.label}", kolumnen "${p.column}" i ${p.table}`,
  'regionClaim.rowSum': (p: { label: string; table: string }) => `summan av raden "${p.label}" i ${p.table}`,
  'regionClaim.holds': (p: { raw: string; region: string; figure: string; where: string }) => `"${p.raw}" till ${p.region} i texten stämmer med ${p.figure}, ${p.where}`,
  'regionClaim.fails': (p: { raw: string; region: string; figures: string; difference: string }) =>
    `"${p.raw}" till ${p.region} i texten stämmer inte med regionens rad: ${p.figures} (skillnad ${p.difference}) — att meningen talar om samma pengar som tabellen är läst ur ordalydelsen`,
  // format/
  'format.digitGroupingYear': (p: { raw: string; year: string }) => `kolumnrubriken "${p.raw}" är årtalet ${p.year} skrivet med tusentalsmellanrum`,
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
  'format.unreadRows': (p: { count: number; where: string }) =>
    `${p.count} rader med tal (${p.where}) ser ut som en tabell men kunde inte läsas som en; deras tal är lästa som löptext och ingen summa i dem är kontrollerad`,
  'format.unreadRows.lines': (p: { first: string; last: string }) => `rad ${p.first}–${p.last}`,
  'format.unreadRows.page': (p: { page: string }) => `sidan ${p.page}`,
  'format.unreadRows.pages': (p: { first: string; last: string }) => `sidan ${p.first}–${p.last}`,
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
  'allocation.countOff': (p: { label: string; actual: string; header: string; expected: string; base: string; total: string; matched: string; regions: string }) =>
    `${p.label} har ${p.actual} i kolumnen "${p.header}", men efter sin andel av kolumnen "${p.base}" borde det vara omkring ${p.expected} av ${p.total}; ${p.matched} av ${p.regions} regioner ligger inom 1 från sin andel — osäker läsning: att kolumnen fördelas efter "${p.base}" är läst ur de andra regionernas tal`,
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
  'anomaly.spacedDecimal': (p: { raw: string; read: string }) => `"${p.raw}" har ett mellanslag efter decimalkommat och läses som ${p.read}`,
  'anomaly.grouping': (p: { raw: string; read: string }) => `felaktig tusentalsgruppering: "${p.raw}" läses som ${p.read}`,
  'finding.misreadTable': (p: { n: string; checks: string }) => `${p.n} av högst ${p.checks} summor i tabellen stämmer inte; så många på en gång tyder på att tabellen lästs fel snarare än att sidan räknat fel, så detta kallas inte fel: kontrollera tabellen för hand`,
  'rule.crashed': (p: { id: string; reason: string }) => `regeln ${p.id} kunde inte köras: ${p.reason}`,
  // The framework language's parse errors (grammars/framework/)
  'frameLang.inSum': () => 'summan',
  'frameLang.inKey': () => 'nyckeln',
  'frameLang.unknownAmount': (p: { name: string; where: string }) => `okänt belopp '${p.name}' i ${p.where}`,
  'frameLang.year': (p: { got: string }) => `året ska skrivas med fyra siffror, inte '${p.got}'`,
  'frameLang.defined': (p: { name: string }) => `beloppet '${p.name}' är redan definierat`,
  'frameLang.notAmount': (p: { got: string }) => `'${p.got}' kan inte läsas som ett belopp`,
  'frameLang.weights': (p: { name: string; sum: string }) => `andelarna i nyckeln '${p.name}' summerar till ${p.sum} %, inte 100 %`,
  'frameLang.noWeights': (p: { name: string }) => `nyckeln '${p.name}' har flera fördelningsgrunder utan andelar`,
  'frameLang.unknownBase': (p: { got: string; known: string }) => `okänd fördelningsgrund '${p.got}' (kända: ${p.known})`,
  'frameLang.character': (p: { got: string }) => `oväntat tecken '${p.got}'`,
  'frameLang.endOfFile': () => 'filens slut',
  'frameLang.found': (p: { expected: string; found: string }) => `${p.expected}, fann ${p.found}`,
  'frameLang.expected': (p: { what: string }) => `väntade ${p.what}`,
  'frameLang.expectedStatement': () => 'väntade en sats (överenskommelse, dnr, källa, belopp, summa, nyckel)',
  'frameLang.unexpected': () => 'oväntad symbol',
  'frameLang.token.name': () => 'ett namn',
  'frameLang.token.amount': () => 'ett belopp',
  'frameLang.token.string': () => 'en text inom citattecken',
  'frameLang.token.dnr': () => 'ett diarienummer',
} as const;
