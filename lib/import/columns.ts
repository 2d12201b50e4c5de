/** Header aliases per field, matched case-insensitively. The first alias is the name the portal writes. */
export const C = {
  dagtilbudsType: ["dagtilbudsType"],
  daginstitutionsNummer: ["daginstitutionsNummer"],
  daginstitutionsNavn: ["daginstitutionsNavn"],
  anvisningsenhedsNummer: ["anvisningsenhedsNummer", "enhedsNummer"],
  anvisningsenhedsNavn: ["anvisningsenhedsNavn", "enhedsNavn"],
  alternativAdresseNummer: ["alternativAdresseNummer"],
  alternativAdresseNavn: ["alternativAdresseNavn"],
  dagtilbudsNavn: ["dagtilbudsNavn"],
  ejerformKode: ["ejerformKode"],
  lovgrundlagKode: ["lovgrundlagKode"],
  admKommuneKode: ["admKommuneKode"],
  kommuneKode: ["kommuneKode"],
  instType3: ["instType3"],
  dawaId: ["dawaId"],
  vejNavn: ["vejNavn"],
  husNummer: ["husNummer"],
  etage: ["etage"],
  doer: ["doer", "dør"],
  supplerendeBynavn: ["supplerendeBynavn"],
  postNummer: ["postNummer"],
  byNavn: ["byNavn"],
  vejKode: ["vejKode"],
  geoBredde: ["geoBredde"],
  geoLaengde: ["geoLaengde"],
  email: ["email"],
  telefonNummer: ["telefonNummer"],
  cvrNummer: ["cvrNummer"],
  pNummer: ["pNummer"],
  aktivitetsstatus: ["aktivitetsstatus"],
  senestOpdateret: ["senestOpdateret"],
} as const;

export type ColumnKey = keyof typeof C;

const ADDRESS: ColumnKey[] = ["dawaId", "vejNavn", "husNummer", "supplerendeBynavn", "postNummer", "byNavn", "kommuneKode", "geoBredde", "geoLaengde", "vejKode"];

/** Columns a level file must have (without them the rows cannot be stored) and columns it should have. */
export const LEVEL_COLUMNS = {
  daginstitution: {
    required: ["daginstitutionsNummer", "daginstitutionsNavn"] as ColumnKey[],
    expected: ["ejerformKode", "lovgrundlagKode", "admKommuneKode", "senestOpdateret"] as ColumnKey[],
  },
  anvisningsenhed: {
    required: ["anvisningsenhedsNummer", "anvisningsenhedsNavn", "daginstitutionsNummer"] as ColumnKey[],
    expected: [...ADDRESS, "instType3", "email", "telefonNummer", "cvrNummer", "pNummer", "senestOpdateret"] as ColumnKey[],
  },
  alternativ_adresse: {
    required: ["alternativAdresseNummer", "anvisningsenhedsNummer"] as ColumnKey[],
    expected: ["alternativAdresseNavn", ...ADDRESS, "cvrNummer", "pNummer", "senestOpdateret"] as ColumnKey[],
  },
  samlet: {
    required: ["dagtilbudsType", "daginstitutionsNummer", "anvisningsenhedsNummer", "dagtilbudsNavn"] as ColumnKey[],
    expected: ["ejerformKode", "lovgrundlagKode", "admKommuneKode", "instType3", ...ADDRESS, "cvrNummer", "pNummer"] as ColumnKey[],
  },
} as const;
