/**
 * Column names of the register's four public CSV exports, in the order the portal writes them. The importer maps
 * headers by name (case-insensitive) and ignores columns it does not know; see domain notes for which names are
 * confirmed. Every coded column X has a label column X_Tekst.
 */
export const DAGINSTITUTION_COLUMNS = [
  "daginstitutionsNummer",
  "daginstitutionsNavn",
  "ejerformKode",
  "ejerformKode_Tekst",
  "lovgrundlagKode",
  "lovgrundlagKode_Tekst",
  "admKommuneKode",
  "admKommuneKode_Tekst",
  "aktivitetsstatus",
  "senestOpdateret",
] as const;

const ADDRESS_COLUMNS = [
  "dawaId",
  "vejNavn",
  "husNummer",
  "supplerendeBynavn",
  "postNummer",
  "byNavn",
  "kommuneKode",
  "kommuneKode_Tekst",
  "etage",
  "doer",
  "geoBredde",
  "geoLaengde",
  "vejKode",
] as const;

export const ANVISNINGSENHED_COLUMNS = [
  "anvisningsenhedsNummer",
  "anvisningsenhedsNavn",
  ...ADDRESS_COLUMNS,
  "instType3",
  "instType3_Tekst",
  "email",
  "telefonNummer",
  "cvrNummer",
  "pNummer",
  "aktivitetsstatus",
  "senestOpdateret",
  "daginstitutionsNummer",
] as const;

export const ALTERNATIV_ADRESSE_COLUMNS = [
  "alternativAdresseNummer",
  "alternativAdresseNavn",
  ...ADDRESS_COLUMNS,
  "cvrNummer",
  "pNummer",
  "aktivitetsstatus",
  "senestOpdateret",
  "anvisningsenhedsNummer",
] as const;

/** One row per daginstitution, anvisningsenhed and alternativ adresse; `dagtilbudsType` names the level. */
export const SAMLET_COLUMNS = [
  "dagtilbudsType",
  "anvisningsenhedsNummer",
  "daginstitutionsNummer",
  "alternativAdresseNummer",
  "dagtilbudsNavn",
  "daginstitutionsNavn",
  "aktivitetsstatus",
  "instType3",
  "instType3_Tekst",
  "ejerformKode",
  "ejerformKode_Tekst",
  "lovgrundlagKode",
  "lovgrundlagKode_Tekst",
  "admKommuneKode",
  "admKommuneKode_Tekst",
  "kommuneKode",
  "kommuneKode_Tekst",
  "cvrNummer",
  "pNummer",
  "dawaId",
  "vejNavn",
  "husNummer",
  "etage",
  "doer",
  "postNummer",
  "byNavn",
  "supplerendeBynavn",
  "vejKode",
  "geoBredde",
  "geoLaengde",
  "email",
  "telefonNummer",
  "senestOpdateret",
] as const;

/** Values of `dagtilbudsType` in the samlet file, as the portal writes them. */
export const DAGTILBUDSTYPE = {
  daginstitution: "Daginstitution",
  anvisningsenhed: "Anvisningsenhed",
  alternativAdresse: "Alternativ adresse",
} as const;

/** Default file names of the four exports. */
export const OFFICIAL_FILE_NAMES = {
  daginstitutioner: "daginstitutioner.csv",
  anvisningsenheder: "anvisningsenheder.csv",
  alternativeAdresser: "alternative_adresser.csv",
  samlet: "samlet_udtraek.csv",
} as const;

export const AKTIVITETSSTATUS = { aktiv: "Aktiv", nedlagt: "Nedlagt" } as const;
