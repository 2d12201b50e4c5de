import { formatSenestOpdateret } from "../format/senest-opdateret";
import { AddressBook, type DemoAddress } from "./addresses";
import { DEMO_HISTORY_DATES, DEMO_HISTORY_SCHEDULE, type DemoHistoryEvent } from "./constants";
import type { DemoAlternativAdresse, DemoDaginstitution, DemoModel, DemoUnit } from "./model";
import { clusterName, uniqueName, unitName, type UnitNameKind } from "./names";
import { newPNummer } from "./numbers";
import { Random } from "./random";

/** One row the importer's change history (`aendring`) should hold after the demo's days are imported in order. */
export type PlannedChange = {
  /** The snapshot that first shows the change. */
  snapshotDato: string;
  niveau: "DAGINSTITUTION" | "ANVISNINGSENHED" | "ALTERNATIV_ADRESSE";
  nummer: string;
  /** The record's name after the change. */
  navn: string;
  art: "OPRETTET" | "NEDLAGT" | "GENAABNET" | "FLYTTET" | "AENDRET";
  /** The record field (as in lib/import/records.ts) for AENDRET and FLYTTET. */
  felt: string | null;
  /** Values as text, as the importer reads them from the files (null = empty). */
  foer: string | null;
  efter: string | null;
  /** The DEMO_HISTORY_SCHEDULE event the row belongs to. */
  event: DemoHistoryEvent;
};

class NoCandidate extends Error {}

/** How a record looked before `date`: other values, or absent (null). From `date` on it is as in the final model. */
export type HistoryEdit =
  | { level: "daginstitution"; record: DemoDaginstitution; date: string; before: Partial<DemoDaginstitution> | null }
  | { level: "anvisningsenhed"; record: DemoUnit; date: string; before: Partial<DemoUnit> | null }
  | { level: "alternativ_adresse"; record: DemoAlternativAdresse; date: string; before: null };

export type DemoHistoryPlan = { edits: HistoryEdit[]; changes: PlannedChange[] };

const ADDRESS_FIELDS = ["dawaId", "vejNavn", "husNummer", "supplerendeBynavn", "postNummer", "byNavn", "kommuneKode", "etage", "doer", "geoBredde", "geoLaengde", "vejKode"] as const;
const P19_TYPES = new Set([6010, 6011, 6012, 6014]);
const NAME_KIND: Record<number, UnitNameKind> = { 6010: "vuggestue", 6011: "boernehave", 6014: "boernehave" };

/** A value as the importer holds it after reading the file (coordinates are written with 6 decimals). */
function asText(field: string, value: string | number | null): string | null {
  if (value === null) return null;
  if (typeof value === "number") return String(field.startsWith("geo") ? Number(value.toFixed(6)) : value);
  return value;
}

/**
 * Chooses, with a PRNG of its own, the records that change between the demo's days (DEMO_HISTORY_SCHEDULE), and
 * how each looked before. Every change is on its own record, none on a record that carries a deliberate break, and
 * the records' `senestOpdateret` in the final model moves to the day before the snapshot that first shows them.
 * Mutates `model` (the final day) only in those timestamps.
 */
export function planHistory(model: DemoModel, seed: number): DemoHistoryPlan {
  const rng = Random.derive(seed, "history");
  const book = new AddressBook(model.reference);
  const edits: HistoryEdit[] = [];
  const changes: PlannedChange[] = [];

  const reserved = new Set<DemoUnit | DemoDaginstitution>();
  const irregular = new Set(Object.values(model.irregularities).flat());
  const sharedP = new Set(model.irregularities.sharedPNumre);
  for (const d of model.daginstitutioner) {
    if (irregular.has(d.nummer) || d.units.some((u) => irregular.has(u.nummer))) reserved.add(d);
  }
  const altParents = new Set(model.alternativeAdresser.map((a) => a.parent));
  const names = new Set([...model.daginstitutioner.map((d) => d.navn), ...model.units.map((u) => u.navn)]);
  const pNumre = new Set(model.units.flatMap((u) => (u.pNummer ? [u.pNummer] : [])));
  const units = rng.shuffle(model.units);
  const daginstitutioner = rng.shuffle(model.daginstitutioner);

  const activeUnder = (d: DemoDaginstitution) => d.units.filter((u) => u.aktiv && u.daginstitutionsNummer === d.nummer).length;
  const free = (u: DemoUnit) => !reserved.has(u) && !reserved.has(u.daginstitution) && !altParents.has(u) && u.daginstitutionsNummer !== null;
  const clean = (u: DemoUnit) => free(u) && u.aktiv && u.daginstitution.aktiv && !sharedP.has(u.pNummer ?? "") && u.address.kommuneKode === u.daginstitution.admKommuneKode;
  const kommunal19 = (d: DemoDaginstitution) => d.aktiv && d.group === "paragraf19" && d.ejerformKode === 1 && d.lovgrundlagKode === 1;
  const first = <T extends DemoUnit | DemoDaginstitution>(list: T[], accept: (x: T) => boolean): T => {
    const found = list.find((x) => !reserved.has(x) && accept(x));
    if (!found) throw new NoCandidate();
    reserved.add(found);
    return found;
  };
  const takeUnit = (accept: (u: DemoUnit) => boolean, test: (u: DemoUnit) => boolean = clean) => {
    const u = first(units, (x) => test(x) && accept(x));
    reserved.add(u.daginstitution);
    return u;
  };
  const oldParents = (u: DemoUnit) =>
    model.daginstitutioner.filter((x) => x !== u.daginstitution && !reserved.has(x) && kommunal19(x) && x.admKommuneKode === u.daginstitution.admKommuneKode && x.cvr === u.daginstitution.cvr && activeUnder(x) >= 1);

  for (const date of DEMO_HISTORY_DATES.slice(1)) {
    const [y, m, d] = date.split("-").map(Number);
    // The change was made in the register during office hours on the day before the snapshot.
    const stamp = () => formatSenestOpdateret(new Date(Date.UTC(y, m - 1, d - 1, rng.int(7, 14), rng.int(0, 59), rng.int(0, 59))));
    const unitChange = (event: DemoHistoryEvent, u: DemoUnit, art: PlannedChange["art"], felt: string | null = null, foer: string | null = null, efter: string | null = null) =>
      changes.push({ snapshotDato: date, niveau: "ANVISNINGSENHED", nummer: u.nummer, navn: u.navn, art, felt, foer, efter, event });
    const dagChange = (event: DemoHistoryEvent, x: DemoDaginstitution, art: PlannedChange["art"], felt: string | null = null, foer: string | null = null, efter: string | null = null) =>
      changes.push({ snapshotDato: date, niveau: "DAGINSTITUTION", nummer: x.nummer, navn: x.navn, art, felt, foer, efter, event });
    /** Records the unit's earlier values (and its older timestamp), and gives it a new timestamp. */
    const editUnit = (u: DemoUnit, before: Partial<DemoUnit> | null) => {
      edits.push({ level: "anvisningsenhed", record: u, date, before: before && { ...before, senestOpdateret: u.senestOpdateret } });
      u.senestOpdateret = stamp();
    };
    const editDag = (x: DemoDaginstitution, before: Partial<DemoDaginstitution> | null) => {
      edits.push({ level: "daginstitution", record: x, date, before: before && { ...before, senestOpdateret: x.senestOpdateret } });
      x.senestOpdateret = stamp();
    };

    const handlers: Record<DemoHistoryEvent, () => void> = {
      unitCreated: () => {
        const u = takeUnit((x) => activeUnder(x.daginstitution) >= 2);
        editUnit(u, null);
        unitChange("unitCreated", u, "OPRETTET");
      },
      daginstitutionCreated: () => {
        const x = first(daginstitutioner, (c) => c.units.length === 1 && clean(c.units[0]));
        const [u] = x.units;
        reserved.add(u);
        editDag(x, null);
        editUnit(u, null);
        dagChange("daginstitutionCreated", x, "OPRETTET");
        unitChange("daginstitutionCreated", u, "OPRETTET");
      },
      unitClosed: () => {
        const u = takeUnit((x) => !x.aktiv && x.daginstitution.aktiv && activeUnder(x.daginstitution) >= 1, free);
        editUnit(u, { aktiv: true });
        unitChange("unitClosed", u, "NEDLAGT");
      },
      daginstitutionClosed: () => {
        const x = first(daginstitutioner, (c) => !c.aktiv && c.units.length === 1 && !c.units[0].aktiv && free(c.units[0]));
        const [u] = x.units;
        reserved.add(u);
        editDag(x, { aktiv: true });
        editUnit(u, { aktiv: true });
        dagChange("daginstitutionClosed", x, "NEDLAGT");
        unitChange("daginstitutionClosed", u, "NEDLAGT");
      },
      unitReopened: () => {
        const u = takeUnit((x) => activeUnder(x.daginstitution) >= 2);
        editUnit(u, { aktiv: false });
        unitChange("unitReopened", u, "GENAABNET");
      },
      unitMoved: () => {
        const u = takeUnit((x) => kommunal19(x.daginstitution) && activeUnder(x.daginstitution) >= 2 && oldParents(x).length > 0);
        const from = rng.pick(oldParents(u));
        reserved.add(from);
        editUnit(u, { daginstitution: from, daginstitutionsNummer: from.nummer });
        unitChange("unitMoved", u, "FLYTTET", "daginstitutionsNummer", from.nummer, u.daginstitution.nummer);
      },
      unitRenamed: () => {
        const u = takeUnit((x) => P19_TYPES.has(x.instType3) && x.navn !== x.daginstitution.navn);
        const navn = uniqueName(() => unitName(rng, NAME_KIND[u.instType3] ?? "aldersintegreret"), names);
        editUnit(u, { navn });
        unitChange("unitRenamed", u, "AENDRET", "navn", navn, u.navn);
      },
      pNummerChanged: () => {
        const u = takeUnit((x) => x.pNummer !== null);
        const pNummer = newPNummer(rng, pNumre);
        editUnit(u, { pNummer });
        unitChange("pNummerChanged", u, "AENDRET", "pNummer", pNummer, u.pNummer);
      },
      addressChanged: () => {
        const u = takeUnit(() => true);
        const { postNummer, byNavn, kommuneKode } = u.address;
        const address: DemoAddress = book.address(rng, kommuneKode, { postcode: { postNummer, byNavn, kommuneKode, weight: 1 } });
        editUnit(u, { address });
        for (const field of ADDRESS_FIELDS) {
          const [foer, efter] = [asText(field, address[field]), asText(field, u.address[field])];
          if (foer !== efter) unitChange("addressChanged", u, "AENDRET", field, foer, efter);
        }
      },
      phoneChanged: () => {
        const u = takeUnit((x) => x.telefonNummer !== null && x.telefonNummer !== "0");
        let telefonNummer = "1" + rng.digits(7);
        while (telefonNummer === u.telefonNummer) telefonNummer = "1" + rng.digits(7);
        editUnit(u, { telefonNummer });
        unitChange("phoneChanged", u, "AENDRET", "telefonNummer", telefonNummer, u.telefonNummer);
      },
      daginstitutionRenamed: () => {
        const x = first(daginstitutioner, (c) => c.aktiv && c.group === "paragraf19" && activeUnder(c) >= 2 && c.units.every((u) => !reserved.has(u)));
        const navn = uniqueName(() => clusterName(rng), names);
        editDag(x, { navn });
        dagChange("daginstitutionRenamed", x, "AENDRET", "navn", navn, x.navn);
      },
      alternativeAddressCreated: () => {
        const a = rng.shuffle(model.alternativeAdresser).find((c) => c.aktiv && !reserved.has(c.parent) && !reserved.has(c.parent.daginstitution) && c.parent.daginstitution.aktiv);
        if (!a) throw new NoCandidate();
        reserved.add(a.parent).add(a.parent.daginstitution);
        edits.push({ level: "alternativ_adresse", record: a, date, before: null });
        a.senestOpdateret = stamp();
        changes.push({ snapshotDato: date, niveau: "ALTERNATIV_ADRESSE", nummer: a.nummer, navn: a.navn, art: "OPRETTET", felt: null, foer: null, efter: null, event: "alternativeAddressCreated" });
      },
    };
    for (const [event, count] of Object.entries(DEMO_HISTORY_SCHEDULE[date] ?? {}) as [DemoHistoryEvent, number][]) {
      for (let i = 0; i < count; i++) {
        try {
          handlers[event]();
        } catch (error) {
          // Only a demo well below scale 1 runs out of records that fit: it gets fewer changes.
          if (!(error instanceof NoCandidate)) throw error;
        }
      }
    }
  }
  return { edits, changes };
}
