/**
 * Places that compromise's lexicon lacks (its country list has "america" but not "united states"; its city list
 * is world capitals and US/Indian cities). Written for Veil. Lower case, '|'-separated.
 */
export const EXTRA_COUNTRIES =
  'united states|united states of america|usa|u.s.a|united kingdom|uk|great britain|britain|england|scotland|wales|northern ireland|' +
  'deutschland|allemagne|españa|espana|italia|nederland|holland|schweiz|suisse|svizzera|österreich|osterreich|belgique|belgië|' +
  'sverige|norge|danmark|suomi|polska|česko|cesko|magyarország|brasil|méxico|türkiye|turkiye|ελλάδα|россия|' +
  'greenland|faroe islands|south korea|north korea|ivory coast|côte d’ivoire|czech republic|slovakia|slovenia|' +
  'bosnia|herzegovina|montenegro|kosovo|north macedonia|macedonia|moldova|luxembourg|liechtenstein|monaco|san marino|' +
  'malta|cyprus|iceland|estonia|latvia|lithuania|ukraine|belarus|georgia|armenia|azerbaijan|kazakhstan|uzbekistan|' +
  'new zealand|australia|south africa|nigeria|kenya|ghana|ethiopia|egypt|morocco|tunisia|algeria|' +
  'saudi arabia|united arab emirates|uae|qatar|kuwait|oman|bahrain|jordan|lebanon|israel|palestine|iran|iraq|syria|' +
  'pakistan|india|bangladesh|sri lanka|nepal|vietnam|viet nam|thailand|malaysia|singapore|indonesia|philippines|' +
  'japan|china|taiwan|hong kong|macau|mongolia|canada|mexico|brazil|argentina|chile|peru|colombia|venezuela|' +
  'ecuador|bolivia|uruguay|paraguay|cuba|puerto rico|jamaica|dominican republic|guatemala|costa rica|panama';

export const EXTRA_CITIES =
  'new york|new york city|nyc|los angeles|san francisco|san diego|san jose|las vegas|washington dc|' +
  'london|manchester|birmingham|liverpool|leeds|glasgow|edinburgh|bristol|cardiff|belfast|sheffield|nottingham|' +
  'newcastle|oxford|cambridge|brighton|southampton|leicester|coventry|aberdeen|dundee|york|' +
  'berlin|hamburg|münchen|munich|köln|koln|cologne|frankfurt|stuttgart|düsseldorf|dusseldorf|dortmund|essen|' +
  'leipzig|bremen|dresden|hannover|hanover|nürnberg|nuremberg|duisburg|bochum|wuppertal|bonn|münster|mannheim|' +
  'karlsruhe|augsburg|wiesbaden|freiburg|heidelberg|potsdam|kiel|lübeck|rostock|' +
  'paris|marseille|lyon|toulouse|nice|nantes|strasbourg|montpellier|bordeaux|lille|rennes|reims|toulon|grenoble|' +
  'dijon|angers|nîmes|nimes|brest|tours|limoges|amiens|perpignan|metz|besançon|orléans|orleans|rouen|caen|nancy|' +
  'madrid|barcelona|valencia|sevilla|seville|zaragoza|málaga|malaga|murcia|palma|bilbao|alicante|córdoba|cordoba|' +
  'valladolid|vigo|gijón|gijon|granada|oviedo|santander|pamplona|salamanca|toledo|cádiz|cadiz|' +
  'roma|rome|milano|milan|napoli|naples|torino|turin|palermo|genova|genoa|bologna|firenze|florence|bari|catania|' +
  'venezia|venice|verona|messina|padova|padua|trieste|brescia|parma|modena|pisa|siena|' +
  'amsterdam|rotterdam|den haag|the hague|utrecht|eindhoven|groningen|tilburg|almere|breda|nijmegen|haarlem|' +
  'arnhem|zoetermeer|leiden|maastricht|delft|' +
  'brussels|bruxelles|brussel|antwerp|antwerpen|anvers|gent|ghent|charleroi|liège|liege|bruges|brugge|namur|' +
  'zürich|zurich|genève|geneva|basel|bern|lausanne|luzern|lucerne|wien|vienna|graz|linz|salzburg|innsbruck|' +
  'stockholm|göteborg|goteborg|gothenburg|malmö|malmo|uppsala|oslo|bergen|trondheim|stavanger|' +
  'københavn|kobenhavn|copenhagen|aarhus|odense|aalborg|helsinki|espoo|tampere|turku|oulu|reykjavík|reykjavik|' +
  'warszawa|warsaw|kraków|krakow|łódź|lodz|wrocław|wroclaw|poznań|poznan|gdańsk|gdansk|szczecin|lublin|katowice|' +
  'praha|prague|brno|ostrava|bratislava|budapest|debrecen|bucharest|bucurești|cluj|sofia|athens|athina|' +
  'thessaloniki|lisboa|lisbon|porto|braga|coimbra|faro|dublin|cork|galway|limerick|' +
  'istanbul|ankara|izmir|bursa|antalya|moscow|moskva|saint petersburg|st petersburg|kyiv|kiev|kharkiv|odesa|lviv|' +
  'são paulo|sao paulo|rio de janeiro|brasília|brasilia|salvador|fortaleza|belo horizonte|curitiba|recife|' +
  'porto alegre|manaus|mumbai|delhi|new delhi|bangalore|bengaluru|hyderabad|chennai|kolkata|pune|ahmedabad|' +
  'jaipur|lagos|abuja|ibadan|kano|nairobi|accra|johannesburg|cape town|durban|pretoria|cairo|casablanca|' +
  'toronto|montreal|montréal|vancouver|calgary|ottawa|edmonton|sydney|melbourne|brisbane|perth|adelaide|' +
  'auckland|wellington|tokyo|osaka|kyoto|seoul|busan|beijing|shanghai|shenzhen|guangzhou|hanoi|ho chi minh city|' +
  'saigon|bangkok|singapore|jakarta|manila|kuala lumpur|dubai|abu dhabi|doha|riyadh|tel aviv|jerusalem';
