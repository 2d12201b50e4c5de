/**
 * Word lists for fictional but realistic Danish names. Names are built from common words and endings (see
 * `hyppigste_ord_i_navne` and `antal_navne_med_ord_der_ender_paa` in data/fordelinger.json); no list of real
 * institutions, streets or villages is copied here.
 */

type Weighted = ReadonlyArray<readonly [string, number]>;

/** Whole, common name words ("Børnehuset Regnbuen", "Myretuen"). */
export const NAME_WORDS = [
  "Regnbuen", "Solstrålen", "Mælkebøtten", "Solsikken", "Mariehønen", "Myretuen", "Spiren", "Kløveren", "Stjernen",
  "Mælkevejen", "Eventyrhuset", "Skovbo", "Himmelblå", "Kernehuset", "Trætoppen", "Humlebien", "Græshoppen",
  "Troldehøjen", "Ællingen", "Bikuben", "Lærkereden", "Fuglereden", "Svalereden", "Uglereden", "Sneglehuset",
  "Æblehaven", "Pilehuset", "Lindehuset", "Egebo", "Bøgely", "Kastanjen", "Agernet", "Valmuen", "Anemonen",
  "Tusindfryd", "Kornblomsten", "Troldehuset", "Nøddehuset", "Skovtrolden", "Guldsmeden", "Sommerfuglen",
  "Skovmusen", "Bakkehuset", "Søhuset", "Stjerneskuddet", "Månen", "Solhøj", "Lyngbakken", "Kildebakken",
  "Bøgetoppen", "Krudtuglen", "Spurvereden", "Vibereden", "Mosehuset", "Engtoften", "Pippihuset", "Hasselhuset",
  "Rosenhaven", "Rønnebærret", "Tumlehuset", "Bølgen", "Fyrtårnet", "Ankeret", "Kompasset", "Spiretoppen",
] as const;

/** First parts of compound names ("Bøge" + "huset"). */
export const NAME_STEMS = [
  "Sol", "Skov", "Bøge", "Ege", "Birke", "Lærke", "Fugle", "Kilde", "Bakke", "Lyng", "Rose", "Hylde", "Strand",
  "Mølle", "Humle", "Trolde", "Æble", "Pile", "Linde", "Ahorn", "Kastanje", "Hassel", "Eng", "Mose", "Sø", "Fjord",
  "Eventyr", "Regnbue", "Stjerne", "Måne", "Myre", "Ugle", "Svale", "Spurve", "Kløver", "Blomster", "Grøn",
  "Sommer", "Vinter", "Forårs", "Nødde", "Agern", "Bjørne", "Ræve", "Grantræ", "Enge", "Toft", "Kirsebær",
] as const;

/** Endings of compound names, weighted roughly as the endings counted in fordelinger.json. */
export const NAME_ENDINGS: Weighted = [
  ["huset", 30], ["haven", 9], ["gården", 7], ["reden", 5], ["tuen", 5], ["bakken", 4], ["bo", 4], ["høj", 4],
  ["lund", 3], ["vang", 3], ["stuen", 3], ["toppen", 2], ["træet", 1], ["højen", 2], ["hytten", 1], ["engen", 1],
];

/** Place-like names ("Søndervang", "Bøgelund") for daginstitutioner and villages. */
export const PLACE_FIRSTS = ["Sønder", "Nørre", "Øster", "Vester", "Bøge", "Ege", "Kilde", "Lyng", "Birke", "Hassel", "Skov", "Mølle", "Toft", "Lunde", "Elme"];
export const PLACE_LASTS = ["vang", "gård", "lund", "høj", "bo", "bakke", "dal", "mark", "holm", "engen", "skov", "toft", "vænge"];

/** Areas for clusters and dagpleje districts. */
export const AREAS = ["Nord", "Syd", "Øst", "Vest", "Midt", "Centrum", "Nordvest", "Nordøst", "Sydvest", "Sydøst", "Land", "By"] as const;

/** Features for "Børnehusene ved Åen". */
export const FEATURES = ["Åen", "Skoven", "Søen", "Fjorden", "Parken", "Bakken", "Engen", "Kirken", "Stranden", "Mosen", "Kanalen", "Møllen"] as const;

/** Short names for klubber ("Klub Bakken"). */
export const SHORT_PLACES = ["Bakken", "Toppen", "Kilden", "Hytten", "Engen", "Skoven", "Stranden", "Vangen", "Lunden", "Højen", "Marken", "Gården", "Tårnet", "Kælderen", "Remisen", "Laden", "Basen", "Værkstedet"] as const;

/** Quoted names (about 1 % of names carry double quotes, as real exports do). */
export const QUOTED_NAMES = [
  "De fire Årstider", "Lille Bjørn", "Det Gule Hus", "Den Grønne Plet", "Under Træet", "Bag Bakken", "Den lille Have",
  "Krudtuglerne", "Spirerne", "Solsikkerne", "Skovbørnene", "Det Lille Hus", "Tre Små Trolde", "Vi på Bakken",
] as const;

/** `{x}` is the particular part of the name; weights per kind of unit. */
export const UNIT_PATTERNS: Record<"aldersintegreret" | "boernehave" | "vuggestue" | "privat" | "klub" | "fritidshjem" | "special", Weighted> = {
  aldersintegreret: [
    ["Børnehuset {x}", 30], ["{x} Børnehus", 14], ["{x}", 16], ["Daginstitutionen {x}", 6], ["Daginstitution {place}", 4],
    ["Børnegården {x}", 4], ["Børneuniverset {x}", 3], ["Børneunivers {place}", 2], ["Børnecenter {place}", 2],
    ["Børneinstitutionen {x}", 2], ["Naturbørnehuset {x}", 2], ["Dagtilbud {place}", 2], ["Villa {x}", 1],
    ["Daginst. {x}", 1], ["Børnehuse {place}", 1], ["Børnehuset {place}", 4],
  ],
  boernehave: [
    ["Børnehaven {x}", 30], ["{x} Børnehave", 14], ["{x}", 12], ["Naturbørnehaven {x}", 6], ["Skovbørnehaven {x}", 6],
    ["Børnehuset {x}", 10], ["Børnehave {place}", 4], ["BH {x}", 1], ["Naturbørnehave {place}", 2],
  ],
  vuggestue: [["Vuggestuen {x}", 40], ["{x} Vuggestue", 18], ["{x}", 12], ["Vuggestue {place}", 8], ["Småbørnshuset {x}", 3]],
  privat: [
    ["Den Private Børnehave {x}", 4], ["Privatinstitutionen {x}", 4], ["{x} Private Børnehus", 3], ["Privat Børnehus {x}", 3],
    ["{place} Friskoles Børnehus", 2], ["Friskolens Børnehave {x}", 2], ["Rudolf Steiner Børnehaven {place}", 2],
    ["Steinerbørnehaven {x}", 2], ["Kindergarten {x}", 1], ["Private Børnehus {place}", 2], ["Privatbørnehaven {x}", 3],
  ],
  klub: [
    ["Klub {short}", 30], ["Fritidsklubben {short}", 12], ["Fritidsklub {place}", 10], ["Ungdomsklub {place}", 10],
    ["Ungdomsklubben {short}", 5], ["Fritidscenter {place}", 8], ["{place} Klub", 8], ["Juniorklub {short}", 5],
    ["Klubben {place}", 7], ["Fritids- og ungdomsklub {place}", 3],
  ],
  fritidshjem: [["Fritidshjemmet {x}", 6], ["{x} Fritidshjem", 3], ["Fritidshjem {place}", 2]],
  special: [["Specialbørnehaven {x}", 4], ["Specialinstitutionen {x}", 3], ["Specialgruppen {place}", 2], ["Specialbørnehuset {x}", 2], ["Specialdaginstitutionen {place}", 2]],
};

export const DAGPLEJE_GROUP_PATTERNS: Weighted = [
  ["Dagplejegruppe {x}", 12], ["Dagplejen {place}", 10], ["Dagpleje {area} {n}", 8], ["{place} dagpleje", 6],
  ["Dagplejere {place}", 4], ["Flerbørnsdagplejen {x}", 4], ["Dagplejedistrikt {place}", 5], ["Dagplejeområde {place}", 4],
  ["Dagplejen {area}, gruppe {n}", 6], ["Dagpleje {x}", 5],
];

export const DAGPLEJE_PATTERNS: Weighted = [["Dagplejen {area}", 70], ["Dagplejeområde {area}", 15], ["Dagplejedistrikt {area}", 15]];

export const CLUSTER_PATTERNS: Weighted = [
  ["Daginstitution Område {area}", 10], ["Børnehusene ved {feature}", 8], ["Daginstitution {place}", 12], ["Dagtilbud {area}", 6],
  ["Børneunivers {place}", 4], ["Område {place}", 4], ["Institutionsklyngen {area}", 3], ["Børnehusene {place}", 5],
  ["Dagtilbud {place}", 6], ["Daginstitutionen {x}", 4], ["Børnehuset {x}", 4], ["Klynge {area}", 2], ["Børnebyen {place}", 2],
];

export const KLUB_CLUSTER_PATTERNS: Weighted = [["Klubberne {area}", 5], ["Fritids- og ungdomsklubberne {area}", 3], ["Klubområde {place}", 3], ["Ungdomsklubberne {place}", 2]];

export const LANDSBY_PATTERNS: Weighted = [["Landsbyordningen {place}", 5], ["{place} Landsbyordning", 3], ["{place} Skole og Børnehus", 2]];

/** Street names: stem + ending. */
export const STREET_STEMS = [
  "Skole", "Kirke", "Mølle", "Bøge", "Ege", "Birke", "Lærke", "Ahorn", "Hassel", "Rose", "Lyng", "Eng", "Skov", "Strand",
  "Bakke", "Kilde", "Torve", "Mose", "Sø", "Have", "Vester", "Øster", "Nørre", "Sønder", "Stations", "Gartner", "Smede",
  "Præste", "Klokke", "Tofte", "Holme", "Hede", "Fasan", "Vibe", "Ugle", "Drossel", "Solsort", "Bellis", "Anemone",
  "Valmue", "Kastanje", "Pile", "Poppel", "Linde", "Elme", "Hylde", "Æble", "Blomme", "Kirsebær", "Hyben", "Rønne",
  "Kløver", "Humle", "Grantofte", "Markskel", "Agerhøne", "Mejeri", "Brønd", "Fjord", "Bavne", "Vænge", "Gade",
];
export const STREET_ENDINGS: Weighted = [
  ["vej", 45], ["gade", 8], [" Allé", 7], ["stræde", 4], ["vænget", 10], ["parken", 6], ["stien", 4], ["toften", 4],
  ["haven", 4], ["bakken", 3], ["højen", 2], ["lunden", 2],
];
export const STREET_PREFIXES: Weighted = [["", 94], ["Gl. ", 3], ["Ny ", 2], ["Lille ", 1]];

/** Villages for supplerendeBynavn. */
export const VILLAGE_ENDINGS = ["rup", "strup", "by", "sted", "løse", "lev", "holm", "bjerg", "høj", "skov", "lund"];
export const VILLAGE_PREFIXES: Weighted = [["", 80], ["Lille ", 8], ["Store ", 8], ["Nørre ", 2], ["Sønder ", 2]];

/** Extra words for alternative addresses. */
export const OUTDOOR_NAMES = ["Skovgruppen", "Naturgrunden", "Udeholdet", "Bondegården", "Strandgruppen", "Skovhytten", "Naturbasen"] as const;
