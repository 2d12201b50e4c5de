export type Level = "daginstitution" | "anvisningsenhed" | "alternativ_adresse";
export type FileKind = Level | "samlet";

export type Source = { file: string; line: number };

/** A `_Tekst` label seen in a file, kept to compare with the portal's code lists. */
export type CodeLabel = { list: "ejerform" | "lovgrundlag" | "institutionstype" | "kommune"; code: number; label: string; source: Source; column: string };

export type DaginstitutionRecord = {
  nummer: string;
  navn: string;
  ejerformKode: number | null;
  lovgrundlagKode: number | null;
  admKommuneKode: number | null;
  senestOpdateret: Date | null;
  aktivitetsstatus: string | null;
  source: Source;
};

export type AddressFields = {
  dawaId: string | null;
  vejNavn: string | null;
  husNummer: string | null;
  etage: string | null;
  doer: string | null;
  supplerendeBynavn: string | null;
  postNummer: string | null;
  byNavn: string | null;
  kommuneKode: number | null;
  vejKode: number | null;
  geoBredde: number | null;
  geoLaengde: number | null;
  cvrNummer: string | null;
  pNummer: string | null;
};

export type AnvisningsenhedRecord = AddressFields & {
  nummer: string;
  navn: string;
  daginstitutionsNummer: string | null;
  instType3: number | null;
  email: string | null;
  telefonNummer: string | null;
  senestOpdateret: Date | null;
  aktivitetsstatus: string | null;
  source: Source;
};

export type AlternativAdresseRecord = AddressFields & {
  nummer: string;
  navn: string | null;
  anvisningsenhedsNummer: string | null;
  senestOpdateret: Date | null;
  aktivitetsstatus: string | null;
  source: Source;
};

/** What the files of one import hold, level by level; a level absent from the files is undefined. */
export type ParsedSnapshot = {
  daginstitutioner?: DaginstitutionRecord[];
  anvisningsenheder?: AnvisningsenhedRecord[];
  alternativeAdresser?: AlternativAdresseRecord[];
  labels: CodeLabel[];
  /** Expected columns a file lacks: the field is stored empty, and the import says so. */
  missingColumns: { file: string; column: string }[];
  files: { name: string; kind: FileKind; rows: number; sha256: string }[];
};

/** "Vejnavn 12A, 1. th, Supplerende bynavn, 1234 By" */
export function formatAddress(a: Pick<AddressFields, "vejNavn" | "husNummer" | "etage" | "doer" | "supplerendeBynavn" | "postNummer" | "byNavn">): string {
  const street = [a.vejNavn, a.husNummer].filter(Boolean).join(" ");
  const floor = [a.etage ? `${a.etage}.` : null, a.doer].filter(Boolean).join(" ");
  const town = [a.postNummer, a.byNavn].filter(Boolean).join(" ");
  return [street + (floor ? `, ${floor}` : ""), a.supplerendeBynavn, town].filter(Boolean).join(", ");
}
