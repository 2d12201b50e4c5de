/** The shape of a data-quality rule (lib/quality/rules.ts). Plain data, safe for client and server. */
export type Severity = "FEJL" | "ADVARSEL" | "INFO";
export type RuleLevel = "daginstitution" | "anvisningsenhed" | "alternativ_adresse";

export const RULE_CATEGORIES = ["Krydsvalidering", "Struktur", "Numre", "Adresse", "Kontakt", "Indlæsning"] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export type QualityRule = {
  /** The code stored in kvalitetsfund.regel, e.g. KRYDS_EJERFORM or IMPORT_UKENDT_KODE. */
  kode: string;
  alvorlighed: Severity;
  /** Short Danish title. */
  titel: string;
  kategori: RuleCategory;
  /** The rule rests on the portal's own reading (the inferred cross-validation matrix), not on an official rule. */
  udledt: boolean;
  /** The levels the rule looks at (empty: findings about a file, not a record). */
  niveauer: readonly RuleLevel[];
  /** What the finding means. */
  betydning: string;
  /** Why it matters. */
  konsekvens: string;
  /** What to do, and who can do it. */
  handling: string;
  /** An import rule whose findings the portal shows under this register rule instead (it checks the whole register). */
  visesSom?: string;
};

export const SEVERITY_LABELS: Record<Severity, string> = { FEJL: "Fejl", ADVARSEL: "Advarsel", INFO: "Info" };
export const SEVERITY_PLURAL: Record<Severity, string> = { FEJL: "fejl", ADVARSEL: "advarsler", INFO: "info" };
export const SEVERITIES: readonly Severity[] = ["FEJL", "ADVARSEL", "INFO"];

export const LEVEL_LABELS: Record<RuleLevel, string> = {
  daginstitution: "Daginstitution",
  anvisningsenhed: "Anvisningsenhed",
  alternativ_adresse: "Alternativ adresse",
};
