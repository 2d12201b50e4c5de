/**
 * Reads the deterministic demo the e2e database is built from (.data/e2e/demo/<date>/, one folder per day of its
 * history; the last day is what the portal shows), so the tests can pick real numbers without a database.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { DEMO_HISTORY_DATES } from "../../lib/demo/constants";

const DEMO_DIR = path.resolve(".data/e2e/demo");
const LAST_DAY = DEMO_HISTORY_DATES[DEMO_HISTORY_DATES.length - 1];
const DAY_BEFORE = DEMO_HISTORY_DATES[DEMO_HISTORY_DATES.length - 2];

type Row = Record<string, string>;

function read(file: string, day: string = LAST_DAY): Row[] {
  return parse(fs.readFileSync(path.join(DEMO_DIR, day, file)), { delimiter: ";", bom: true, relax_quotes: true, columns: true }) as Row[];
}

export const daginstitutioner = read("daginstitutioner.csv");
export const anvisningsenheder = read("anvisningsenheder.csv");
export const alternativeAdresser = read("alternative_adresser.csv");

export const isActive = (row: Row) => row.aktivitetsstatus.toLowerCase() !== "nedlagt";

const daginstitutionByNummer = new Map(daginstitutioner.map((row) => [row.daginstitutionsNummer, row]));

export function parentOf(unit: Row): Row {
  const parent = daginstitutionByNummer.get(unit.daginstitutionsNummer);
  if (!parent) throw new Error(`No daginstitution ${unit.daginstitutionsNummer} for ${unit.anvisningsenhedsNummer}`);
  return parent;
}

function first<T>(rows: T[], what: string): T {
  if (rows.length === 0) throw new Error(`The demo snapshot has no ${what}`);
  return rows[0];
}

const hasParent = (unit: Row) => daginstitutionByNummer.has(unit.daginstitutionsNummer);

/** An active unit of an active kommunal daginstitution (outside København and Bornholm, whose names are special). */
export const kommunalUnit = first(
  anvisningsenheder.filter(
    (unit) =>
      isActive(unit) &&
      hasParent(unit) &&
      isActive(parentOf(unit)) &&
      parentOf(unit).ejerformKode === "1" &&
      !["101", "400"].includes(parentOf(unit).admKommuneKode) &&
      unit.pNummer !== "",
  ),
  "active unit of a kommunal daginstitution",
);

/** A unit closed on the last day (active the day before), so the portal recorded its closure in the last snapshot. */
export const closedUnit = (() => {
  const activeBefore = new Set(read("anvisningsenheder.csv", DAY_BEFORE).filter(isActive).map((unit) => unit.anvisningsenhedsNummer));
  return first(anvisningsenheder.filter((unit) => !isActive(unit) && hasParent(unit) && activeBefore.has(unit.anvisningsenhedsNummer)), "unit closed on the last day");
})();

export const privateDaginstitution = first(
  daginstitutioner.filter((row) => isActive(row) && row.ejerformKode === "3" && anvisningsenheder.some((unit) => unit.daginstitutionsNummer === row.daginstitutionsNummer)),
  "active private daginstitution with units",
);

export const alternativeAddress = first(
  alternativeAdresser.filter((alt) => isActive(alt) && anvisningsenheder.some((unit) => unit.anvisningsenhedsNummer === alt.anvisningsenhedsNummer && hasParent(unit))),
  "active alternative address with a unit",
);

export const unitOfAlternativeAddress = anvisningsenheder.find((unit) => unit.anvisningsenhedsNummer === alternativeAddress.anvisningsenhedsNummer)!;

/** Two units that share a p-nummer no other unit has. */
export const sharedPNummerPair = (() => {
  const byPNummer = new Map<string, Row[]>();
  for (const unit of anvisningsenheder) {
    if (!unit.pNummer) continue;
    byPNummer.set(unit.pNummer, [...(byPNummer.get(unit.pNummer) ?? []), unit]);
  }
  const pair = first([...byPNummer.values()].filter((units) => units.length === 2), "pair of units sharing a p-nummer");
  return pair as [Row, Row];
})();

/** A unit the importer records a finding for: its p-nummer is missing. */
export const unitWithoutPNummer = first(anvisningsenheder.filter((unit) => unit.pNummer === ""), "unit without p-nummer");

export const formatCount = (n: number) => new Intl.NumberFormat("da-DK").format(n);
