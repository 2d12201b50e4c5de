import {
  AKTIVITETSSTATUS, ALTERNATIV_ADRESSE_COLUMNS, ANVISNINGSENHED_COLUMNS, DAGINSTITUTION_COLUMNS, DAGTILBUDSTYPE, SAMLET_COLUMNS,
} from "../official-format/columns";
import type { DemoAddress } from "./addresses";
import type { DemoAlternativAdresse, DemoDaginstitution, DemoModel, DemoUnit } from "./model";

export type CsvValue = string | number | null;
/** One row of an export file, keyed by the column names of columns.ts. */
export type CsvRowOf<C extends readonly string[]> = { [K in C[number]]: CsvValue };

export type DaginstitutionRow = CsvRowOf<typeof DAGINSTITUTION_COLUMNS>;
export type AnvisningsenhedRow = CsvRowOf<typeof ANVISNINGSENHED_COLUMNS>;
export type AlternativAdresseRow = CsvRowOf<typeof ALTERNATIV_ADRESSE_COLUMNS>;
export type SamletRow = CsvRowOf<typeof SAMLET_COLUMNS>;

export type DemoRows = {
  daginstitutioner: DaginstitutionRow[];
  anvisningsenheder: AnvisningsenhedRow[];
  alternativeAdresser: AlternativAdresseRow[];
  samlet: SamletRow[];
};

const status = (aktiv: boolean) => (aktiv ? AKTIVITETSSTATUS.aktiv : AKTIVITETSSTATUS.nedlagt);

const BLANK_SAMLET = Object.freeze(Object.fromEntries(SAMLET_COLUMNS.map((c) => [c, null])) as SamletRow);

/** Turns the model into the rows of the four files, each sorted by its own number. */
export function toRows(model: DemoModel): DemoRows {
  const { labels, kommuneNavn } = model.reference;
  const label = (map: Map<number, string>, code: number | null) => (code === null ? null : (map.get(code) ?? null));

  const address = (a: DemoAddress) => ({
    dawaId: a.dawaId, vejNavn: a.vejNavn, husNummer: a.husNummer, supplerendeBynavn: a.supplerendeBynavn, postNummer: a.postNummer,
    byNavn: a.byNavn, kommuneKode: a.kommuneKode, kommuneKode_Tekst: label(kommuneNavn, a.kommuneKode), etage: a.etage, doer: a.doer,
    geoBredde: a.geoBredde, geoLaengde: a.geoLaengde, vejKode: a.vejKode,
  });
  const codes = (d: DemoDaginstitution | null) => ({
    ejerformKode: d?.ejerformKode ?? null, ejerformKode_Tekst: label(labels.ejerform, d?.ejerformKode ?? null),
    lovgrundlagKode: d?.lovgrundlagKode ?? null, lovgrundlagKode_Tekst: label(labels.lovgrundlag, d?.lovgrundlagKode ?? null),
    admKommuneKode: d?.admKommuneKode ?? null, admKommuneKode_Tekst: label(kommuneNavn, d?.admKommuneKode ?? null),
  });
  const parentOf = (u: DemoUnit) => (u.daginstitutionsNummer === null ? null : u.daginstitution);

  const daginstitution = (d: DemoDaginstitution): DaginstitutionRow => ({
    daginstitutionsNummer: d.nummer, daginstitutionsNavn: d.navn, ...codes(d), aktivitetsstatus: status(d.aktiv), senestOpdateret: d.senestOpdateret,
  });
  const unit = (u: DemoUnit): AnvisningsenhedRow => ({
    anvisningsenhedsNummer: u.nummer, anvisningsenhedsNavn: u.navn, ...address(u.address),
    instType3: u.instType3, instType3_Tekst: label(labels.institutionstype, u.instType3), email: u.email, telefonNummer: u.telefonNummer,
    cvrNummer: u.cvrNummer, pNummer: u.pNummer, aktivitetsstatus: status(u.aktiv), senestOpdateret: u.senestOpdateret,
    daginstitutionsNummer: u.daginstitutionsNummer,
  });
  const alternativ = (a: DemoAlternativAdresse): AlternativAdresseRow => ({
    alternativAdresseNummer: a.nummer, alternativAdresseNavn: a.navn, ...address(a.address), cvrNummer: a.cvrNummer, pNummer: a.pNummer,
    aktivitetsstatus: status(a.aktiv), senestOpdateret: a.senestOpdateret, anvisningsenhedsNummer: a.parent.nummer,
  });

  const samlet: SamletRow[] = [];
  for (const d of model.daginstitutioner) {
    samlet.push({ ...BLANK_SAMLET, dagtilbudsType: DAGTILBUDSTYPE.daginstitution, daginstitutionsNummer: d.nummer, dagtilbudsNavn: d.navn, daginstitutionsNavn: d.navn, ...codes(d), aktivitetsstatus: status(d.aktiv), senestOpdateret: d.senestOpdateret });
  }
  for (const u of model.units) {
    const { anvisningsenhedsNavn, ...rest } = unit(u);
    samlet.push({ ...BLANK_SAMLET, ...rest, dagtilbudsType: DAGTILBUDSTYPE.anvisningsenhed, dagtilbudsNavn: anvisningsenhedsNavn, daginstitutionsNavn: parentOf(u)?.navn ?? null, ...codes(parentOf(u)) });
  }
  for (const a of model.alternativeAdresser) {
    const { alternativAdresseNavn, ...rest } = alternativ(a);
    samlet.push({ ...BLANK_SAMLET, ...rest, dagtilbudsType: DAGTILBUDSTYPE.alternativAdresse, dagtilbudsNavn: alternativAdresseNavn });
  }

  const byKey = <T>(key: (row: T) => CsvValue) => (a: T, b: T) => {
    const x = String(key(a));
    const y = String(key(b));
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const ownNumber = (r: SamletRow) => r.alternativAdresseNummer ?? r.anvisningsenhedsNummer ?? r.daginstitutionsNummer;
  return {
    daginstitutioner: model.daginstitutioner.map(daginstitution).sort(byKey((r) => r.daginstitutionsNummer)),
    anvisningsenheder: model.units.map(unit).sort(byKey((r) => r.anvisningsenhedsNummer)),
    alternativeAdresser: model.alternativeAdresser.map(alternativ).sort(byKey((r) => r.alternativAdresseNummer)),
    samlet: samlet.sort(byKey(ownNumber)),
  };
}
