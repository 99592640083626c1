/**
 * Street vocabulary for the address recognizer. English suffixes follow USPS Publication 28, Appendix C1
 * (street suffix names and standard abbreviations) and Royal Mail usage; continental words are the common
 * street words of each language. Written for Veil. Lower case, '|'-separated, regex-safe.
 */

/** Words that end an English street name: "Baker Street", "Sunset Blvd.". */
export const STREET_SUFFIXES =
  'street|streets|st|str|avenue|avenues|ave|av|road|roads|rd|drive|drives|dr|lane|lanes|ln|boulevard|blvd|' +
  'court|courts|ct|place|pl|square|squares|sq|terrace|ter|terr|crescent|cres|close|way|ways|parkway|pkwy|' +
  'highway|hwy|circle|circles|cir|trail|trl|loop|pass|path|row|walk|alley|aly|grove|grv|gardens|garden|gdns|' +
  'park|hill|hills|heights|hts|mews|green|greens|rise|view|views|crossing|xing|crossroad|crossroads|junction|' +
  'expressway|expy|freeway|fwy|plaza|plz|point|pt|ridge|rdg|run|route|rte|pike|turnpike|tpke|wharf|quay|parade|' +
  'esplanade|promenade|track|ramp|bypass|causeway|center|centre|ctr|common|commons|estate|estates|field|fields|' +
  'forge|forges|fork|forks|glen|glens|harbor|harbour|hbr|haven|island|isle|knoll|knolls|landing|manor|manors|' +
  'meadow|meadows|mill|mills|mount|mountain|mtn|orchard|oval|pines|plain|plains|port|ports|prairie|ranch|' +
  'rapid|rapids|shore|shores|spring|springs|station|sta|summit|smt|throughway|valley|vly|village|vlg|villages|' +
  'vista|well|wells|brook|brooks|burg|burgs|bluff|bluffs|bottom|branch|bridge|brg|bypass|camp|canyon|cape|' +
  'cliff|cliffs|club|corner|corners|creek|crest|curve|dale|dam|divide|extension|ext|falls|ferry|flat|flats|' +
  'ford|fords|forest|fort|freeway|gateway|gtwy|harbors|hollow|inlet|junctions|key|keys|lake|lakes|land|light|' +
  'lights|lock|locks|lodge|motorway|neck|overpass|parks|passage|pine|radial|rest|river|shoal|shoals|skyway|' +
  'spur|stream|stravenue|trace|trafficway|tunnel|underpass|union|unions|ville|wall|wy|byway|cove|coves|' +
  'dene|drove|end|gate|hollow|side|yard|yards|approach|broadway|chase|fairway|gait|grange|lea|link|vale|wynd|' +
  'mall|rue|croft|copse|brae|garth|paddock|wood|woods|fold|holt|mead|nook|shaw|dell|heath|ley|lawn|pastures|' +
  'ridings|spinney|downs|bank|banks|cross|row|circus|hey|brow|glade|circuit|centers|course|extensions|groves|' +
  'islands|loaf|mission|mountains|parkways|points|ridges|spurs|valleys|viaduct|walks';

/** Words before the name in continental addresses: "Rue de Rivoli 5", "Via Roma 1", "ul. Długa 3". */
export const STREET_PREFIXES =
  'rue|avenue|av|ave|boulevard|bd|bld|bvd|allée|allee|chemin|ch|impasse|imp|place|pl|quai|cours|route|rte|' +
  'faubourg|fg|passage|square|sentier|voie|chaussée|parvis|rond-point|esplanade|' +
  'via|viale|v\\.le|piazza|p\\.za|piazzale|corso|c\\.so|vicolo|largo|strada|contrada|lungomare|borgo|' +
  'calle|c/|avenida|avda|av\\.|paseo|pº|plaza|pza|carrer|c\\.|camino|carretera|ctra|ronda|travesía|travesia|' +
  'glorieta|passeig|rambla|vía|municipio|rampa|lado|extramuros|barranco|bajada|barrio|callejón|callejon|cuesta|' +
  'grupo|manzana|pasadizo|pasaje|polígono|poligono|rotonda|sector|senda|urbanización|urbanizacion|' +
  // Spanish "tipos de vía" (street types of the INE street register).
  'acceso|aldea|arrabal|arroyo|autopista|autovía|cañada|carrera|edificio|entrada|escalinata|explanada|' +
  'ferrocarril|jardines|lugar|mercado|muelle|parque|plazuela|prolongación|prolongacion|puente|puerta|quinta|' +
  'salida|solar|subida|torrente|colonia|bloque|' +
  'rua|r\\.|travessa|tv|largo|praça|praca|estrada|alameda|al\\.|rodovia|marginal|viela|beco|calçada|calcada|' +
  'ladeira|praceta|azinhaga|caminho|escadas|jardim|bairro|urbanização|urbanizacao|' +
  'ul|ulica|al|aleja|pl|plac|os|osiedle|' +
  'strada|str|calea|bulevardul|bd\\.|' +
  'leoforos|odos|' +
  'ulitsa|prospekt|pereulok';

/** Word endings of continental street names written as one word: "Hauptstraße 5", "Kalverstraat 1". */
export const STREET_COMPOUNDS =
  'straße|strasse|str\\.|gasse|weg|platz|allee|ring|damm|ufer|steig|pfad|chaussee|markt|graben|wall|' +
  'vej|vei|veien|vegen|vägen|vagen|väg|gatan|gata|gaten|gade|stræde|straede|stig|gränd|torget|' +
  'stien|bakken|vænget|vaenget|tunet|jordet|vollen|haugen|åsen|' +
  'straat|laan|gracht|kade|plein|dreef|singel|steeg|dijk|pad|' +
  'katu|kuja|polku|tie|tori|väylä|kaari|rinne|' +
  'braut|gata|stígur|vegur|' +
  'utca|út|útja|körút|' +
  'ulice|náměstí|nábřeží|' +
  'caddesi|cad\\.|sokak|sokağı|bulvarı';

/** Separate street words after the name: "Villacher Strasse 89", "Rákóczi út 13", "Csabai kapu 39". */
export const STREET_WORDS_AFTER =
  'straße|strasse|str\\.|gasse|weg|platz|allee|ring|damm|út|útja|utca|u\\.|tér|kapu|körút|krt\\.|rkp\\.|sor|köz|' +
  'vej|gade|stræde|allé|gata|gatan|väg|vägen|gate|vei|veien|vegen|plass|torg|terrasse|bakke|sti|stien|' +
  'straat|laan|kade|dijk|caddesi|sokak|cesta|ulica|ulice|katu|kuja|tie';

/** Compounds distinctive enough to accept in lower case too ("hersnapvej 18"); short ones ("ring") are not. */
export const STREET_COMPOUNDS_LOWER =
  'straße|strasse|gasse|allee|platz|vej|veien|vegen|vägen|gatan|gaten|gade|straat|laan|gracht|katu|kuja|utca';

/** Unit designators: "Apt. 4B", "Suite 200", "Flat 3". */
export const UNIT_WORDS =
  'apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|block|blk|lot|dept|no|nr|#|' +
  'app|appartement|étage|etage|bâtiment|batiment|piso|puerta|esc|escalera|interno|int|scala|whg|wohnung|stock';

/** Words that make a nearby "Name 12" an address. */
export const ADDRESS_CONTEXT = [
  'wohnung',
  'wohne',
  'wohnt',
  'vive',
  'habite',
  'domicile',
  'woon',
  'woont',
  'address',
  'addresses',
  'addr',
  'street',
  'lives',
  'live',
  'living',
  'located',
  'location',
  // (no "located at": "located" is listed alone, and a list without phrases is read in place.)
  'meet',
  'meeting',
  'deliver',
  'delivery',
  'ship',
  'shipping',
  'send',
  'sent',
  'mail',
  'mailing',
  'return',
  'visit',
  'moved',
  'move',
  'moving',
  'billing',
  'residence',
  'resides',
  'residing',
  'stay',
  'staying',
  'corner',
  'station',
  'office',
  'home',
  'apartment',
  'flat',
  'house',
  'postal',
  'post',
  'zip',
  'postcode',
  'adresse',
  'anschrift',
  'wohnhaft',
  'dirección',
  'direccion',
  'domicilio',
  'indirizzo',
  'adres',
  'endereço',
  'endereco',
  'morada',
];
