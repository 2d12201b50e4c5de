import type { AddressFields } from "@/lib/import/records";
import type { RecordQualityFinding } from "@/lib/quality/finding-types";
/** Plain shapes the record verbs (lib/register/records.ts) return to pages. */
export type RecordStatus = "AKTIV" | "NEDLAGT";
export type Severity = "FEJL" | "ADVARSEL" | "INFO";

/** A code with its label from the portal's code list; `navn` is null when the code is not in the list. */
export type CodeLabel = {
  kode: number;
  navn: string | null;
  lovhenvisning: string | null;
  udledt: boolean;
};

export type KommuneRef = { kode: number; navn: string | null };

export type Address = { tekst: string } & Pick<
  AddressFields,
  "vejNavn" | "husNummer" | "etage" | "doer" | "supplerendeBynavn" | "postNummer" | "byNavn" | "dawaId" | "vejKode" | "geoBredde" | "geoLaengde"
>;
/** History the portal keeps itself: the register has only `senestOpdateret`. */
export type RecordHistory = {
  status: RecordStatus;
  aktivitetsstatus: string | null;
  senestOpdateret: Date | null;
  foersteSetDato: Date;
  lukketDato: Date | null;
  /** Date of the snapshot that last changed this row in the portal. */
  snapshotDato: Date;
  /** Date of the most recent snapshot (the data the page shows). */
  latestSnapshotDato: Date | null;
};

export type UnitSummary = {
  nummer: string;
  navn: string;
  type: CodeLabel | null;
  status: RecordStatus;
  adresse: string;
};

export type AlternativeAddressSummary = {
  nummer: string;
  navn: string | null;
  status: RecordStatus;
  adresse: string;
};

export type DaginstitutionSummary = {
  nummer: string;
  navn: string;
  status: RecordStatus;
  ejerform: CodeLabel | null;
  lovgrundlag: CodeLabel | null;
  admKommune: KommuneRef | null;
};

export type DaginstitutionRecord = DaginstitutionSummary &
  RecordHistory & {
    enheder: UnitSummary[];
    antal: { enheder: number; aktiveEnheder: number; nedlagteEnheder: number; alternativeAdresser: number };
    /** This record's data-quality findings (lib/quality), import findings included. */
    fund: RecordQualityFinding[];
  };

export type AnvisningsenhedRecord = RecordHistory & {
  nummer: string;
  navn: string;
  type: CodeLabel | null;
  adresse: Address;
  kommune: KommuneRef | null;
  email: string | null;
  telefonNummer: string | null;
  cvrNummer: string | null;
  pNummer: string | null;
  /** The parent number as exported (may be empty or point at nothing). */
  daginstitutionsNummer: string | null;
  daginstitution: DaginstitutionSummary | null;
  /** Other units of the same daginstitution. */
  soeskende: UnitSummary[];
  alternativeAdresser: AlternativeAddressSummary[];
  /** Other units with the same p-nummer. */
  sammePNummer: UnitSummary[];
  /** This record's data-quality findings (lib/quality), import findings included. */
  fund: RecordQualityFinding[];
};

export type AlternativAdresseRecord = RecordHistory & {
  nummer: string;
  navn: string | null;
  adresse: Address;
  kommune: KommuneRef | null;
  cvrNummer: string | null;
  pNummer: string | null;
  anvisningsenhedsNummer: string | null;
  anvisningsenhed: { nummer: string; navn: string; status: RecordStatus; type: CodeLabel | null } | null;
  daginstitution: DaginstitutionSummary | null;
  /** This record's data-quality findings (lib/quality), import findings included. */
  fund: RecordQualityFinding[];
};
