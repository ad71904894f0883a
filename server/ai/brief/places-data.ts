/**
 * The places a brief may name, by country: the country's own names in the six offline languages
 * and English, then its regions and towns, as merchants write them (with or without accents:
 * matching folds them). A country's currency and main language give a store's defaults; a brief's
 * explicit currency still wins (see ./place.ts).
 *
 * Regions come before towns in each list only for reading's sake; matching takes the longest name
 * first ("New York" before "York", "North Carolina" before "Carolina").
 */
export type CountryInfo = {
  currency: string;
  /** The language most of its shops write in (the locale's default when the brief's is not). */
  language: string;
  /** Other languages the country's shops write in, for locales such as fr-CH or en-IN. */
  languages?: readonly string[];
  names: readonly string[];
  places: readonly string[];
};

const list = (text: string) =>
  text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);

export const COUNTRIES: Record<string, CountryInfo> = {
  US: {
    currency: "USD",
    language: "en",
    languages: ["es"],
    names: list(
      "United States, USA, U.S.A., U.S., America, États-Unis, Etats-Unis, Estados Unidos, Stati Uniti, Vereinigte Staaten, EEUU, EE. UU.",
    ),
    places: list(
      "Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington State, West Virginia, Wisconsin, Wyoming, Brooklyn, Manhattan, Queens, NYC, Los Angeles, San Francisco, San Diego, Oakland, Seattle, Portland, Chicago, Boston, Austin, Houston, Dallas, Denver, Miami, Atlanta, Nashville, Philadelphia, Pittsburgh, Phoenix, Detroit, Minneapolis, New Orleans, Asheville, Savannah, Charleston, Santa Fe, Salt Lake City, Las Vegas, Baltimore, Washington DC, Washington, D.C., Sacramento, Honolulu, Boulder, Burlington, Providence, Cleveland, Cincinnati, Milwaukee, St. Louis, Kansas City, Raleigh, Durham, Charlotte, Richmond, Tampa, Orlando, Tucson, Albuquerque, Anchorage, Brooklyn, Hudson Valley, Cape Cod, Napa, Sonoma, Silicon Valley, Long Island, Ann Arbor, Madison",
    ),
  },
  CA: {
    currency: "CAD",
    language: "en",
    languages: ["fr"],
    names: list("Canada, Kanada"),
    places: list(
      "Ontario, Quebec, Québec, British Columbia, Alberta, Manitoba, Saskatchewan, Nova Scotia, New Brunswick, Newfoundland, Toronto, Vancouver, Montreal, Montréal, Calgary, Ottawa, Edmonton, Halifax, Winnipeg, Victoria BC, Quebec City, Ville de Québec, Gatineau, Sherbrooke",
    ),
  },
  GB: {
    currency: "GBP",
    language: "en",
    names: list(
      "United Kingdom, UK, U.K., England, Scotland, Wales, Northern Ireland, Great Britain, Britain, Royaume-Uni, Angleterre, Écosse, Vereinigtes Königreich, Großbritannien, England, Reino Unido, Inglaterra, Escocia, Regno Unito, Inghilterra, Scozia",
    ),
    places: list(
      "London, Londres, Londra, Manchester, Edinburgh, Édimbourg, Glasgow, Bristol, Leeds, Liverpool, Brighton, Cardiff, Belfast, Oxford, Cambridge, York, Bath, Sheffield, Newcastle, Nottingham, Birmingham, Leicester, Norwich, Exeter, Plymouth, Aberdeen, Dundee, Inverness, Swansea, Canterbury, Cornwall, Devon, Yorkshire, Kent, Sussex, Surrey, Cotswolds, Lake District, Hackney, Shoreditch, Camden, Islington, Stratford upon Avon, Stratford-upon-Avon",
    ),
  },
  IE: {
    currency: "EUR",
    language: "en",
    names: list("Ireland, Irlande, Irland, Irlanda"),
    places: list("Dublin, Cork, Galway, Limerick, Kilkenny, Waterford, Killarney"),
  },
  AU: {
    currency: "AUD",
    language: "en",
    names: list("Australia, Australie, Australien"),
    places: list(
      "Sydney, Melbourne, Brisbane, Perth, Adelaide, Hobart, Canberra, Darwin, Tasmania, Queensland, New South Wales, Victoria, Byron Bay, Gold Coast, Fremantle",
    ),
  },
  NZ: {
    currency: "NZD",
    language: "en",
    names: list("New Zealand, Nouvelle-Zélande, Neuseeland, Nueva Zelanda, Nova Zelândia"),
    places: list("Auckland, Wellington, Christchurch, Queenstown, Dunedin, Nelson"),
  },
  FR: {
    currency: "EUR",
    language: "fr",
    names: list("France, Frankreich, Francia, França"),
    places: list(
      "Paris, Lyon, Marseille, Bordeaux, Toulouse, Nantes, Lille, Strasbourg, Nice, Montpellier, Rennes, Grenoble, Dijon, Annecy, Tours, Angers, Reims, Rouen, Caen, Brest, Avignon, Aix-en-Provence, Biarritz, Bayonne, La Rochelle, Saint-Malo, Metz, Nancy, Clermont-Ferrand, Limoges, Poitiers, Perpignan, Besançon, Orléans, Le Mans, Chamonix, Arles, Nîmes, Colmar, Bretagne, Brittany, Provence, Normandie, Normandy, Alsace, Bourgogne, Burgundy, Dordogne, Savoie, Corse, Corsica, Côte d'Azur, Occitanie, Auvergne, Croix-Rousse, Montmartre, Le Marais, Belleville",
    ),
  },
  BE: {
    currency: "EUR",
    language: "fr",
    languages: ["nl", "de"],
    names: list("Belgium, Belgique, Belgien, Bélgica, Belgio, België"),
    places: list(
      "Brussels, Bruxelles, Brüssel, Bruselas, Bruxelas, Antwerp, Anvers, Antwerpen, Ghent, Gand, Gent, Liège, Namur, Bruges, Brugge, Charleroi, Louvain, Leuven, Mons, Wallonie",
    ),
  },
  CH: {
    currency: "CHF",
    language: "de",
    languages: ["fr", "it", "en"],
    names: list("Switzerland, Suisse, Schweiz, Suiza, Suíça, Svizzera"),
    places: list(
      "Zürich, Zurich, Zurigo, Geneva, Genève, Genf, Ginevra, Ginebra, Lausanne, Bern, Berne, Berna, Basel, Bâle, Basilea, Lucerne, Luzern, Lugano, Locarno, Bellinzona, Neuchâtel, Fribourg, Freiburg im Üechtland, Sion, Montreux, Vevey, St. Gallen, Saint-Gall, Winterthur, Zug, Interlaken, Zermatt, Davos, St. Moritz, Ticino, Tessin, Valais, Wallis, Vaud, Graubünden",
    ),
  },
  LU: {
    currency: "EUR",
    language: "fr",
    languages: ["de"],
    names: list("Luxembourg, Luxemburg, Luxemburgo, Lussemburgo"),
    places: list("Esch-sur-Alzette"),
  },
  MC: {
    currency: "EUR",
    language: "fr",
    names: list("Monaco, Mónaco"),
    places: list("Monte-Carlo"),
  },
  DE: {
    currency: "EUR",
    language: "de",
    names: list("Germany, Deutschland, Allemagne, Alemania, Alemanha, Germania"),
    places: list(
      "Berlin, Berlín, Berlino, Hamburg, Hambourg, Hamburgo, Amburgo, Munich, München, Munique, Monaco di Baviera, Cologne, Köln, Colonia, Frankfurt, Francfort, Fráncfort, Stuttgart, Düsseldorf, Dortmund, Essen, Leipzig, Dresden, Dresde, Hannover, Hanovre, Nuremberg, Nürnberg, Bremen, Brême, Heidelberg, Freiburg, Fribourg-en-Brisgau, Bonn, Münster, Mainz, Mayence, Augsburg, Regensburg, Potsdam, Kiel, Lübeck, Rostock, Aachen, Karlsruhe, Mannheim, Würzburg, Bamberg, Bayern, Bavaria, Bavière, Baviera, Schwarzwald, Black Forest, Forêt-Noire, Sachsen, Saxony, Kreuzberg, Prenzlauer Berg, Neukölln, Schwabing",
    ),
  },
  AT: {
    currency: "EUR",
    language: "de",
    names: list("Austria, Österreich, Autriche"),
    places: list(
      "Vienna, Wien, Vienne, Viena, Salzburg, Salzbourg, Salisburgo, Graz, Innsbruck, Linz, Klagenfurt, Bregenz, Tirol, Tyrol, Tirolo, Kärnten",
    ),
  },
  ES: {
    currency: "EUR",
    language: "es",
    names: list("Spain, España, Espagne, Spanien, Espanha, Spagna"),
    places: list(
      "Madrid, Barcelona, Barcelone, Valencia, Valence, Sevilla, Seville, Séville, Siviglia, Málaga, Malaga, Bilbao, Zaragoza, Saragosse, Granada, Grenade, Córdoba, Cordoue, Alicante, San Sebastián, Donostia, Salamanca, Santiago de Compostela, Palma, Mallorca, Majorca, Ibiza, Menorca, Tenerife, Gran Canaria, Canarias, Canary Islands, Cádiz, Toledo, Segovia, Valladolid, Oviedo, Gijón, Santander, Pamplona, Murcia, Girona, Tarragona, Marbella, Andalucía, Andalusia, Andalousie, Cataluña, Catalonia, Catalogne, Galicia, Galice, Asturias, País Vasco, Basque Country",
    ),
  },
  PT: {
    currency: "EUR",
    language: "pt",
    names: list("Portugal, Portogallo"),
    places: list(
      "Lisbon, Lisboa, Lisbonne, Lissabon, Lisbona, Porto, Oporto, Braga, Coimbra, Faro, Aveiro, Évora, Sintra, Cascais, Funchal, Madeira, Açores, Azores, Algarve, Guimarães, Viseu, Setúbal, Lagos, Leiria",
    ),
  },
  IT: {
    currency: "EUR",
    language: "it",
    names: list("Italy, Italia, Italie, Italien, Itália"),
    places: list(
      "Rome, Roma, Rom, Milan, Milano, Mailand, Milán, Milão, Florence, Firenze, Florenz, Florencia, Florença, Naples, Napoli, Neapel, Nápoles, Turin, Torino, Bologna, Bologne, Bolonia, Venice, Venezia, Venise, Venedig, Venecia, Veneza, Genoa, Genova, Gênes, Verona, Vérone, Palermo, Palerme, Bari, Catania, Pisa, Siena, Sienne, Lucca, Perugia, Trieste, Padova, Padua, Bergamo, Brescia, Como, Parma, Modena, Lecce, Cagliari, Trento, Bolzano, Toscana, Tuscany, Toscane, Sicilia, Sicily, Sicile, Sardegna, Sardinia, Puglia, Apulia, Piemonte, Piedmont, Liguria, Umbria, Lombardia, Lombardy, Veneto, Campania, Amalfi, Capri",
    ),
  },
  NL: {
    currency: "EUR",
    language: "nl",
    names: list(
      "Netherlands, Nederland, Pays-Bas, Niederlande, Países Bajos, Países Baixos, Paesi Bassi, Holland, Hollande",
    ),
    places: list(
      "Amsterdam, Rotterdam, Utrecht, The Hague, Den Haag, La Haye, Eindhoven, Groningen, Haarlem, Leiden, Maastricht, Delft, Nijmegen",
    ),
  },
  MX: {
    currency: "MXN",
    language: "es",
    names: list("Mexico, México, Mexique, Mexiko, Messico"),
    places: list(
      "Ciudad de México, CDMX, Mexico City, Guadalajara, Monterrey, Puebla, Oaxaca, Mérida, Cancún, Tulum, Querétaro, San Miguel de Allende, Playa del Carmen, Tijuana, León, Morelia, Chiapas, Yucatán, Jalisco, Veracruz, Coyoacán, Roma Norte, Condesa, Polanco",
    ),
  },
  CO: {
    currency: "COP",
    language: "es",
    names: list("Colombia, Colombie, Kolumbien, Colômbia"),
    places: list(
      "Bogotá, Bogota, Medellín, Medellin, Cali, Cartagena, Barranquilla, Bucaramanga, Santa Marta, Pereira, Manizales, Antioquia",
    ),
  },
  AR: {
    currency: "ARS",
    language: "es",
    names: list("Argentina, Argentine, Argentinien"),
    places: list(
      "Buenos Aires, Córdoba Argentina, Rosario, Mendoza, Bariloche, Salta, Mar del Plata, Palermo Soho",
    ),
  },
  CL: {
    currency: "CLP",
    language: "es",
    names: list("Chile, Chili"),
    places: list(
      "Santiago de Chile, Valparaíso, Valparaiso, Viña del Mar, Concepción, Puerto Varas",
    ),
  },
  PE: {
    currency: "PEN",
    language: "es",
    names: list("Peru, Perú, Pérou"),
    places: list("Lima, Cusco, Cuzco, Arequipa, Trujillo"),
  },
  BR: {
    currency: "BRL",
    language: "pt",
    names: list("Brazil, Brasil, Brésil, Brasilien, Brasile"),
    places: list(
      "São Paulo, Sao Paulo, Rio de Janeiro, Belo Horizonte, Curitiba, Porto Alegre, Salvador da Bahia, Salvador, Recife, Fortaleza, Brasília, Florianópolis, Manaus, Belém, Goiânia, Campinas, Natal, Niterói, Paraty, Minas Gerais, Bahia, Santa Catarina, Rio Grande do Sul, Pernambuco",
    ),
  },
  SE: {
    currency: "SEK",
    language: "sv",
    names: list("Sweden, Sverige, Suède, Schweden, Suecia, Suécia, Svezia"),
    places: list(
      "Stockholm, Gothenburg, Göteborg, Malmö, Malmo, Uppsala, Lund, Västerås, Örebro, Linköping, Umeå, Gotland",
    ),
  },
  NO: {
    currency: "NOK",
    language: "no",
    names: list("Norway, Norge, Norvège, Norwegen, Noruega, Norvegia"),
    places: list("Oslo, Bergen, Trondheim, Stavanger, Tromsø, Tromso, Ålesund, Lofoten"),
  },
  DK: {
    currency: "DKK",
    language: "da",
    names: list("Denmark, Danmark, Danemark, Dänemark, Dinamarca, Danimarca"),
    places: list(
      "Copenhagen, København, Copenhague, Kopenhagen, Copenhague, Copenaghen, Aarhus, Odense, Aalborg",
    ),
  },
  FI: {
    currency: "EUR",
    language: "fi",
    names: list("Finland, Suomi, Finlande, Finnland, Finlandia, Finlândia"),
    places: list("Helsinki, Tampere, Turku, Oulu"),
  },
  IS: {
    currency: "ISK",
    language: "is",
    names: list("Iceland, Ísland, Islande, Island, Islandia, Islândia"),
    places: list("Reykjavík, Reykjavik, Akureyri"),
  },
  PL: {
    currency: "PLN",
    language: "pl",
    names: list("Poland, Polska, Pologne, Polen, Polonia, Polónia"),
    places: list(
      "Warsaw, Warszawa, Varsovie, Warschau, Varsovia, Kraków, Krakow, Cracow, Cracovie, Krakau, Gdańsk, Gdansk, Wrocław, Wroclaw, Poznań, Poznan, Łódź, Lodz, Lublin, Katowice, Szczecin, Sopot, Gdynia",
    ),
  },
  CZ: {
    currency: "CZK",
    language: "cs",
    names: list(
      "Czech Republic, Czechia, Česko, République tchèque, Tschechien, República Checa, Chéquia, Repubblica Ceca",
    ),
    places: list(
      "Prague, Praha, Prag, Praga, Brno, Ostrava, Plzeň, Pilsen, Olomouc, Český Krumlov",
    ),
  },
  HU: {
    currency: "HUF",
    language: "hu",
    names: list("Hungary, Magyarország, Hongrie, Ungarn, Hungría, Hungria, Ungheria"),
    places: list("Budapest, Debrecen, Szeged, Pécs"),
  },
  RO: {
    currency: "RON",
    language: "ro",
    names: list("Romania, România, Roumanie, Rumänien, Rumania, Roménia"),
    places: list(
      "Bucharest, București, Bucarest, Bukarest, Cluj-Napoca, Cluj, Timișoara, Iași, Brașov, Sibiu",
    ),
  },
  BG: {
    currency: "BGN",
    language: "bg",
    names: list("Bulgaria, Bulgarie, Bulgarien"),
    places: list("Sofia, Plovdiv, Varna"),
  },
  GR: {
    currency: "EUR",
    language: "el",
    names: list("Greece, Grèce, Griechenland, Grecia, Grécia"),
    places: list(
      "Athens, Athènes, Athen, Atenas, Atene, Thessaloniki, Crete, Crète, Kreta, Creta, Santorini, Mykonos, Rhodes",
    ),
  },
  HR: {
    currency: "EUR",
    language: "hr",
    names: list("Croatia, Hrvatska, Croatie, Kroatien, Croacia, Croácia, Croazia"),
    places: list("Zagreb, Dubrovnik, Zadar, Rijeka"),
  },
  SI: {
    currency: "EUR",
    language: "sl",
    names: list("Slovenia, Slovénie, Slowenien"),
    places: list("Ljubljana, Maribor"),
  },
  RS: {
    currency: "RSD",
    language: "sr",
    names: list("Serbia, Serbie, Serbien"),
    places: list("Belgrade, Beograd, Novi Sad"),
  },
  TR: {
    currency: "TRY",
    language: "tr",
    names: list("Turkey, Türkiye, Turquie, Türkei, Turquía, Turquia, Turchia"),
    places: list("Istanbul, İstanbul, Ankara, Izmir, İzmir, Antalya, Bodrum, Cappadocia"),
  },
  UA: {
    currency: "UAH",
    language: "uk",
    names: list("Ukraine, Ucrania, Ucrânia, Ucraina"),
    places: list("Kyiv, Kiev, Lviv, Odesa, Odessa, Kharkiv"),
  },
  IL: {
    currency: "ILS",
    language: "he",
    names: list("Israel, Israël, Israele"),
    places: list("Tel Aviv, Jerusalem, Jérusalem, Haifa"),
  },
  AE: {
    currency: "AED",
    language: "ar",
    languages: ["en"],
    names: list("United Arab Emirates, UAE, Émirats arabes unis, Emiratos Árabes Unidos"),
    places: list("Dubai, Dubaï, Abu Dhabi, Sharjah"),
  },
  SA: {
    currency: "SAR",
    language: "ar",
    names: list("Saudi Arabia, Arabie saoudite, Saudi-Arabien, Arabia Saudita"),
    places: list("Riyadh, Jeddah"),
  },
  QA: { currency: "QAR", language: "ar", names: list("Qatar, Katar"), places: list("Doha") },
  EG: {
    currency: "EGP",
    language: "ar",
    names: list("Egypt, Égypte, Ägypten, Egipto, Egito, Egitto"),
    places: list("Cairo, Le Caire, Kairo, El Cairo, Alexandria, Alexandrie, Luxor"),
  },
  MA: {
    currency: "MAD",
    language: "fr",
    languages: ["ar"],
    names: list("Morocco, Maroc, Marokko, Marruecos, Marrocos, Marocco"),
    places: list(
      "Marrakech, Marrakesh, Casablanca, Rabat, Fès, Fez, Tanger, Tangier, Agadir, Essaouira",
    ),
  },
  TN: {
    currency: "TND",
    language: "fr",
    languages: ["ar"],
    names: list("Tunisia, Tunisie, Tunesien, Túnez"),
    places: list("Tunis, Sfax, Sousse, Djerba"),
  },
  SN: {
    currency: "XOF",
    language: "fr",
    names: list("Senegal, Sénégal"),
    places: list("Dakar, Saint-Louis du Sénégal"),
  },
  CI: {
    currency: "XOF",
    language: "fr",
    names: list("Côte d'Ivoire, Ivory Coast, Elfenbeinküste"),
    places: list("Abidjan, Yamoussoukro"),
  },
  CM: {
    currency: "XAF",
    language: "fr",
    languages: ["en"],
    names: list("Cameroon, Cameroun, Kamerun, Camerún"),
    places: list("Douala, Yaoundé"),
  },
  ZA: {
    currency: "ZAR",
    language: "en",
    names: list("South Africa, Afrique du Sud, Südafrika, Sudáfrica, África do Sul, Sudafrica"),
    places: list("Cape Town, Johannesburg, Durban, Pretoria, Stellenbosch, Le Cap"),
  },
  NG: {
    currency: "NGN",
    language: "en",
    names: list("Nigeria, Nigéria"),
    places: list("Lagos Nigeria, Abuja, Ibadan"),
  },
  KE: {
    currency: "KES",
    language: "en",
    names: list("Kenya, Kenia, Quénia"),
    places: list("Nairobi, Mombasa"),
  },
  IN: {
    currency: "INR",
    language: "en",
    languages: ["hi"],
    names: list("India, Inde, Indien, Índia"),
    places: list(
      "Mumbai, Bombay, Delhi, New Delhi, Bangalore, Bengaluru, Chennai, Madras, Kolkata, Calcutta, Hyderabad, Pune, Ahmedabad, Jaipur, Goa, Kerala, Kochi, Cochin, Lucknow, Chandigarh, Mysore, Mysuru, Udaipur, Varanasi, Rajasthan, Gujarat, Punjab, Tamil Nadu, Karnataka, Maharashtra",
    ),
  },
  PK: {
    currency: "PKR",
    language: "en",
    languages: ["ur"],
    names: list("Pakistan"),
    places: list("Karachi, Lahore, Islamabad"),
  },
  JP: {
    currency: "JPY",
    language: "ja",
    languages: ["en"],
    names: list("Japan, Japon, Japón, Japão, Giappone, 日本"),
    places: list(
      "Tokyo, Tōkyō, Tokio, Kyoto, Kyōto, Osaka, Ōsaka, Yokohama, Nagoya, Sapporo, Fukuoka, Kobe, Nara, Hiroshima, Okinawa, Kanazawa, Shibuya, Shinjuku, 東京, 京都, 大阪",
    ),
  },
  KR: {
    currency: "KRW",
    language: "ko",
    names: list(
      "South Korea, Korea, Corée du Sud, Corée, Südkorea, Corea del Sur, Coreia do Sul, Corea del Sud",
    ),
    places: list("Seoul, Séoul, Busan, Incheon, 서울"),
  },
  CN: {
    currency: "CNY",
    language: "zh",
    names: list("China, Chine, Cina, 中国"),
    places: list(
      "Beijing, Pékin, Peking, Shanghai, Shenzhen, Guangzhou, Chengdu, Hangzhou, 北京, 上海",
    ),
  },
  HK: {
    currency: "HKD",
    language: "zh",
    languages: ["en"],
    names: list("Hong Kong"),
    places: list("Kowloon"),
  },
  TW: {
    currency: "TWD",
    language: "zh",
    names: list("Taiwan, Taïwan"),
    places: list("Taipei, Taichung, Kaohsiung, 台北"),
  },
  SG: {
    currency: "SGD",
    language: "en",
    names: list("Singapore, Singapour, Singapur, Singapura"),
    places: [],
  },
  MY: {
    currency: "MYR",
    language: "en",
    languages: ["ms"],
    names: list("Malaysia, Malaisie, Malasia, Malásia"),
    places: list("Kuala Lumpur, Penang"),
  },
  TH: {
    currency: "THB",
    language: "th",
    languages: ["en"],
    names: list("Thailand, Thaïlande, Tailandia, Tailândia, Tailandia"),
    places: list("Bangkok, Chiang Mai, Phuket"),
  },
  VN: {
    currency: "VND",
    language: "vi",
    names: list("Vietnam, Viêt Nam, Viet Nam"),
    places: list("Hanoi, Ho Chi Minh City, Saigon, Da Nang, Hoi An"),
  },
  PH: {
    currency: "PHP",
    language: "en",
    names: list("Philippines, Filipinas, Philippinen, Filippine"),
    places: list("Manila, Cebu, Quezon City"),
  },
  ID: {
    currency: "IDR",
    language: "id",
    names: list("Indonesia, Indonésie, Indonesien"),
    places: list("Jakarta, Bali, Ubud, Yogyakarta, Bandung"),
  },
};

/**
 * Place names that are also common words ("Nice", "Bath", "Reading"): taken only when the brief
 * writes them with a capital, and never at the start of a sentence.
 */
export const COMMON_WORD_PLACES = new Set(
  list(
    "nice, bath, reading, porto, split, mobile, orange, victoria, florence, york, cork, lagos, natal, salvador, santiago, madison, durham, richmond, charlotte, providence, nelson, palma, mons, tours, sion, zug, essen, rom, prag, lima, como, nancy, metz, caen, bari, leon, cali, goa, kent, devon, madeira, georgia, jordan, chad, turkey, china, india, chile, peru, bonn, kiel, lund, leiden, delft, nara, kobe, bergen, lagos nigeria, washington, america, grenade, valence, basel, bern, gent, graz, linz, sofia, varna, rhodes, crete, capri, luxor, penang, bali, ibiza, malaga, granada, toledo, genova, vienne, savoie, dordogne, nimes, arles",
  ),
);
