/**
 * The Swedish messages: every text a user sees, by id. Swedish is the default language;
 * `en.ts` has the same ids (the type makes a missing one a compile error).
 */
import { findingsSv } from './findings-sv.js';
import { runSv } from './run-sv.js';

export const sv = {
  ...findingsSv,
  ...runSv,
  // What makes a reading uncertain, as a finding names it
  'doubt.countParts': () => 'kolumnerna är antal, och att de är totalens delar är antaget ur rubrikerna',
  'doubt.bareVaravParts': (p: { raws: string; whole: string }) => `delbeloppen ${p.raws} efter "varav" står utan enhet och är lästa i helhetens enhet (${p.whole})`,
  'doubt.textNoUnit': (p: { raw: string }) => `texten skriver ${p.raw} utan enhet; läst som kronor`,
  // Usage errors
  'usage.unknownCommand': (p: { command: string }) => `okänt kommando '${p.command}'`,
  'usage.needsPaths': (p: { command: string }) => `${p.command} behöver minst en fil eller katalog`,
  'usage.stdinTwice': () => 'standard in (-) kan bara läsas en gång',
  'usage.choice': (p: { option: string; allowed: string; got: string }) => `--${p.option} ska vara ett av ${p.allowed} (fick '${p.got}')`,
  'usage.positive': (p: { option: string; got: string }) => `--${p.option} ska vara ett positivt tal (fick '${p.got}')`,
  'usage.unknownRule': (p: { id: string }) => `okänd regel '${p.id}' (se 'kronkoll rules')`,
  'usage.unknownRegion': (p: { name: string }) => `'${p.name}' är ingen region (ange namn, variant eller länskod, t.ex. "Skåne", "Region Skåne", "12")`,
  'usage.badDate': (p: { option: string; got: string }) => `--${p.option} ska vara ett datum ÅÅÅÅ-MM-DD (fick '${p.got}')`,
  'usage.frameworkOneFile': () => 'framework tar exakt en fil (en överenskommelse, eller en .frame-fil att kontrollera)',
  'usage.unknownOption': (p: { option: string }) => `okänd flagga '${p.option}'`,
  'usage.optionValue': (p: { option: string }) => `flaggan '${p.option}' saknar värde eller tar inget värde`,
  'framework.notAgreement': (p: { kind: string }) => `läst som ${p.kind}, inte som en överenskommelse; ramen kan bli tom`,
  'framework.derivedNote1': (p: { file: string; ext: string }) => `Ram härledd ur ${p.file}. Granska, lägg till dnr och spara som corpus/frames/NAMN${p.ext};`,
  'framework.derivedNote2': () => 'en fastställd ram används i stället för den härledda.',
  'usage.text': () => `kronkoll — granskar siffrorna i svenska myndighetsdokument

Användning:
  kronkoll extract FIL…  [--format json|csv|text]
  kronkoll audit SÖKVÄG… [--format text|json|sarif|junit|github|html] [--fail-on error|warning|never]
                         [--rule ID]… [--disable ID]… [--quiet] [--no-color]
                         [--config FIL] [--baseline FIL] [--update-baseline] [--prune-baseline]
                         [-o|--output-file FIL] [--max-warnings N] [--no-error-on-unmatched]
  kronkoll merge RESULTAT…  kör korpusreglerna över resultaten från audit --shard K/N --shard-output FIL
  kronkoll framework FIL ramen ur en överenskommelse i ramspråket (eller kontrollerar en .frame-fil)
  kronkoll explain SÖKVÄG… [--format text|json|html]  avstämningsträd: summor, delar, ramar och fördelningsnycklar
  kronkoll regions SÖKVÄG… [--region NAMN]… [--from DATUM] [--to DATUM] [--format text|csv|json]
                         belopp per region ur tabeller och listor, dokument för dokument
  kronkoll rules         listar reglerna
  kronkoll --help | --version

Alla kommandon: --lang sv|en (språk för meddelanden och rapporter; svenska om inget anges).
Gränser per dokument (extract, audit, explain): --max-pages N (2000), --timeout SEKUNDER (60), --max-size MB (50).
PDF (extract, audit, explain): --pdf-engine auto|fast|pdfjs (auto), --password LÖSENORD för krypterade PDF:er.
Standard in: sökvägen - läser ett dokument från standard in (extract, audit, explain, regions); --stdin-name NAMN.ext namnger det och filändelsen väljer läsaren (annars <stdin>, formatet efter innehållet).
Minne per dokument: --max-memory MB (2048).
Körning: --jobs N (antal kärnor), --no-progress; audit: --cache [--cache-location FIL] (.kronkollcache), --shard K/N [--shard-output FIL].
Format som läses: .txt .md .html .pdf (kataloger gås igenom; .kronkollignore på varje nivå).
Konfiguration: kronkoll.config.json i arbetskatalogen eller ovanför, eller --config FIL.
Slutkoder: 0 inget på --fail-on-nivån, 1 fynd på den nivån (eller fler varningar än --max-warnings),
2 felaktig användning, felaktig konfiguration, oläslig indata eller inga dokument hittade.`,
  'usage.internal': (p: { reason: string }) => `internt fel: ${p.reason}`,
  'usage.badArguments': (p: { reason: string }) => `felaktiga argument: ${p.reason}`,
  'usage.wrongArgCount': (p: { command: string }) => `${p.command} tar exakt en fil`,

  // Unreadable input
  'input.binary': () => 'binärt innehåll; inget textdokument',
  'input.encoding': () => 'binärt innehåll eller okänd teckenkodning; UTF-8-text väntades',
  'input.extension': (p: { ext: string; known: string }) => `okänd filändelse '${p.ext}'; kronkoll läser ${p.known}`,
  'input.directory': () => 'är en katalog',
  'input.noSuchFile': () => 'filen finns inte',
  'input.cannotRead': (p: { code: string }) => `kan inte läsas (${p.code})`,
  'input.tooLarge': (p: { size: string; limit: string }) => `för stor (${p.size} byte; gränsen är ${p.limit} byte)`,
  'input.stdinTooLarge': (p: { limit: string }) => `för stor (mer än ${p.limit} byte på standard in; läsningen avbröts)`,
  'input.empty': () => 'tomt dokument',
  'input.emptyNoText': () => 'tomt dokument; ingen text hittades',
  'input.timeout': (p: { seconds: string }) => `tog längre än ${p.seconds} s; avbröts`,
  'input.pdfDamaged': (p: { count: string }) => `skadad; ingen av dess ${p.count} sidor kunde läsas`,
  'input.pdfNoText': () => 'inget textlager; OCR stöds inte',
  'input.overMemory': (p: { limit: string }) => `över minnesgränsen på ${p.limit} MB`,
  'input.workerStopped': (p: { reason: string }) => `kunde inte läsas (arbetstråden stannade: ${p.reason})`,
  'input.pdfEncrypted': () => 'krypterad; inget lösenord angivet (--password)',
  'input.pdfWrongPassword': () => 'krypterad; lösenordet stämmer inte',
  // Reasons from the PDF readers are technical diagnostics (PDF terms, pdfjs's texts): quoted as given, in both languages.
  'input.pdfFastDeclined': (p: { reason: string }) => `kan inte läsas av den egna PDF-läsaren (teknisk orsak: "${p.reason}")`,
  'input.pdfBothFailed': (p: { reason: string; fallback: string }) => `${p.reason} (den egna läsaren: "${p.fallback}")`,
  'input.pdfInflateLimit': (p: { limit: string }) => `komprimerade data packas upp till mer än ${p.limit} MB (en Flate-bomb?); läses inte`,
  'input.pdfTooManyPages': (p: { count: string; limit: string }) => `${p.count} sidor; gränsen är ${p.limit}`,
  'input.pdfUnreadable': (p: { reason: string }) => `kunde inte läsas som PDF (pdfjs: "${p.reason}")`,
  'input.other': (p: { reason: string }) => `kunde inte läsas (teknisk orsak: "${p.reason}")`,
  'input.pdfNotFast': () => 'kan inte läsas av den snabba PDF-läsaren',
  'page.lost': (p: { page: string; reason: string }) => `sidan ${p.page} kunde inte läsas (teknisk orsak: "${p.reason}")`,
  'page.noText': (p: { page: string }) => `sidan ${p.page} saknar textlager`,
  'reading.moreCells': (p: { count: string }) => `likaså ${p.count} ${p.count === '1' ? 'cell' : 'celler'} till i kolumnen`,
  'doubt.spaced': (p: { cell: string; row: string }) => `cellen "${p.cell}" i raden "${p.row}" är avskild från texten bredvid med enkla mellanslag, och vilka siffror den rymmer är läst ur siffergrupperna`,
  'doubt.glued': (p: { cell: string; row: string }) => `cellen "${p.cell}" i raden "${p.row}" står utan mellanrum mot grannkolumnerna, och var den slutar är läst ur siffergrupperna`,
  'doubt.wrapped': (p: { cell: string; row: string }) => `cellen "${p.cell}" stod på en egen rad under raden "${p.row}" och är läst som radens nästa kolumn`,
  'doubt.gluedFewer': () => 'raden har färre värden än tabellen har kolumner, och mellanrummen visar inte var de står',
  'doubt.gluedNote': () => 'radens nothänvisning står utan mellanrum mot det första värdet och kan skiljas av på flera sätt; delningen som följer notkolumnens ordning är vald',
  'doubt.gluedYears': () => 'siffrorna står utan mellanrum mellan kolumnerna och kan delas på flera sätt; delningen med värden av samma storlek år för år är vald',
  'doubt.gluedYearLabel': () => 'etiketten slutar på ett årtal som står utan mellanrum mot talet; var årtalet slutar och talet börjar är gissat',
  'doubt.noteByResult': () => 'notens nummer stod ihop med cellens första siffergrupp; delningen är läst ur resultatraden under, som bara så summerar',
  'doubt.ocr': (p: { cell: string; row: string; by: string }) => `cellen "${p.cell}" i raden "${p.row}" är läst med ${p.by.toUpperCase()} ur en skannad bild, inte tryckt text`,
  'input.tooDeep': () => 'för djupt nästlat för att läsas (läsaren fick slut på stack)',
  'input.datelessSkipped': (p: { count: string }) => `${p.count} dokument utan datum togs inte med (--from/--to)`,

  // Tidy region table (CSV header, JSON stays in English keys for machines)
  'tidy.file': () => 'fil',
  'tidy.kind': () => 'dokumenttyp',
  'tidy.date': () => 'datum',
  'tidy.dnr': () => 'dnr',
  'tidy.title': () => 'titel',
  'tidy.table': () => 'tabell',
  'tidy.caption': () => 'tabellrubrik',
  'tidy.column': () => 'kolumn',
  'tidy.regionCode': () => 'länskod',
  'tidy.region': () => 'region',
  'tidy.label': () => 'namn_i_dokumentet',
  'tidy.measure': () => 'mått',
  'tidy.amountKr': () => 'belopp_kr',
  'tidy.value': () => 'värde',
  'tidy.raw': () => 'tryckt',
  'tidy.unit': () => 'enhet',
  'tidy.precision': () => 'precision',
  'tidy.rowKind': () => 'radtyp',
  'tidy.place': () => 'plats',
  'tidy.columnByPosition': (p: { n: string }) => `kolumn ${p.n}`,

  // Measures and row kinds, as printed in tidy output
  'measure.kronor': () => 'kronor',
  'measure.euro': () => 'euro',
  'measure.andel': () => 'andel',
  'measure.antal': () => 'antal',
  'measure.befolkning': () => 'befolkning',
  'measure.okänd': () => 'okänd',
  'rowKind.data': () => 'data',
  'rowKind.total': () => 'summa',
  'rowKind.subtotal': () => 'delsumma',
  'rowKind.other': () => 'övrig',
  'kind.regeringsbeslut': () => 'regeringsbeslut',
  'kind.överenskommelse': () => 'överenskommelse',
  'kind.pressmeddelande': () => 'pressmeddelande',
  'kind.webbsida': () => 'webbsida',
  'kind.okänd': () => 'okänd',
  'unit.persons': () => 'personer',
  'unit.count': () => 'antal',
  'audit.summary': (p: { errors: number; warnings: number; infos: number; documents: number }) =>
    `${p.errors} fel, ${p.warnings} ${p.warnings === 1 ? 'varning' : 'varningar'}, ${p.infos} info i ${p.documents} dokument`,
  'audit.unreadable': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'fil' : 'filer'} kunde inte läsas`,
  'audit.seeAlso': (p: { place: string }) => `se även: ${p.place}`,
  'audit.rowAsRead': (p: { row: string }) => `raden som den lästes: ${p.row}`,
  'audit.box': (p: { where: string; x: string; y: string; width: string; height: string }) => `position: ${p.where}x ${p.x}, y ${p.y} från övre vänstra hörnet, bredd ${p.width}, höjd ${p.height} pt`,
  'place.page': (p: { page: string }) => `sida ${p.page}`,
  'place.line': (p: { line: string }) => `rad ${p.line}`,

  // kronkoll regions --format text
  'regions.none': () => 'Inga regionbelopp hittades.',
  'regions.sum': (p: { count: string }) => `Summa (${p.count} belopp)`,
  'regions.notSummed': () => 'delbelopp i kolumner, ingår inte i summan',
  'regions.otherMeasures': () => 'andra mått (ingår inte i summan)',
  'regions.toMunicipalities': () => 'till länets kommuner, ingår inte i summan',
  'regions.alsoIn': (p: { files: string }) => `samma belopp även i ${p.files}`,
  'regions.noDate': () => 'utan datum',
  'regions.sumNote': () => 'Summan räknar varje beslut en gång (samma dnr, datum och belopp i flera filer) och tar radens totalkolumn (eller den kolumn som är summan av de andra), eller tabellens enda kolumn i kronor. Medel till länets kommuner ingår inte.',
  // HTML report
  'html.auditTitle': () => 'kronkoll — granskning',
  'html.explainTitle': () => 'kronkoll — avstämning',
  'html.documents': () => 'Dokument',
  'html.counts': (p: { errors: string; warnings: string; infos: string }) => `${p.errors} fel, ${p.warnings} varningar, ${p.infos} info`,
  'html.unreadable': () => 'Filer som inte kunde läsas',
  'html.regionSummary': () => 'Per region',
  'html.regionCol': () => 'Region',
  'html.amountsCol': () => 'Belopp',
  'html.sumCol': () => 'Summa (kr)',
  'html.findings': () => 'Fynd',
  'html.noFindings': () => 'Inga fynd.',
  'html.tables': () => 'Tabeller',
  'html.prose': () => 'Belopp i löptexten',
  'html.meta': (p: { kind: string; date: string; dnr: string }) => `${p.kind} · datum ${p.date} · dnr ${p.dnr}`,
  'html.goTo': () => 'visa platsen',
  'html.backTo': (p: { n: string }) => `fynd ${p.n}`,
  'html.stated': (p: { value: string }) => `angivet ${p.value}`,
  'html.computed': (p: { value: string }) => `beräknat ${p.value}`,
  'html.labelCol': () => 'Rad',
  'html.none': () => '–',
  'html.tableN': (p: { n: string }) => `Tabell ${p.n}`,
  'severity.error': () => 'fel',
  'severity.warning': () => 'varning',
  'severity.info': () => 'info',
  // kronkoll explain
  'explain.also': (p: { name: string }) => `(också) ${p.name}`,
  'explain.keyedBy': (p: { key: string }) => `fördelas efter ${p.key}`,
  'explain.perRegion': (p: { amount: string }) => `${p.amount} kr per region`,
  'explain.sumOfRows': (p: { rows: string; sum: string }) => `= summan av ${p.rows} rader (${p.sum})`,
  'explain.pinned': () => 'fastställd',
  'explain.derived': () => 'härledd',
  'explain.ownArithmetic': () => 'beslutets egen räkning (framework/arithmetic)',
  'explain.inFrame': (p: { name: string; amount: string; frame: string }) => `= ${p.name} ${p.amount} kr i ${p.frame}`,
  'explain.column': (p: { header: string }) => `kolumnen "${p.header}"`,
  'explain.keyNode': (p: { name: string; amount: string; key: string }) => `= ${p.name} ${p.amount} kr (fördelas efter ${p.key})`,
  'explain.claim': (p: { raw: string }) => `påstående "${p.raw}"`,
  'explain.noCaption': () => '(utan rubrik)',
  'explain.via': (p: { frame: string; how: string }) => `${p.frame} (via ${p.how})`,
  'explain.frame': (p: { title: string; origin: string }) => `Ram: ${p.title} (${p.origin})`,
  'explain.belongsTo': (p: { agreement: string }) => `hör till ${p.agreement}`,
  'explain.totals': () => 'Summor i dokumentet:',
  'explain.frameTies': () => 'Mot ramen och exakta siffror:',
  'explain.keys': () => 'Fördelningsnycklar:',
  'explain.noKey': () => 'ingen nyckel funnen',
  'explain.keyFit': (p: { key: string; matched: string; regions: string }) => `${p.key} — ${p.matched} av ${p.regions} regioner på kronan`,
  'explain.deviant': (p: { label: string; actual: string; expected: string }) => `${p.label}: ${p.actual} kr, nyckeln ger ${p.expected} kr`,
  'explain.unexplained': () => 'Oförklarade belopp:',
  'explain.page': (p: { page: string }) => `s. ${p.page}`,
  'explain.finding': (p: { rule: string; severity: string; place: string }) => `fynd: ${p.rule} (${p.severity}) ${p.place}`,
  'explain.why.unexplained': () => 'inget fynd: beloppet ingår inte i någon summa, tabell eller ram som det kan stämmas av mot; det är oförklarat, inte motsagt',
  'explain.why.ownArithmetic': () => 'inget fynd: beloppet prövas i beslutets egen räkning (framework/arithmetic), som inte rapporterade något här',
  'explain.why.none': () => 'inget fynd: ingen regel rapporterade något på denna plats',
  'explain.legend': () => '✓ stämmer exakt · ≈ stämmer inom avrundningen · ✗ stämmer inte · · inget att stämma av mot',
  'role.total': () => 'avsatt totalt',
  'role.skr': () => 'till SKR',
  'role.first': () => 'första utbetalningen',
  'role.remaining': () => 'resterande medel',
  'role.earlier': () => 'tidigare utbetalt',
  'role.this': () => 'detta beslut',
  // Rule messages: region/
  'list.and': (p: { head: string; last: string }) => `${p.head} och ${p.last}`,
  'rule.region.duplicate': (p: { region: string; first: string; second: string }) => `${p.region} står två gånger i tabellen ("${p.first}" och "${p.second}")`,
  'rule.region.duplicateFirst': (p: { region: string }) => `första raden för ${p.region}`,
  'rule.region.missing': (p: { present: string; missing: string }) => `tabellen har ${p.present} av 21 regioner; saknar ${p.missing}`,
  'rule.region.unknown': (p: { label: string }) => `"${p.label}" i en tabell över regionerna är ingen känd region`,
  'rule.region.variant': (p: { label: string; region: string; distance: string }) => `"${p.label}" tolkas som ${p.region} (redigeringsavstånd ${p.distance})`,
  'rule.region.variantReplaced': (p: { label: string; region: string; lost: string }) => `"${p.label}" tolkas som ${p.region}: ${p.lost === '1' ? 'ett tecken' : `${p.lost} tecken`} gick inte att avkoda (U+FFFD eller "?"), och bara den regionens namn passar — en osäker läsning`,
} as const;
