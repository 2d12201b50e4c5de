import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { Prisma } from "@/lib/generated/prisma/client";
import { UNIT_FROM } from "./unit-query";

/** `kode`: a code of the code list; `ukendt`: a code the list lacks; `mangler`: no code (or no daginstitution). */
export type StatKind = "kode" | "ukendt" | "mangler";
export type StatItem = { key: string; kode: number | null; label: string; count: number; kind: StatKind };
/** Every active record counted once: the items always sum to `total`. */
export type Breakdown = { total: number; items: StatItem[] };
export type CrossTable = { rows: StatItem[]; columns: StatItem[]; cells: number[][]; total: number };
export type KommuneStat = {
  key: string;
  kode: number | null;
  navn: string;
  regionNavn: string | null;
  kind: StatKind;
  daginstitutioner: number;
  anvisningsenheder: number;
};

export type RegisterStatistics = {
  totals: { daginstitutioner: number; anvisningsenheder: number; alternativeAdresser: number; kommunerMedEnheder: number };
  /** Anvisningsenheder by the region of their kommune (the daginstitution's, else the unit's own, as everywhere). */
  regioner: Breakdown;
  /** Anvisningsenheder by institutionstype (instType3). */
  typer: Breakdown;
  /** Anvisningsenheder by their daginstitution's ejerform. */
  ejerformer: Breakdown;
  /** Daginstitutioner by lovgrundlag. */
  lovgrundlag: Breakdown;
  /** Anvisningsenheder: institutionstype (rows) × ejerform (columns), in the order of `typer` and `ejerformer`. */
  typeEjerform: CrossTable;
  /** All kommuner of the reference list in Danish order, then any unknown or missing kommune that has records. */
  kommuner: KommuneStat[];
};

export const MISSING_LABEL = "Mangler";
export const NO_DAGINSTITUTION_LABEL = "Uden kendt daginstitution";
export const unknownCodeLabel = (kode: number) => `Ukendt kode ${kode}`;
export const unknownKommuneLabel = (kode: number) => `Ukendt kommunekode ${kode}`;
export const UNKNOWN_KOMMUNE_LABEL = "Ukendt kommune";

type Category = Omit<StatItem, "count">;
type UnitGroup = { kommune: number | null; type: number | null; harDaginstitution: boolean; ejerform: number | null; n: number };

const collator = new Intl.Collator("da");
const KIND_ORDER: Record<StatKind, number> = { kode: 0, ukendt: 1, mangler: 2 };

function codeCategory(labels: Map<number, string>, kode: number | null): Category {
  if (kode === null) return { key: "mangler", kode: null, label: MISSING_LABEL, kind: "mangler" };
  const label = labels.get(kode);
  return label === undefined ? { key: `ukendt-${kode}`, kode, label: unknownCodeLabel(kode), kind: "ukendt" } : { key: String(kode), kode, label, kind: "kode" };
}

/** Sums counts per category; the largest known codes first, then unknown codes, then missing ones. */
function tally<T extends { n: number }>(groups: T[], categorise: (group: T) => Category): StatItem[] {
  const items = new Map<string, StatItem>();
  for (const group of groups) {
    const category = categorise(group);
    const item = items.get(category.key) ?? { ...category, count: 0 };
    item.count += group.n;
    items.set(category.key, item);
  }
  return [...items.values()].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.count - a.count || collator.compare(a.label, b.label),
  );
}

const breakdown = (items: StatItem[]): Breakdown => ({ total: items.reduce((sum, item) => sum + item.count, 0), items });

/** The active register in numbers: totals and every breakdown the statistics page shows, read now. */
export async function readRegisterStatistics(): Promise<RegisterStatistics> {
  const prisma = await serverPrisma();
  const [unitGroups, daginstitutionGroups, alternativeAdresser, kommuner, regioner, ejerformer, lovgrundlag, typer] = await Promise.all([
    prisma.$queryRaw<UnitGroup[]>(Prisma.sql`
      SELECT COALESCE(d.adm_kommune_kode, a.kommune_kode) AS kommune, a.inst_type3 AS type,
        (d.nummer IS NOT NULL) AS "harDaginstitution", d.ejerform_kode AS ejerform, count(*)::int AS n
      ${UNIT_FROM} WHERE a.status = 'aktiv' GROUP BY 1, 2, 3, 4`),
    prisma.daginstitution.groupBy({ by: ["admKommuneKode", "lovgrundlagKode"], where: { status: "AKTIV" }, _count: { _all: true } }),
    prisma.alternativAdresse.count({ where: { status: "AKTIV" } }),
    prisma.kommune.findMany({ select: { kode: true, navn: true, regionKode: true } }),
    prisma.region.findMany({ select: { kode: true, navn: true } }),
    prisma.ejerform.findMany({ select: { kode: true, navn: true } }),
    prisma.lovgrundlag.findMany({ select: { kode: true, navn: true } }),
    prisma.institutionstype.findMany({ select: { kode: true, navn: true } }),
  ]);
  const labels = (rows: { kode: number; navn: string }[]) => new Map(rows.map((row) => [row.kode, row.navn]));
  const kommuneByKode = new Map(kommuner.map((k) => [k.kode, k]));
  const regionNavn = labels(regioner);
  const [ejerformLabels, lovgrundlagLabels, typeLabels] = [labels(ejerformer), labels(lovgrundlag), labels(typer)];

  const regionOf = ({ kommune }: UnitGroup): Category => {
    if (kommune === null) return { key: "mangler", kode: null, label: MISSING_LABEL, kind: "mangler" };
    const regionKode = kommuneByKode.get(kommune)?.regionKode;
    if (regionKode === undefined) return { key: "ukendt", kode: null, label: UNKNOWN_KOMMUNE_LABEL, kind: "ukendt" };
    return codeCategory(regionNavn, regionKode);
  };
  const typeOf = (group: UnitGroup) => codeCategory(typeLabels, group.type);
  const ejerformOf = (group: UnitGroup): Category =>
    group.harDaginstitution
      ? codeCategory(ejerformLabels, group.ejerform)
      : { key: "uden-daginstitution", kode: null, label: NO_DAGINSTITUTION_LABEL, kind: "mangler" };

  const units = breakdown(tally(unitGroups, typeOf));
  const ejerformItems = tally(unitGroups, ejerformOf);
  const daginstitutioner = daginstitutionGroups.map((g) => ({ kommune: g.admKommuneKode, lovgrundlag: g.lovgrundlagKode, n: g._count._all }));
  return {
    totals: {
      daginstitutioner: daginstitutioner.reduce((sum, g) => sum + g.n, 0),
      anvisningsenheder: units.total,
      alternativeAdresser,
      kommunerMedEnheder: new Set(unitGroups.flatMap((g) => (g.kommune !== null && kommuneByKode.has(g.kommune) ? [g.kommune] : []))).size,
    },
    regioner: breakdown(tally(unitGroups, regionOf)),
    typer: units,
    ejerformer: breakdown(ejerformItems),
    lovgrundlag: breakdown(tally(daginstitutioner, (g) => codeCategory(lovgrundlagLabels, g.lovgrundlag))),
    typeEjerform: {
      rows: units.items,
      columns: ejerformItems,
      cells: units.items.map((row) =>
        ejerformItems.map((column) =>
          unitGroups.filter((g) => typeOf(g).key === row.key && ejerformOf(g).key === column.key).reduce((sum, g) => sum + g.n, 0),
        ),
      ),
      total: units.total,
    },
    kommuner: kommuneStats(kommuner, regionNavn, unitGroups, daginstitutioner),
  };
}

/** The same, computed once per snapshot. */
export const getRegisterStatistics = perSnapshot("getRegisterStatistics", readRegisterStatistics);

function kommuneStats(
  kommuner: { kode: number; navn: string; regionKode: number }[],
  regionNavn: Map<number, string>,
  units: { kommune: number | null; n: number }[],
  daginstitutioner: { kommune: number | null; n: number }[],
): KommuneStat[] {
  const rows = new Map<string, KommuneStat>(
    [...kommuner]
      .sort((a, b) => collator.compare(a.navn, b.navn))
      .map((k) => [String(k.kode), { key: String(k.kode), kode: k.kode, navn: k.navn, regionNavn: regionNavn.get(k.regionKode) ?? null, kind: "kode", daginstitutioner: 0, anvisningsenheder: 0 }]),
  );
  const rowOf = (kommune: number | null): KommuneStat => {
    const key = kommune === null ? "mangler" : rows.has(String(kommune)) ? String(kommune) : `ukendt-${kommune}`;
    if (!rows.has(key)) {
      const navn = kommune === null ? MISSING_LABEL : unknownKommuneLabel(kommune);
      rows.set(key, { key, kode: kommune, navn, regionNavn: null, kind: kommune === null ? "mangler" : "ukendt", daginstitutioner: 0, anvisningsenheder: 0 });
    }
    return rows.get(key)!;
  };
  for (const group of units) rowOf(group.kommune).anvisningsenheder += group.n;
  for (const group of daginstitutioner) rowOf(group.kommune).daginstitutioner += group.n;
  return [...rows.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
