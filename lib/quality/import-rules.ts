import { IMPORT_RULES, type RuleCode as ImportRuleCode } from "../import/findings";
import { WHO_CORRECTS } from "./register-rules";
import type { QualityRule } from "./rule-types";

/** An import finding is stored in kvalitetsfund under its import rule's code with this prefix: IMPORT_UKENDT_KODE. */
export const IMPORT_PREFIX = "IMPORT_";

export function importRuleCode(code: ImportRuleCode): string {
  return `${IMPORT_PREFIX}${code}`;
}

/**
 * Import rules that a register rule checks again on the whole current register (active records, whatever import
 * brought them). Their import findings are not copied, so a record does not show the same problem twice.
 */
export const IMPORT_CODES_CHECKED_ON_REGISTER: Partial<Record<ImportRuleCode, string>> = {
  MANGLER_PNUMMER: "MANGLER_PNUMMER",
  CVR_KONTROLCIFFER: "CVR_KONTROLCIFFER",
};

type Texts = Pick<QualityRule, "niveauer" | "betydning" | "konsekvens" | "handling">;

const UNITS = ["anvisningsenhed", "alternativ_adresse"] as const;
const RECORDS = ["daginstitution", "anvisningsenhed", "alternativ_adresse"] as const;
const PARENT_CONSEQUENCE =
  "Posten hænger ikke sammen med resten af registret: en anvisningsenhed uden daginstitution har ingen ejerform, intet lovgrundlag og ingen forældrebestyrelse, og en alternativ adresse uden anvisningsenhed hører ikke til noget tilbud.";

/** What each import rule means, why it matters and what to do (titles and severities are in IMPORT_RULES). */
const IMPORT_TEXTS: Record<ImportRuleCode, Texts> = {
  MANGLER_KOLONNE: {
    niveauer: [],
    betydning: "En kolonne, som registrets eksportfil plejer at have, manglede i den indlæste fil. Feltet er gemt tomt for alle filens rækker.",
    konsekvens: "Portalen viser feltet som tomt, selv om registret kan have en værdi, og regler, der bygger på feltet, kan give forkerte fund.",
    handling: "Hent filen igen fra registrets eksportside og indlæs den. Mangler kolonnen stadig, har registret ændret sit format, og portalens indlæsning skal tilpasses.",
  },
  MANGLER_NAVN: {
    niveauer: ["daginstitution", "anvisningsenhed"],
    betydning: "Posten har intet navn, selv om navnet er obligatorisk i registret.",
    konsekvens: "Posten kan ikke findes på navn og vises kun med sit nummer.",
    handling: `Indberet navnet. ${WHO_CORRECTS}`,
  },
  NAVN_FOR_LANGT: {
    niveauer: RECORDS,
    betydning: "Navnet er længere end de 132 tegn, registret tillader.",
    konsekvens: "Systemer, der læser registret, kan afkorte eller afvise navnet.",
    handling: `Forkort navnet. ${WHO_CORRECTS}`,
  },
  MANGLER_KODE: {
    niveauer: ["daginstitution", "anvisningsenhed"],
    betydning: "En obligatorisk kode er tom: ejerform, lovgrundlag eller administrerende kommune for en daginstitution, institutionstype for en anvisningsenhed.",
    konsekvens: "Posten kan ikke filtreres eller tælles efter koden, og krydsvalideringen kan ikke tjekke den.",
    handling: `Indberet koden. ${WHO_CORRECTS}`,
  },
  UKENDT_KODE: {
    niveauer: ["daginstitution", "anvisningsenhed"],
    betydning: "Koden står ikke i portalens kodeliste for feltet.",
    konsekvens: "Portalen kan ikke vise, hvad koden betyder, og krydsvalideringen kan ikke tjekke den. Enten er koden forkert i registret, eller registret bruger en kode, som portalens kodeliste ikke kender endnu.",
    handling: `Er koden forkert, rettes den i registret. ${WHO_CORRECTS} Er den ny og gyldig, skal portalens kodeliste udvides.`,
  },
  KODETEKST_AFVIGER: {
    niveauer: [],
    betydning: "Registrets eksportfil har en anden tekst for en kode end portalens kodeliste.",
    konsekvens: "Portalen viser sin egen tekst. Afvigelsen kan betyde, at portalens udledte betegnelse er forkert.",
    handling: "Er registrets tekst den rigtige, rettes portalens kodeliste.",
  },
  UKENDT_KOMMUNE: {
    niveauer: RECORDS,
    betydning: "Kommunekoden er ikke en af de 98 danske kommuners koder.",
    konsekvens: "Posten kan ikke vises under nogen kommune.",
    handling: `Ret kommunekoden. ${WHO_CORRECTS}`,
  },
  KOMMUNE_AFVIGER: {
    niveauer: ["anvisningsenhed"],
    betydning: "Anvisningsenhedens adresse ligger i en anden kommune end daginstitutionens administrerende kommune.",
    konsekvens: "Det kan være rigtigt (en enhed lige over kommunegrænsen), men det kan også skyldes en forkert adresse eller kommunekode. Portalen viser enheden under daginstitutionens kommune.",
    handling: `Kontrollér enhedens adresse og daginstitutionens administrerende kommune. ${WHO_CORRECTS}`,
  },
  MANGLER_FORAELDER: {
    niveauer: UNITS,
    betydning: "Posten har intet overordnet nummer: en anvisningsenhed intet daginstitutionsnummer, en alternativ adresse intet anvisningsenhedsnummer.",
    konsekvens: PARENT_CONSEQUENCE,
    handling: `Indberet det overordnede nummer, dvs. flyt posten ind under den rigtige daginstitution eller anvisningsenhed. ${WHO_CORRECTS}`,
  },
  UKENDT_FORAELDER: {
    niveauer: UNITS,
    betydning: "Det overordnede nummer peger på en daginstitution eller anvisningsenhed, som registret ikke har.",
    konsekvens: PARENT_CONSEQUENCE,
    handling: `Ret det overordnede nummer, dvs. flyt posten ind under den rigtige daginstitution eller anvisningsenhed. ${WHO_CORRECTS}`,
  },
  MANGLER_PNUMMER: {
    niveauer: ["anvisningsenhed"],
    betydning: "Anvisningsenhedens række i filen havde intet p-nummer.",
    konsekvens: "P-nummeret er obligatorisk i registret.",
    handling: `Indberet p-nummeret. ${WHO_CORRECTS}`,
  },
  PNUMMER_FORMAT: {
    niveauer: UNITS,
    betydning: "P-nummeret er ikke 10 cifre, fx fordi det har mellemrum eller bindestreger eller for få cifre.",
    konsekvens: "Nummeret kan ikke slås op i CVR, og posten findes ikke, når man søger på p-nummeret.",
    handling: `Ret p-nummeret. ${WHO_CORRECTS}`,
  },
  MANGLER_CVR: {
    niveauer: ["anvisningsenhed"],
    betydning: "Anvisningsenheden har intet CVR-nummer.",
    konsekvens: "Registret udfylder CVR-nummeret ud fra p-nummeret, så et tomt CVR-nummer tyder på et manglende eller ugyldigt p-nummer. Enheden findes ikke, når man søger på CVR-nummer.",
    handling: `Kontrollér enhedens p-nummer. ${WHO_CORRECTS}`,
  },
  CVR_FORMAT: {
    niveauer: UNITS,
    betydning: "CVR-nummeret er ikke 8 cifre.",
    konsekvens: "Nummeret kan ikke slås op i CVR, og posten findes ikke, når man søger på CVR-nummeret.",
    handling: `Ret CVR-nummeret; det følger normalt af p-nummeret. ${WHO_CORRECTS}`,
  },
  CVR_KONTROLCIFFER: {
    niveauer: UNITS,
    betydning: "CVR-nummerets kontrolciffer passer ikke (modulus 11).",
    konsekvens: "Nummeret er næsten sikkert tastet forkert.",
    handling: `Ret CVR-nummeret. ${WHO_CORRECTS}`,
  },
  NUMMER_DELT: {
    niveauer: ["alternativ_adresse"],
    betydning: "En alternativ adresse har samme nummer som en anvisningsenhed.",
    konsekvens: "Anvisningsenheder og alternative adresser deler én nummerserie (G-numre), så et nummer må kun bruges én gang; et opslag på nummeret er tvetydigt.",
    handling: "Registret tildeler numrene; kontakt STIL's support.",
  },
};

/** The import rules as quality rules, in the order of IMPORT_RULES. */
export const IMPORT_QUALITY_RULES: readonly QualityRule[] = (Object.keys(IMPORT_RULES) as ImportRuleCode[]).map((code) => ({
  kode: importRuleCode(code),
  alvorlighed: IMPORT_RULES[code].alvorlighed,
  titel: IMPORT_RULES[code].titel,
  kategori: "Indlæsning",
  udledt: false,
  ...IMPORT_TEXTS[code],
  ...(IMPORT_CODES_CHECKED_ON_REGISTER[code] ? { visesSom: IMPORT_CODES_CHECKED_ON_REGISTER[code] } : {}),
}));
