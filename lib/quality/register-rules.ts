import type { QualityRule } from "./rule-types";

/** Who can correct a record in the register: it is read-only here and changes only through the ImportService. */
export const WHO_CORRECTS =
  "Kommunale og selvejende enheder rettes af kommunen i dens administrative system, som sender ændringen til registret. Private institutioner rettes af ejeren med hjælp fra STIL's support.";

const ADDRESS_CHECK = "Kontrollér adressen mod adresseregistret (DAR), som registret validerer adresser imod, og indberet den rigtige adresse.";

/**
 * Rules the portal checks on the current register after every import. Only active records are checked.
 * The SQL of each rule is in lib/quality/register-checks.ts.
 */
export const REGISTER_RULES = {
  KRYDS_EJERFORM: {
    kode: "KRYDS_EJERFORM",
    alvorlighed: "FEJL",
    titel: "Ejerformen passer ikke til lovgrundlaget",
    kategori: "Krydsvalidering",
    udledt: true,
    niveauer: ["daginstitution"],
    betydning:
      "Daginstitutionens ejerform er ikke den, dens lovgrundlag forudsætter. En kommunal daginstitution efter dagtilbudslovens § 19, stk. 2 er fx kommunalt ejet, og en privatinstitution efter § 19, stk. 5 er privat.",
    konsekvens:
      "Registret krydsvaliderer ejerform, lovgrundlag og institutionstyper, når en daginstitution oprettes eller ændres. En kombination, der ikke passer, peger på en forkert kode, og opslag og statistik efter ejerform eller lovgrundlag tæller institutionen forkert.",
    handling: `Ret ejerformen eller lovgrundlaget, så de svarer til institutionens faktiske forhold. ${WHO_CORRECTS}`,
  },
  KRYDS_TYPE: {
    kode: "KRYDS_TYPE",
    alvorlighed: "FEJL",
    titel: "Institutionstypen passer ikke til daginstitutionens lovgrundlag",
    kategori: "Krydsvalidering",
    udledt: true,
    niveauer: ["anvisningsenhed"],
    betydning:
      "Anvisningsenhedens type (instType3) hører ikke til det lovgrundlag, dens daginstitution har. Dagpleje (6013) hører fx under dagtilbudslovens § 21 og klubber (6021) under § 66, ikke under § 19 om daginstitutioner.",
    konsekvens:
      "Typen siger, hvilke børn der kan anvises til enheden, og hvordan den tælles. En type, der ikke passer til lovgrundlaget, betyder enten en forkert type, et forkert lovgrundlag eller en enhed under den forkerte daginstitution.",
    handling: `Ret enhedens type eller daginstitutionens lovgrundlag, eller flyt enheden til den rigtige daginstitution (en enhed kan kun flyttes inden for samme administrerende kommune). ${WHO_CORRECTS}`,
  },
  DAGINSTITUTION_UDEN_ENHED: {
    kode: "DAGINSTITUTION_UDEN_ENHED",
    alvorlighed: "ADVARSEL",
    titel: "Daginstitutionen har ingen aktiv anvisningsenhed",
    kategori: "Struktur",
    udledt: false,
    niveauer: ["daginstitution"],
    betydning: "Daginstitutionen er aktiv, men ingen aktiv anvisningsenhed hører under den.",
    konsekvens:
      "En daginstitution skal have mindst én anvisningsenhed: det er enhederne, børn anvises til. Uden aktive enheder er daginstitutionen enten nedlagt i virkeligheden, eller dens enheder står under en anden daginstitution.",
    handling: `Flyt eller opret enhederne under daginstitutionen, eller nedlæg daginstitutionen, hvis den ikke findes mere. ${WHO_CORRECTS}`,
  },
  ENHED_UNDER_NEDLAGT: {
    kode: "ENHED_UNDER_NEDLAGT",
    alvorlighed: "FEJL",
    titel: "Aktiv anvisningsenhed under en nedlagt daginstitution",
    kategori: "Struktur",
    udledt: false,
    niveauer: ["anvisningsenhed"],
    betydning: "Anvisningsenheden er aktiv, men den daginstitution, den hører under, er nedlagt.",
    konsekvens:
      "Enhedens forældrebestyrelse, ejerform, lovgrundlag og administrerende kommune kommer fra daginstitutionen. Under en nedlagt daginstitution gælder de oplysninger ikke længere.",
    handling: `Flyt enheden til den daginstitution, der har overtaget den, eller nedlæg enheden. ${WHO_CORRECTS}`,
  },
  MANGLER_PNUMMER: {
    kode: "MANGLER_PNUMMER",
    alvorlighed: "FEJL",
    titel: "P-nummer mangler",
    kategori: "Numre",
    udledt: false,
    niveauer: ["anvisningsenhed"],
    betydning: "Den aktive anvisningsenhed har intet p-nummer.",
    konsekvens:
      "P-nummeret er obligatorisk i registret: det er enhedens produktionsenhed i CVR, registret udfylder CVR-nummeret ud fra det, og administrationsret og adgang i de systemer, der slår op på p-nummer, følger det.",
    handling: `Find enhedens p-nummer i CVR og indberet det. ${WHO_CORRECTS}`,
  },
  CVR_KONTROLCIFFER: {
    kode: "CVR_KONTROLCIFFER",
    alvorlighed: "FEJL",
    titel: "CVR-nummerets kontrolciffer passer ikke (modulus 11)",
    kategori: "Numre",
    udledt: false,
    niveauer: ["anvisningsenhed", "alternativ_adresse"],
    betydning:
      "CVR-nummeret har 8 cifre, men summen af cifrene ganget med vægtene 2, 7, 6, 5, 4, 3, 2, 1 går ikke op i 11. Sådan et nummer kan CVR ikke have tildelt.",
    konsekvens: "Nummeret er næsten sikkert tastet forkert, så opslag i CVR og samkøring med andre registre rammer forkert eller slet ikke.",
    handling: `Ret CVR-nummeret. Registret udfylder det normalt ud fra p-nummeret, så kontrollér også p-nummeret. ${WHO_CORRECTS}`,
  },
  PNUMMER_DELT: {
    kode: "PNUMMER_DELT",
    alvorlighed: "INFO",
    titel: "P-nummeret deles med andre aktive anvisningsenheder",
    kategori: "Numre",
    udledt: false,
    niveauer: ["anvisningsenhed"],
    betydning: "Flere aktive anvisningsenheder har samme p-nummer. Det er tilladt.",
    konsekvens:
      "Et p-nummer er en produktionsenhed i CVR, og administrationsret og adgang i de systemer, der slår op på p-nummer, følger p-nummeret: den, der må administrere p-nummeret i Tilslutning, kan administrere alle enhederne med det p-nummer, og en institutions eget login og ret til at indberette for sin enhed gælder dem alle. Enhederne kan ikke skelnes fra hinanden på p-nummeret alene.",
    handling: `Intet, hvis enhederne reelt er én produktionsenhed. Skal de administreres hver for sig, skal hver enhed have sit eget p-nummer i CVR, og det nye p-nummer indberettes til registret. ${WHO_CORRECTS}`,
  },
  POSTNUMMER_KOMMUNE: {
    kode: "POSTNUMMER_KOMMUNE",
    alvorlighed: "ADVARSEL",
    titel: "Postnummeret hører ikke til adressens kommune",
    kategori: "Adresse",
    udledt: false,
    niveauer: ["anvisningsenhed", "alternativ_adresse"],
    betydning:
      "Adressens postnummer hører efter portalens postnummerliste til en anden kommune end den kommunekode, adressen har.",
    konsekvens:
      "Enten er postnummeret eller kommunekoden forkert, og så står enheden i den forkerte kommune eller med en forkert adresse. Portalens liste over postnumre og kommuner er ufuldstændig: den kender kun én kommune pr. postnummer og ikke alle postnumre, så et postnummer, der går over en kommunegrænse, kan give et fund, selv om adressen er rigtig.",
    handling: `${ADDRESS_CHECK} ${WHO_CORRECTS}`,
  },
  POSTNUMMER_UKENDT: {
    kode: "POSTNUMMER_UKENDT",
    alvorlighed: "ADVARSEL",
    titel: "Postnummeret findes ikke",
    kategori: "Adresse",
    udledt: false,
    niveauer: ["anvisningsenhed", "alternativ_adresse"],
    betydning: "Adressens postnummer står ikke i portalens liste over danske postnumre.",
    konsekvens: "Adressen kan ikke være gyldig i adresseregistret, og enheden findes ikke, når man søger på postnummer.",
    handling: `${ADDRESS_CHECK} ${WHO_CORRECTS}`,
  },
  MANGLER_KOORDINATER: {
    kode: "MANGLER_KOORDINATER",
    alvorlighed: "ADVARSEL",
    titel: "Koordinater mangler",
    kategori: "Adresse",
    udledt: false,
    niveauer: ["anvisningsenhed", "alternativ_adresse"],
    betydning: "Adressen har ikke både breddegrad og længdegrad (geoBredde og geoLaengde).",
    konsekvens: "Adressen kan ikke vises på et kort eller findes efter afstand, fx i pladsanvisningens systemer og tjenester, der henter data fra registret.",
    handling: `Koordinaterne følger adressen fra adresseregistret (DAR); indberet adressen igen, så den valideres. ${WHO_CORRECTS}`,
  },
  MANGLER_KONTAKT: {
    kode: "MANGLER_KONTAKT",
    alvorlighed: "INFO",
    titel: "Hverken e-mail eller telefonnummer",
    kategori: "Kontakt",
    udledt: false,
    niveauer: ["anvisningsenhed"],
    betydning: "Den aktive anvisningsenhed har hverken e-mail eller telefonnummer i registret. Begge felter er frivillige.",
    konsekvens: "Forældre og myndigheder, der finder enheden gennem registret, kan ikke kontakte den derfra.",
    handling: `Indberet enhedens e-mail eller telefonnummer (institutionens kontaktoplysninger, ikke en persons). ${WHO_CORRECTS}`,
  },
} as const satisfies Record<string, QualityRule>;

export type RegisterRuleCode = keyof typeof REGISTER_RULES;
