import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeSummary } from "../../app/statistik/_lib/summaries";
import type { Database } from "../../lib/db/client";
import { formatNumber } from "../../lib/format/danish";
import { getRegisterStatistics, readRegisterStatistics, type Breakdown, type RegisterStatistics, type StatItem } from "../../lib/register/statistics";
import { openDemoDatabase } from "../helpers/test-database";

let db: Database;
const AKTIV = { status: "AKTIV" } as const;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const item = (breakdown: Breakdown, label: string): StatItem | undefined => breakdown.items.find((i) => i.label === label);

beforeAll(async () => {
  db = await openDemoDatabase();
});
afterAll(() => db.close());

/** Units of the given daginstitutioner, plus units without a known daginstitution located in `kommuner` (if given). */
async function countUnits(daginstitutionWhere: object, kommuner?: number[]): Promise<number> {
  const parents = await db.prisma.daginstitution.findMany({ where: daginstitutionWhere, select: { nummer: true } });
  const children = await db.prisma.anvisningsenhed.count({ where: { ...AKTIV, daginstitutionsNummer: { in: parents.map((d) => d.nummer) } } });
  if (!kommuner) return children;
  const all = (await db.prisma.daginstitution.findMany({ select: { nummer: true } })).map((d) => d.nummer);
  const orphans = await db.prisma.anvisningsenhed.count({
    where: { ...AKTIV, kommuneKode: { in: kommuner }, OR: [{ daginstitutionsNummer: null }, { daginstitutionsNummer: { notIn: all } }] },
  });
  return children + orphans;
}

function expectConsistent(stats: RegisterStatistics, units: number, daginstitutioner: number) {
  expect(stats.totals.anvisningsenheder).toBe(units);
  expect(stats.totals.daginstitutioner).toBe(daginstitutioner);
  for (const breakdown of [stats.regioner, stats.typer, stats.ejerformer]) {
    expect(breakdown.total).toBe(units);
    expect(sum(breakdown.items.map((i) => i.count))).toBe(units);
  }
  expect(stats.lovgrundlag.total).toBe(daginstitutioner);
  expect(sum(stats.lovgrundlag.items.map((i) => i.count))).toBe(daginstitutioner);
  const { rows, columns, cells, total } = stats.typeEjerform;
  expect(total).toBe(units);
  expect(rows.map((row, r) => ({ key: row.key, count: sum(cells[r]) }))).toEqual(stats.typer.items.map((i) => ({ key: i.key, count: i.count })));
  expect(columns.map((column, c) => ({ key: column.key, count: sum(cells.map((row) => row[c])) }))).toEqual(
    stats.ejerformer.items.map((i) => ({ key: i.key, count: i.count })),
  );
  expect(sum(stats.kommuner.map((k) => k.anvisningsenheder))).toBe(units);
  expect(sum(stats.kommuner.map((k) => k.daginstitutioner))).toBe(daginstitutioner);
}

describe("getRegisterStatistics", () => {
  it("counts every active record once in every breakdown, so each sums to the total", async () => {
    const stats = await getRegisterStatistics();
    const units = await db.prisma.anvisningsenhed.count({ where: AKTIV });
    const daginstitutioner = await db.prisma.daginstitution.count({ where: AKTIV });
    expect(units).toBeGreaterThan(4000);
    expectConsistent(stats, units, daginstitutioner);
    expect(stats.totals.alternativeAdresser).toBe(await db.prisma.alternativAdresse.count({ where: AKTIV }));
    expect(stats.kommuner.filter((k) => k.kind === "kode")).toHaveLength(98);
    expect(stats.totals.kommunerMedEnheder).toBe(stats.kommuner.filter((k) => k.kind === "kode" && k.anvisningsenheder > 0).length);
  });

  it("gives the same counts as direct queries for a region, a type, an ejerform, a lovgrundlag and a kommune", async () => {
    const stats = await getRegisterStatistics();
    const hovedstaden = (await db.prisma.kommune.findMany({ where: { regionKode: 1084 }, select: { kode: true } })).map((k) => k.kode);
    expect(item(stats.regioner, "Region Hovedstaden")?.count).toBe(await countUnits({ admKommuneKode: { in: hovedstaden } }, hovedstaden));
    expect(item(stats.typer, "Aldersintegreret institution")?.count).toBe(await db.prisma.anvisningsenhed.count({ where: { ...AKTIV, instType3: 6012 } }));
    expect(item(stats.ejerformer, "Privat")?.count).toBe(await countUnits({ ejerformKode: 3 }));
    expect(item(stats.lovgrundlag, "Klub")?.count).toBe(await db.prisma.daginstitution.count({ where: { ...AKTIV, lovgrundlagKode: 8 } }));
    const aarhus = stats.kommuner.find((k) => k.kode === 751)!;
    expect(aarhus).toMatchObject({ navn: "Aarhus", regionNavn: "Region Midtjylland" });
    expect(aarhus.anvisningsenheder).toBe(await countUnits({ admKommuneKode: 751 }, [751]));
    expect(aarhus.daginstitutioner).toBe(await db.prisma.daginstitution.count({ where: { ...AKTIV, admKommuneKode: 751 } }));
    const privatKlub = stats.typeEjerform.cells[stats.typer.items.findIndex((i) => i.kode === 6021)][stats.ejerformer.items.findIndex((i) => i.kode === 3)];
    const privat = (await db.prisma.daginstitution.findMany({ where: { ejerformKode: 3 }, select: { nummer: true } })).map((d) => d.nummer);
    expect(privatKlub).toBe(await db.prisma.anvisningsenhed.count({ where: { ...AKTIV, instType3: 6021, daginstitutionsNummer: { in: privat } } }));
  });

  it("counts units without a known daginstitution under their own ejerform category", async () => {
    const stats = await getRegisterStatistics();
    const known = (await db.prisma.daginstitution.findMany({ select: { nummer: true } })).map((d) => d.nummer);
    const orphans = await db.prisma.anvisningsenhed.count({ where: { ...AKTIV, OR: [{ daginstitutionsNummer: null }, { daginstitutionsNummer: { notIn: known } }] } });
    expect(orphans).toBeGreaterThan(0);
    expect(item(stats.ejerformer, "Uden kendt daginstitution")).toMatchObject({ count: orphans, kind: "mangler" });
    expect(stats.ejerformer.items.at(-1)?.label).toBe("Uden kendt daginstitution");
  });

  it("summarises the largest institutionstype with its count, the total and its share", async () => {
    const stats = await getRegisterStatistics();
    const [top] = stats.typer.items;
    const share = Math.round((100 * top.count) / stats.typer.total);
    expect(typeSummary(stats.typer)).toMatch(
      new RegExp(`^${top.label} er den største institutionstype med ${formatNumber(top.count)} af ${formatNumber(stats.typer.total)} aktive anvisningsenheder \\(${share}\u00a0%\\)\\. Derefter følger `),
    );
  });

  it("counts missing and unknown codes and kommuner under Mangler and Ukendt, still summing to the totals", async () => {
    const [unknownType, missingType, orphan] = await db.prisma.anvisningsenhed.findMany({ where: { ...AKTIV, daginstitutionsNummer: { not: null } }, orderBy: { nummer: "asc" }, take: 3 });
    const daginstitution = await db.prisma.daginstitution.findUniqueOrThrow({ where: { nummer: unknownType.daginstitutionsNummer! } });
    try {
      await db.prisma.anvisningsenhed.update({ where: { nummer: unknownType.nummer }, data: { instType3: 9999 } });
      await db.prisma.anvisningsenhed.update({ where: { nummer: missingType.nummer }, data: { instType3: null } });
      await db.prisma.anvisningsenhed.update({ where: { nummer: orphan.nummer }, data: { daginstitutionsNummer: null, kommuneKode: 999 } });
      await db.prisma.daginstitution.update({ where: { nummer: daginstitution.nummer }, data: { lovgrundlagKode: 77, ejerformKode: null } });
      // Edited behind the importer's back, so the snapshot's cached statistics would not see it: read afresh.
      const stats = await readRegisterStatistics();
      expectConsistent(stats, await db.prisma.anvisningsenhed.count({ where: AKTIV }), await db.prisma.daginstitution.count({ where: AKTIV }));
      expect(item(stats.typer, "Ukendt kode 9999")).toMatchObject({ count: 1, kind: "ukendt" });
      expect(item(stats.typer, "Mangler")).toMatchObject({ count: 1, kind: "mangler" });
      expect(stats.typer.items.slice(-2).map((i) => i.label)).toEqual(["Ukendt kode 9999", "Mangler"]);
      expect(item(stats.regioner, "Ukendt kommune")).toMatchObject({ count: 1, kind: "ukendt" });
      expect(stats.kommuner.at(-1)).toMatchObject({ navn: "Ukendt kommunekode 999", kind: "ukendt", anvisningsenheder: 1, daginstitutioner: 0 });
      expect(item(stats.lovgrundlag, "Ukendt kode 77")).toMatchObject({ count: 1, kind: "ukendt" });
      const children = await db.prisma.anvisningsenhed.count({ where: { ...AKTIV, daginstitutionsNummer: daginstitution.nummer } });
      expect(children).toBeGreaterThan(0);
      expect(item(stats.ejerformer, "Mangler")).toMatchObject({ count: children, kind: "mangler" });
    } finally {
      for (const unit of [unknownType, missingType, orphan]) {
        await db.prisma.anvisningsenhed.update({ where: { nummer: unit.nummer }, data: { instType3: unit.instType3, daginstitutionsNummer: unit.daginstitutionsNummer, kommuneKode: unit.kommuneKode } });
      }
      await db.prisma.daginstitution.update({ where: { nummer: daginstitution.nummer }, data: { lovgrundlagKode: daginstitution.lovgrundlagKode, ejerformKode: daginstitution.ejerformKode } });
    }
  });
});
