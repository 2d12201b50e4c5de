import type { Level } from "./records";

export type Severity = "FEJL" | "ADVARSEL" | "INFO";

/** The register rules an import checks. A broken rule is stored as a finding; the row is imported all the same. */
export const IMPORT_RULES = {
  MANGLER_KOLONNE: { alvorlighed: "ADVARSEL", titel: "Kolonne mangler i filen; feltet er gemt tomt" },
  MANGLER_NAVN: { alvorlighed: "FEJL", titel: "Navn mangler" },
  NAVN_FOR_LANGT: { alvorlighed: "ADVARSEL", titel: "Navnet er længere end registrets 132 tegn" },
  MANGLER_KODE: { alvorlighed: "FEJL", titel: "Obligatorisk kode mangler" },
  UKENDT_KODE: { alvorlighed: "FEJL", titel: "Koden findes ikke i portalens kodeliste" },
  KODETEKST_AFVIGER: { alvorlighed: "INFO", titel: "Registrets tekst for koden afviger fra portalens kodeliste" },
  UKENDT_KOMMUNE: { alvorlighed: "FEJL", titel: "Kommunekoden findes ikke" },
  KOMMUNE_AFVIGER: { alvorlighed: "ADVARSEL", titel: "Enhedens kommune er ikke daginstitutionens administrerende kommune" },
  MANGLER_FORAELDER: { alvorlighed: "FEJL", titel: "Overordnet nummer mangler" },
  UKENDT_FORAELDER: { alvorlighed: "FEJL", titel: "Overordnet enhed findes ikke i registret" },
  MANGLER_PNUMMER: { alvorlighed: "FEJL", titel: "P-nummer mangler" },
  PNUMMER_FORMAT: { alvorlighed: "FEJL", titel: "P-nummeret er ikke 10 cifre" },
  MANGLER_CVR: { alvorlighed: "ADVARSEL", titel: "CVR-nummer mangler" },
  CVR_FORMAT: { alvorlighed: "FEJL", titel: "CVR-nummeret er ikke 8 cifre" },
  CVR_KONTROLCIFFER: { alvorlighed: "FEJL", titel: "CVR-nummerets kontrolciffer passer ikke (modulus 11)" },
  NUMMER_DELT: { alvorlighed: "ADVARSEL", titel: "Samme nummer bruges af en anvisningsenhed og en alternativ adresse" },
} as const satisfies Record<string, { alvorlighed: Severity; titel: string }>;

export type RuleCode = keyof typeof IMPORT_RULES;

export type Finding = {
  regel: RuleCode;
  alvorlighed: Severity;
  besked: string;
  niveau: Level | null;
  nummer: string | null;
  fil: string;
  linje: number | null;
  kolonne: string | null;
  vaerdi: string | null;
};

export function finding(regel: RuleCode, detail: Omit<Finding, "regel" | "alvorlighed" | "besked"> & { besked?: string }): Finding {
  const rule = IMPORT_RULES[regel];
  return { regel, alvorlighed: rule.alvorlighed, ...detail, besked: detail.besked ?? rule.titel };
}
