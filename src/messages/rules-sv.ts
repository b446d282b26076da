import type { RuleDocs } from './types.js';

/** Regeldokumentationen på svenska (`kronkoll rules`, SARIF). */
export const rulesSv: RuleDocs = {
  'table/column-total': {
    description: 'Datarader summerar till summaraden, kolumn för kolumn',
    docs: 'I varje värdekolumn ska dataraderna ovanför en summarad (Summa, Totalt, Riket …) summera till den. Delsummor kontrolleras mot raderna sedan föregående delsumma, och totalen mot delsummorna. Avrundade tal (tabeller i miljoner) jämförs som intervall: en summa som stämmer först inom avrundningen rapporteras som info. En riksrad bredvid regioner från färre än hälften av länen som tillsammans inte når halva riksvärdet (en kommun, dess län och riket) är en jämförelse, ingen summa, och kontrolleras inte.',
  },
  'table/row-total': {
    description: 'Delkolumnerna summerar till radens totalkolumn',
    docs: 'I en tabell med en totalkolumn (rubrik Totalt, Summa …) ska de övriga beloppskolumnerna i samma rubrikgrupp summera till den på varje rad. Kolumner med befolkning, antal eller procent är inga delar. Avrundade tal jämförs som intervall.',
  },
  'table/difference': {
    description: 'Differenskolumner och saldorader stämmer med det de är skillnaden mellan',
    docs: 'En differenskolumn (rubrik Avvikelse, Differens, Skillnad, Förändring) ska vara kolumnen före den minus kolumnen före den, åt det håll de flesta av dess rader visar (utfall minus budget, eller budget minus utfall); en saldorad (Saldo, Budgetsaldo) ska vara inkomstraden (Inkomster, Intäkter) minus utgiftsraden (Utgifter, Kostnader), eller deras summa när utgifterna står negativa. Procent- och kvotkolumner lämnas utanför. Vad som dras från vad läses ur etiketter och ordning, så en avvikelse är en varning som säger det; en skillnad inom de tryckta talens avrundning är info.',
  },
  'table/partial-sum': {
    description: 'En summarad utan rubrik som bara summerar de sista raderna i sitt avsnitt',
    docs: 'En rad med värden men utan rubrik under en avsnittsrubrik och dess rader, som inte är summan av alla rader sedan rubriken men precis (inom avrundningen, i varje kolumn den visar) summan av de två eller fler sista: raderna den lämnar utanför nämns. En rad som summerar hela avsnittet läses som dess delsumma och prövas av table/column-total. Vilka rader raden skulle summera är en läsning, så fyndet är en varning.',
  },
  'table/population-balance': {
    description: 'Befolkningsförändringar går ihop: födelsenetto, flyttnetto och folkökning',
    docs: 'I en tabell som visar befolkningsförändringar som rader eller kolumner (Födda, Döda, Födelsenetto, Inflyttade, Utflyttade, Invandrade, Utvandrade, Nettoflyttning, Folkökning, Justering): födelsenettot är födda minus döda, flyttnettot inflyttade (och invandrade) minus utflyttade (och utvandrade), och folkökningen de två tillsammans (med en justeringsrad när den finns). Vilka rader sambanden gäller läses ur etiketterna, så en avvikelse är en varning som säger det; utan justeringsrad nämner varningen också registrets rättelser. Etiketterna matchas hela.',
  },
  'table/scale-slip': {
    description: 'En summa som stämmer först om ett av talen är tusen gånger mindre eller större',
    docs: 'När en kolumn inte summerar till sin summarad, men skulle göra det inom avrundningen om precis ett av talen vore tusen gånger mindre (ett tal skrivet i kronor bland tusental) eller större (de övriga talen i en enhet tusen gånger för stor), rapporteras det talet eller den enheten. När två kolumner inte går ihop ens så, prövas en rad med ett enda tal vars kolumn läsaren gissat (en cell per rad, en kort rad med enkla mellanslag) i den andra kolumnen; går båda ihop då, rapporteras felskrivningarna med den flytten. Vilket tal som är fel är en läsning, så fyndet är en varning.',
  },
  'table/balance-roll': {
    description: 'Utgående balans är ingående balans plus periodens förändring, och nästa år börjar där året slutade',
    docs: 'I en tabell med en ingående balans ("… vid årets början", "Ingående …", "IB") och en utgående balans av samma sak ("… vid årets slut", "Utgående …", "UB") ska varje kolumns utgående balans vara den ingående plus raderna mellan dem, eller plus periodens förändring tryckt strax ovanför den ingående balansen ("Årets kassaflöde"); och där två grannkolumner är på varandra följande år av samma slag ska det senare årets ingående balans vara det tidigare årets utgående. Sambanden läses ur etiketter och rubriker (en omräkning som sidan inte nämner bryter också det andra), så en avvikelse är en varning som säger det; en skillnad inom avrundningen är info.',
  },
  'table/balance-sides': {
    description: 'En balansräknings två sidor är lika stora: summa tillgångar är summa eget kapital och skulder',
    docs: 'I en balansräkning ska varje kolumns summa av tillgångarna ("Summa tillgångar", "Tillgångar, totalt") vara lika med dess summa av eget kapital och skulder ("Summa eget kapital, avsättningar och skulder", "Summa skulder och eget kapital"). Raderna hittas genom sina egna ord; en skillnad mellan två säkert lästa celler i samma tabell är ett fel (en varning när sidan har flera summor med sådant namn och den sista är tagen), en skillnad inom de tryckta talens avrundning info. Där balansräkningen är delad i två tabeller under samma kolumnrubriker är parningen en läsning, och en skillnad är en varning som säger det.',
  },
  'text/year-figure': {
    description: 'Ett års tal i texten stämmer med samma års tal i en tabell över åren',
    docs: 'När en rad text anger ett års tal ("Utbetalade statsbidrag 2017: 84 818 475 kr") och en tabell ger en serie per år under en rubrik som delar två ord med raden, med åren som kolumner över en rad eller som rader bredvid en kolumn, ska tabellens tal för det året vara det som textens tal avrundas till. Tal som skiljer mer än en tiondel tas för andra tal. Kopplingen läses ur orden, så en avvikelse är en varning som säger det.',
  },
  'text/written-arithmetic': {
    description: 'En uträkning som skrivs ut på en rad ger det resultat raden anger',
    docs: 'En rad som skriver ut en addition eller en multiplikation före sitt resultat ("Grundstöd 20 000 + mandatstöd 3 × 12 000 = 56 000", en tabellrad "S 40 000 + 5 × 8 500 82 500") ska ge det resultatet. En avvikelse är ett fel när ett likhetstecken pekar ut resultatet och siffergrupperna bara kan läsas på ett sätt; ett resultat som läses ur sin plats sist i raden, eller tal vars gränser räkningen valt bland de läsningar siffergrupperna tillåter, gör den till en varning.',
  },
  'text/prior-share': {
    description: 'En andel av fjolårets belopp i texten stämmer med de två beloppen',
    docs: 'En mening som anger ett belopp som en andel av eller en förändring mot föregående års ("motsvarar 72 procent av fjolårets anslag", "15 % mer än förra årets belopp", "drygt hälften av 2022 års nivå") prövas när båda beloppen står: i meningen, föregående års direkt efter orden som nämner det, eller årets i meningen och båda på en rad i en tabell med en kolumn för vartdera året. Den andel beloppen ger, med sin avrundning, ska mötas av den andel orden anger (ett förbehåll som "drygt" vidgar den). Vad andelen gäller läses ur orden, så en avvikelse är alltid en varning, med uträkningen.',
  },
  'text/rate-total': {
    description: 'En summa som ska vara en andel av ett basbelopp gånger ett antal stämmer med det',
    docs: 'När ett stycke anger en andel av ett basbelopp per enhet ("25 % av prisbasbeloppet per år och mandat"), texten anger basbeloppet ("prisbasbeloppet är 45 500 kronor") och räknar enheterna på ett enda sätt ("de 49 mandaten"), och stycket anger en summa ("totalt 557 360 kronor"), ska summan vara andelen × basbeloppet × antalet (varje enhets del avrundad till hela kronor när den inte är hel). Vilket basbelopp, antal och summa som avses läses ur orden, så en avvikelse är en varning med uträkningen.',
  },
  'table/hierarchy': {
    description: 'Numrerade "Varav"-led summerar till sin överordnade rad',
    docs: 'I numrerade tabeller (1, 1.1, 1.2, 1.2.1 …, som i överenskommelser) summerar raderna en nivå ned till sin överordnade rad, och raderna på översta nivån till summaraden. En ensam "varav"-rad är en del och får inte överstiga sin överordnade rad. Tal i miljoner jämförs som intervall.',
  },
  'table/share': {
    description: 'Andelskolumner stämmer med kolumnen de är andelar av',
    docs: 'För en procentkolumn söker kronkoll den kolumn vars värden förklarar andelarna (värde / summa × 100, inom avrundningen av den tryckta andelen) på minst 80 % av raderna. Rader vars andel inte följer av den kolumnen rapporteras med den beräknade andelen.',
  },
  'table/ratio': {
    description: 'Procent som är kvoten av två andra tal i tabellen stämmer med dem',
    docs: 'En procentkolumn bredvid två andra kolumner, eller en procentrad (etiketten säger "procent", "%" eller "Andel …") under två andra rader, är ofta deras kvot (valdeltagande = röster / röstberättigade × 100). kronkoll söker det enda par vars kvot ger den tryckta procenten, inom avrundningen av alla tre talen, på minst två ställen och två tredjedelar av dem där alla tre står, och rapporterar ställena där den inte gör det. Paret läses ur talen, inte ur texten, så det blir varningar. En procentkolumn som table/share förklarar som andelar av en kolumnsumma lämnas åt den, och en procent bland fler än 40 andra rader eller kolumner prövas inte.',
  },
  'text/table-total': {
    description: 'Belopp i rubrik eller text stämmer med tabellens summa',
    docs: 'Beloppet i en tabellrubrik ("Fördelning av 3 000 000 000 kronor") ska vara lika med tabellens summa: summaraden, eller dataradernas summa när tabellen saknar summarad. En mening som betalar ut eller fördelar medel enligt en tabell (betala ut, fördelas, tilldelas, i enlighet med bilaga N …) ska ange dess summa, när beloppet ligger närmast någon av tabellernas summor och inom 10 % av den (2 % när meningen inte nämner tabellen); belopp längre bort, eller lika med en annan cell, handlar om något annat. En sidas ingress (eller meningen före en listas inledning) med ett belopp som räknar en listas mottagare ("till fyra regioner") eller nämner regionerna som helhet, bredvid den enda listan med en penningkolumn, läses som listans summa upp till 25 % från den (en utelämnad rad, en felskriven siffra): en varning som säger hur långt. Avrundade tal jämförs som intervall; en träff inom avrundningen är info.',
  },
  'text/region-claim': {
    description: 'Belopp som texten ger en region stämmer med regionens rad i tabellen',
    docs: 'En mening vars subjekt är en region och vars verb tar emot pengar ("Region Skåne får 12,3 miljoner kronor för …", "Till Gotland går 4,5 miljoner kronor") ska stämma med regionens rad i dokumentets tabeller: en av radens beloppsceller, eller deras summa (alltid efter "totalt"). En mening med ett belopp till, ett tillägg (ytterligare, extra), en jämförelse (mer, förra året), en del (varav) eller ett belopp per invånare lämnas därhän. Vilka pengar meningen talar om läses ur ordalydelsen, så en skillnad är en varning; en överensstämmelse är info. Avrundade tal jämförs som intervall.',
  },
  'text/sum': {
    description: 'Uppdelningar i texten summerar: varav-led, listor med belopp och antal punkter',
    docs: 'Tre kontroller av löptext. (1) "X kronor, varav A … och B …" i en mening: delarna får inte överstiga X; de ska bli X bara när sista delen framställs som resten (resterande, övriga). (2) En mening med ett belopp och kolon, följd av en punktlista med ett belopp per punkt, eller en inledning som "Medel till regionerna utbetalas från följande anslagsposter:" knuten till det belopp som tidigare betalats till samma mottagare: punkterna ska summera till det (ett underskott godtas när inledningen ger exempel). (3) En mening som slutar med ett antal ("inom sju områden:") följd av en lista: listan har så många punkter på översta nivån. Avrundade tal jämförs som intervall; en träff inom avrundningen är info. (8) En summa som delas upp i meningen efter den, som pekar tillbaka och säger det ("… 16 811 000 kronor till Halmstad. Dessa är uppdelade i A för … och B för …", "Beloppet fördelas på …"): delarna ska bli beloppet i meningen före (har den meningen flera belopp, det sista); vad meningen pekar tillbaka på läses ur dess ordalydelse, så en avvikelse ger en varning. (9) En summa som sägs vara hela beloppet ("totalt", "uppgår", "omfattar") och delas upp i styckets följande meningar utan ord för resten, var och en inledd med sitt belopp, med "Till" eller med summans subjekt och "till" ("Stödet till kollektivtrafiken är …"): delarna ska bli summan; en annan mening med pengar, ett årtal, ett ord för exempel eller tillägg ("bland annat", "dessutom") eller "enligt nedanstående" lämnar stycket oläst; en avvikelse ger en varning. (10) En ingress som beviljar ett belopp till ett räknat antal mottagare ("beviljade 5,5 miljoner kronor till två projekt"), följd längre ner av exakt så många meningar med pengar som var och en beviljar någon ett belopp ("X beviljas 561 372 kr …", "Till Y går …"): deras belopp ska bli ingressens; en annan mening med pengar efter den lämnar ingressen oläst; en avvikelse ger en varning.',
  },
  'text/near-miss': {
    description: 'Två belopp med samma roll som skiljer sig som ett skrivfel',
    docs: 'Jämför belopp som borde stämma överens: en mening som betalar ut eller fördelar medel (betala ut, fördelas, tilldelas, i enlighet med bilaga N) mot varje tabellsumma och rubrikbelopp, ett rubrikbelopp mot sin tabells summa, och två sådana meningar med samma verb och mottagare. Belopp som skiljer sig i en siffra, i två intilliggande omkastade siffror eller med en faktor 1 000 rapporteras med båda platserna. Belopp under 10 000 kr, procentsatser och jämna tal med färre än tre värdesiffror lämnas därhän; lika belopp rapporteras aldrig.',
  },
  'region/unknown': {
    description: 'Rad i en regiontabell som inte är någon region',
    docs: 'I en regiontabell (tio eller fler datarader som namnger regioner) rapporteras en datarad vars etikett varken är en av de 21 regionerna (under något känt namn eller en närliggande felstavning) eller en summa eller en känd rad som inte är en region (Övrigt, SKR, Ej fördelat, Kommuner …). Oftast är det en felstavning för långt från varje region för att kunna tolkas, eller en rad som inte hör hemma i tabellen.',
  },
  'region/duplicate': {
    description: 'Samma region förekommer två gånger i en tabell',
    docs: 'I en regiontabell får varje region stå en gång per avsnitt (ett avsnitt slutar vid en summa- eller delsummerad eller vid en rad utan värden). En andra rad för samma region, med samma eller annan stavning, rapporteras vid den andra raden med den första som relaterad plats. Oftast är en av etiketterna en felstavning av en region som saknas.',
  },
  'region/missing': {
    description: 'Regiontabell som saknar någon av de 21 regionerna',
    docs: 'En regiontabell (tio eller fler datarader som namnger regioner) bör ta upp alla 21 regioner. De som saknas namnges. Rapporteras som varning även när tabellen har en summarad, eftersom ett bidrag med rätta kan utesluta en region; kontrollera att utelämnandet är avsiktligt, eller leta efter en felstavad etikett som region/unknown rapporterar.',
  },
  'region/variant': {
    description: 'Regionnamn som tolkats trots felstavning',
    docs: 'I en regiontabell (tio eller fler datarader som namnger regioner) rapporteras varje etikett som kopplats till en region genom redigeringsavstånd i stället för en känd stavning, med den region den lästs som och avståndet. Rätta stavningen i källan, eller lägg till stavningen i regionregistret om den är en godtagen variant.',
  },
  'format/digit-grouping': {
    description: 'Felaktig gruppering av siffror i ett belopp',
    docs: 'På svenska skrivs tusental i grupper om tre siffror åtskilda av mellanslag. Ett tal vars grupper har en annan bredd ("544 99 160") läses som siffrorna i följd (54 499 160) och rapporteras, eftersom en siffra kan ha fallit bort eller ett mellanslag hamnat fel. Kontrollera talet mot källan och rätta grupperingen. Ett årtal bland kolumnrubriker med årtal som skrivits med tusentalsmellanrum ("2 012" bredvid "2010", "2011") rapporteras också.',
  },
  'format/unit': {
    description: 'Belopp med orimlig storleksordning för sin enhet',
    docs: 'Rapporterar ett belopp i löptext som skrivits ut i hela kronor och följs av miljoner eller miljarder ("1 237 500 000 miljoner kronor"), och en cell i en tabell i tusentals, miljoner eller miljarder kronor vars värde blir tusen miljarder kronor eller mer. Båda är nästan alltid en felskriven enhet; meddelandet ger den troliga läsningen. Rätta enhetsordet eller rubriken.',
  },
  'format/percent-total': {
    description: 'Andelar i en procentkolumn summerar till 100 %',
    docs: 'En procentkolumn vars summarad anger omkring 100 %, eller en kolumn med rubriken "Andel …" utan summarad vars andelar kommer nära 100, ska summera till 100 % inom avrundningen av sina celler (varje andel avrundad till en decimal kan avvika 0,05). En summa som stämmer först inom avrundningen är info; en som inte kan stämma är en varning. Tabeller med delsummor eller numrerade hierarkier hoppas över.',
  },
  'format/unreadable': {
    description: 'Innehåll som inte kunde läsas eller tolkas',
    docs: 'Varje problem som läsarna och tabelltolkningen noterat rapporteras: celler där ett tal väntades men inget kunde läsas, och PDF-sidor som inte alls kunde läsas. Talen det gäller har lämnats utanför alla andra kontroller, så en summa bredvid dem kan rapporteras felaktigt eller inte alls.',
  },
  'framework/link': {
    description: 'Visar vilken överenskommelse ett beslut eller pressmeddelande hör till',
    docs: 'Dokument kopplas till den överenskommelse de hänvisar till: genom diarienummer (en fastställd ram i corpus/frames/ anger det) eller genom överenskommelsens namn och år ("överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024"). Ramen är den fastställda när en .frame-fil namnger överenskommelsen, annars den som härletts ur överenskommelsens text. De övriga framework/-reglerna kontrollerar kopplade dokument mot ramen.',
  },
  'framework/stated-amount': {
    description: 'Beslutets belopp för ramen (avsatt, SKR, första utbetalning, resterande) stämmer med överenskommelsen',
    docs: 'I ett beslut som hör till en överenskommelse jämförs "avsatt X" med ramens totalt, "SKR tilldelades X" med skr, "i samband med beslutet om överenskommelsen utbetalades X" med efter_rekvisition och "Resterande medel, X" med utan_rekvisition. Talen jämförs som intervall (överenskommelsen skriver miljoner): en träff inom avrundningen och en exakt träff rapporteras som info, ett tal som ramen inte rymmer som fel med båda dokumenten och båda talen.',
  },
  'framework/arithmetic': {
    description: 'Beslutets räkning: resterande = avsatt − utbetalt − SKR; detta beslut = resterande − senare utbetalningar = tabellens summa',
    docs: 'För ett beslut som hör till en överenskommelse: de resterande medel det anger ska vara det avsatta beloppet minus första utbetalningen och SKR:s del; beloppet i detta beslut ska vara de resterande medlen minus de utbetalningar som angetts sedan dess ("I augusti utbetalades …"), och summaraden i dess tabell. Varje kontroll som går ihop rapporteras som info, en som inte gör det som fel med båda sidorna.',
  },
  'framework/key-total': {
    description: 'En kolumn som fördelas efter befolkning summerar till ett belopp som ramen fördelar efter samma nyckel',
    docs: 'I ett beslut som hör till en överenskommelse ska en beloppskolumn med fördelningsnyckeln som rubrik ("Befolkning 0–18 år", "Befolkning totalt") summera till något av ramens belopp med den nyckeln (överenskommelsen säger "40 miljoner kronor utifrån invånarantal 0–18 år"). Närmaste sådana belopp namnges; en summa inom överenskommelsens avrundning är info.',
  },
  'framework/ceiling': {
    description: 'Utbetalningarna under en överenskommelse överstiger inte dess ram',
    docs: 'Utbetalningarna i alla beslut som hör till en överenskommelse ("betala ut X kronor till regionerna", "Medlen som omfattas av detta beslut, X") får sammanlagt inte överstiga vad ramen ger regionerna (regioner, annars totalt). Ett beslut som lästs i flera utgåvor (text och PDF: samma dnr, datum och utbetalning) räknas en gång. Inom ramen är info.',
  },
  'framework/frame': {
    description: 'Ramens egna summor går ihop, och fastställda ramfiler går att läsa',
    docs: 'Varje summa i en ram (härledd ur en överenskommelses text eller fastställd i corpus/frames/*.frame) ska gå ihop inom avrundningen av sina tal: "1 237,5 = 40 + 1 197 miljoner" går ihop inom avrundningen och är info; en som inte kan gå ihop är en varning på överenskommelsen. En .frame-fil som inte kan tolkas är ett fel med rad och kolumn.',
  },
  'allocation/key': {
    description: 'Regionernas belopp följer fördelningsnyckeln (befolkning, fast del + befolkning, blandade nycklar) på kronan',
    docs: 'För varje beloppskolumn i en tabell med minst tio regioner anpassar kronkoll en fördelningsnyckel ur de fördelningsgrunder som finns: tabellens egna kolumner för befolkning och insatser, eller befolkningen per region i corpus/reference/ (1 november 2023). Nycklar som prövas: en grund; ett fast belopp per region plus resten efter befolkning; två grunder blandade i hela procent. Varje regions väntade belopp är avrundningen med största rest som håller kolumnens summa exakt, och kan skilja 1 kr. En nyckel som förklarar alla regioner rapporteras som info (med formeln); när den förklarar alla utom en eller två är de fel, med det belopp nyckeln ger. En kolumn med rubriken "Befolkning" som ingen befolkningsnyckel förklarar är en varning.',
  },
  'claim/approximate': {
    description: 'Ungefärliga belopp i pressmeddelanden ("nära två miljarder") stämmer med de exakta siffrorna',
    docs: 'I pressmeddelanden och webbsidor jämförs ett belopp med ett förbehåll med dokumentets närmaste exakta tal (en tabellsumma, en kolumnsumma, ett belopp i en rubrik eller i samma mening). Betydelser: nära/närmare/uppemot 90–100 % av påståendet, knappt 95–100 %, drygt 100–110 %, över mer än, under mindre än, cirka/omkring/runt 95–105 % (eller den skrivna avrundningen när den är vidare). Inom sin betydelse är info, utanför är en varning.',
  },
  'framework/remainder': {
    description: 'Resterande medel = ramen − SKR:s del − tidigare utbetalningar, över alla dokument om överenskommelsen',
    docs: 'Liggaren för en överenskommelse och ett år (pressmeddelanden, överenskommelsesidor och beslut som nämner den, i datumordning): ett resterande belopp ("Nu betalas resterande X kronor ut", "de återstående X", "kvarvarande medel, X") ska vara ramens totala belopp minus SKR:s del minus utbetalningarna före det, inom avrundningen av varje tal. En återgiven utbetalning ("I mars betalades 300 miljoner kronor ut") räknas en gång. Att det inte går ihop är ett fel bara när totalen, SKR:s del och varje datum är kända; annars säger en varning vad som saknas. En balans som går ihop är info.',
  },
  'framework/restatement': {
    description: 'Dokument som återger samma del av en överenskommelses ram eller samma utbetalning anger samma belopp',
    docs: 'Överenskommelsesidor, pressmeddelanden och beslut om en överenskommelse och ett år anger delar av dess ram (totalen, SKR:s del, "varav … prestationsbaserade") och återger tidigare utbetalningar ("I mars betalades 300 miljoner kronor ut"). Två uppgifter om samma del som inte kan mötas inom sin avrundning är ett fel som visar båda ställena, en varning när någon av meningarna också nämner ett annat år eller ett spann av år. En avrundad återgivning av en exakt utbetalning ("172 miljoner" för 172 345 678 kronor) går ihop inom avrundningen och är info.',
  },
  'framework/payout-sum': {
    description: 'Utbetalningarna i en överenskommelses liggare (med SKR:s del) överstiger inte ramens totala belopp',
    docs: 'Alla utbetalningar för en överenskommelse och ett år som körningens dokument anger (återgivningar räknade en gång), med SKR:s del, får inte överstiga ramens angivna totala belopp, med hänsyn till avrundningen av varje tal. Över totalen är ett fel; inom den är info. Utan ett angivet totalbelopp kontrolleras inget.',
  },
};
