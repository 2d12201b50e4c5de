import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import {
  DEMO_ALTERNATIVE_ADRESSER, DEMO_QUALITY_BREAKS, DEMO_RULE_BREAKS, DEMO_UNITS_IN_NEIGHBOUR_KOMMUNE, writeDemoSnapshot, type DemoSnapshot,
} from "../../lib/demo/generate";
import { importSnapshot, type ImportSummary } from "../../lib/import/import-snapshot";
import { OFFICIAL_FILE_NAMES } from "../../lib/official-format/columns";
import { tempDir } from "../helpers/fixtures";
import { emptyRegister, openTestDatabase, registerContent } from "../helpers/test-database";

describe("the demo snapshot through the importer", () => {
  let db: Database;
  let dir: string;
  let demo: DemoSnapshot;
  let summary: ImportSummary;

  beforeAll(async () => {
    db = await openTestDatabase();
    dir = tempDir("dagtilbud-demo-");
    demo = (await writeDemoSnapshot(dir)).snapshot;
    const levelFiles = [OFFICIAL_FILE_NAMES.daginstitutioner, OFFICIAL_FILE_NAMES.anvisningsenheder, OFFICIAL_FILE_NAMES.alternativeAdresser];
    summary = await importSnapshot(db, levelFiles.map((name) => path.join(dir, name)));
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is marked as demo data with the generator's snapshot date", () => {
    expect(summary.demo).toBe(true);
    expect(summary.snapshotDato.toISOString().slice(0, 10)).toBe(demo.manifest.snapshotDato);
  });

  it("stores every row at national volume", async () => {
    expect(summary.totals.indsat).toBe(demo.counts.daginstitutioner + demo.counts.anvisningsenheder + demo.counts.alternativeAdresser);
    expect(await db.prisma.anvisningsenhed.count({ where: { status: "AKTIV" } })).toBe(demo.counts.anvisningsenhederAktive);
    expect(await db.prisma.alternativAdresse.count({ where: { status: "AKTIV" } })).toBe(DEMO_ALTERNATIVE_ADRESSER.aktive);
    expect(demo.counts.anvisningsenhederAktive).toBeGreaterThan(4700);
  });

  it("reports exactly the rule breaks the generator put in", () => {
    const byRule: Record<string, number> = {};
    for (const f of summary.findings) byRule[f.regel] = (byRule[f.regel] ?? 0) + 1;
    expect(byRule).toEqual({
      MANGLER_PNUMMER: DEMO_RULE_BREAKS.activeUnitsWithoutPNummer,
      MANGLER_CVR: DEMO_RULE_BREAKS.unitsWithoutCvr,
      CVR_KONTROLCIFFER: DEMO_RULE_BREAKS.unitsWithInvalidCvr,
      MANGLER_FORAELDER: DEMO_RULE_BREAKS.unitsWithoutDaginstitution,
      KOMMUNE_AFVIGER: DEMO_UNITS_IN_NEIGHBOUR_KOMMUNE,
    });
    const flagged = summary.findings.filter((f) => f.regel === "MANGLER_PNUMMER").map((f) => f.nummer).sort();
    expect(flagged).toEqual([...demo.irregularities.activeUnitsWithoutPNummer].sort());
  });

  it("keeps the data-quality problems the import rules do not catch, exactly where the generator put them", async () => {
    const numbers = async (sql: string) => (await db.prisma.$queryRawUnsafe<{ nummer: string }[]>(`${sql} ORDER BY 1`)).map((r) => r.nummer);
    const irr = demo.irregularities;
    expect(await numbers("SELECT nummer FROM anvisningsenhed WHERE geo_bredde IS NULL OR geo_laengde IS NULL")).toEqual(irr.activeUnitsWithoutCoordinates);
    expect(await numbers("SELECT nummer FROM anvisningsenhed WHERE status = 'aktiv' AND email IS NULL AND (telefon_nummer IS NULL OR telefon_nummer = '0')")).toEqual(irr.activeUnitsWithoutContact);
    expect(await numbers(
      `SELECT d.nummer FROM daginstitution d WHERE d.status = 'aktiv'
       AND NOT EXISTS (SELECT 1 FROM anvisningsenhed a WHERE a.daginstitutions_nummer = d.nummer AND a.status = 'aktiv')`,
    )).toEqual(irr.activeDaginstitutionerWithoutActiveUnit);
    expect(await numbers(
      "SELECT a.nummer FROM anvisningsenhed a JOIN daginstitution d ON d.nummer = a.daginstitutions_nummer WHERE a.status = 'aktiv' AND d.status = 'nedlagt'",
    )).toEqual(irr.activeUnitsUnderClosedDaginstitution);
    // Postcodes the reference lists for other kommuner only; a kommune it lists no postcode for cannot be checked.
    expect(await numbers(
      `SELECT a.nummer FROM anvisningsenhed a JOIN postnummer p ON p.nummer = a.post_nummer
       WHERE a.status = 'aktiv' AND cardinality(p.kommune_koder) > 0 AND NOT (a.kommune_kode = ANY (p.kommune_koder))
       AND a.kommune_kode IN (SELECT unnest(kommune_koder) FROM postnummer)`,
    )).toEqual(irr.activeUnitsWithPostnummerOutsideKommune);
    for (const [key, count] of Object.entries(DEMO_QUALITY_BREAKS)) expect(irr[key as keyof typeof DEMO_QUALITY_BREAKS], key).toHaveLength(count);
  });

  it("gives the same register from the samlet file alone as from the three level files", async () => {
    const fromLevels = await registerContent(db);
    await emptyRegister(db);
    const samlet = await importSnapshot(db, [path.join(dir, OFFICIAL_FILE_NAMES.samlet)]);
    expect(samlet.totals.indsat).toBe(summary.totals.indsat);
    const fromSamlet = await registerContent(db);
    expect(fromSamlet.daginstitutioner).toEqual(fromLevels.daginstitutioner);
    expect(fromSamlet.anvisningsenheder).toEqual(fromLevels.anvisningsenheder);
    expect(fromSamlet.alternativeAdresser).toEqual(fromLevels.alternativeAdresser);
  });
});
