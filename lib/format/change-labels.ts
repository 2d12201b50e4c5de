import type { ChangeKind, ChangeLevel } from "@/lib/params/changes";

/** Danish names of the register fields a change can name (the importer's record fields). */
export const FIELD_LABELS: Record<string, string> = {
  navn: "Navn",
  ejerformKode: "Ejerform",
  lovgrundlagKode: "Lovgrundlag",
  admKommuneKode: "Administrerende kommune",
  daginstitutionsNummer: "Daginstitution",
  anvisningsenhedsNummer: "Anvisningsenhed",
  instType3: "Institutionstype",
  pNummer: "P-nummer",
  cvrNummer: "CVR-nummer",
  email: "E-mail",
  telefonNummer: "Telefon",
  dawaId: "DAWA-id",
  vejNavn: "Vejnavn",
  vejKode: "Vejkode",
  husNummer: "Husnummer",
  etage: "Etage",
  doer: "Dør",
  supplerendeBynavn: "Supplerende bynavn",
  postNummer: "Postnummer",
  byNavn: "By",
  kommuneKode: "Kommune",
  geoBredde: "Breddegrad",
  geoLaengde: "Længdegrad",
};

export function fieldLabel(felt: string | null): string | null {
  return felt === null ? null : (FIELD_LABELS[felt] ?? felt);
}

export const KIND_LABELS: Record<ChangeKind, string> = {
  oprettet: "Oprettet",
  nedlagt: "Nedlagt",
  genaabnet: "Genåbnet",
  flyttet: "Flyttet",
  aendret: "Ændret",
};

export const LEVEL_LABELS: Record<ChangeLevel, string> = {
  daginstitution: "Daginstitution",
  anvisningsenhed: "Anvisningsenhed",
  "alternativ-adresse": "Alternativ adresse",
};
