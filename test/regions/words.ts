/**
 * Real Swedish words and place names that are not regions: every municipality whose name is
 * not also a region name, plus words that head table rows in government decisions.
 */
export const MUNICIPALITIES = `Ale Alingsås Alvesta Aneby Arboga Arjeplog Arvidsjaur Arvika Askersund Avesta Bengtsfors Berg
Bjurholm Bjuv Boden Bollebygd Bollnäs Borgholm Borlänge Borås Botkyrka Boxholm Bromölla Bräcke Burlöv Båstad
Dals-Ed Danderyd Degerfors Dorotea Eda Ekerö Eksjö Emmaboda Enköping Eskilstuna Eslöv Essunga Fagersta
Falkenberg Falköping Falun Filipstad Finspång Flen Forshaga Färgelanda Gagnef Gislaved Gnesta Gnosjö
Grums Grästorp Gullspång Gällivare Gävle Göteborg Götene Habo Hagfors Hallsberg Hallstahammar Halmstad
Hammarö Haninge Haparanda Heby Hedemora Helsingborg Herrljunga Hjo Hofors Huddinge Hudiksvall Hultsfred Hylte
Håbo Hällefors Härnösand Härryda Hässleholm Höganäs Högsby Hörby Höör Jokkmokk Järfälla Kalix Karlsborg
Karlshamn Karlskoga Karlskrona Karlstad Katrineholm Kil Kinda Kiruna Klippan Knivsta Kramfors Kristianstad
Kristinehamn Krokom Kumla Kungsbacka Kungsör Kungälv Kävlinge Köping Laholm Landskrona Laxå Lekeberg
Leksand Lerum Lessebo Lidingö Lidköping Lilla Edet Lindesberg Linköping Ljungby Ljusdal Ljusnarsberg Lomma
Ludvika Luleå Lund Lycksele Lysekil Malmö Malung-Sälen Malå Mariestad Mark Markaryd Mellerud Mjölby Mora
Motala Mullsjö Munkedal Munkfors Mölndal Mönsterås Mörbylånga Nacka Nora Norberg Nordanstig Nordmaling
Norrköping Norrtälje Norsjö Nybro Nykvarn Nyköping Nynäshamn Nässjö Ockelbo Olofström Orsa Orust Osby
Oskarshamn Ovanåker Oxelösund Pajala Partille Perstorp Piteå Ragunda Robertsfors Ronneby Rättvik Sala
Salem Sandviken Sigtuna Simrishamn Sjöbo Skara Skellefteå Skinnskatteberg Skurup Skövde Smedjebacken
Sollefteå Sollentuna Solna Sorsele Sotenäs Staffanstorp Stenungsund Storfors Storuman Strängnäs
Strömstad Strömsund Sundbyberg Sundsvall Sunne Surahammar Svalöv Svedala Svenljunga Säffle Säter Sävsjö
Söderhamn Söderköping Södertälje Sölvesborg Tanum Tibro Tidaholm Tierp Timrå Tingsryd Tjörn Tomelilla
Torsby Torsås Tranemo Tranås Trelleborg Trollhättan Trosa Tyresö Täby Töreboda Uddevalla Ulricehamn Umeå
Upplands-Bro Upplands Väsby Vadstena Vaggeryd Valdemarsvik Vallentuna Vansbro Vara Varberg Vaxholm
Vellinge Vetlanda Vilhelmina Vimmerby Vindeln Vingåker Vårgårda Vänersborg Vännäs Värmdö Värnamo
Västervik Västerås Växjö Ydre Ystad Åmål Ånge Åre Årjäng Åsele Åstorp Åtvidaberg Älmhult Älvdalen
Älvkarleby Älvsbyn Ängelholm Öckerö Ödeshög Örkelljunga Örnsköldsvik Östersund Österåker Östhammar
Östra Göinge Överkalix Övertorneå`
  .split(/\s+(?=[A-ZÅÄÖ])/)
  .map((s) => s.trim());

export const WORDS = [
  'Summa', 'Totalt', 'Riket', 'Kommun', 'Sverige', 'Region', 'SKR', 'Regeringen', 'Socialstyrelsen',
  'Kammarkollegiet', 'Befolkning', 'Bonuspott', 'Prestationskrav', 'Ambulans', 'Nära vård', 'Primärvård',
  'Psykiatri', 'Förlossningsvård', 'Cancervården', 'Tandvård', 'Länsstyrelsen', 'Landshövding', 'Anslag',
  'Anslagspost', 'Utgiftsområde', 'Norrland', 'Svealand', 'Götaland', 'Lappland', 'Småland', 'Uppland',
  'Bohuslän', 'Dalsland', 'Västergötland', 'Ångermanland', 'Medelpad', 'Hälsingland', 'Gästrikland',
  'Närke', 'Öland', 'Danmark', 'Norge', 'Finland', 'Island', 'Holland', 'Tyskland', 'Estland', 'Lettland',
  'Polen', 'Ukraina', 'Kvinnor', 'Män', 'Barn', 'Vuxna', 'Övriga', 'Varav', 'Delsumma', 'Kronor', 'Procent',
];
