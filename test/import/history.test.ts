import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { ImportError } from "../../lib/import/import-error";
import { importSnapshot } from "../../lib/import/import-snapshot";
import { tempDir, writeSnapshotFiles } from "../helpers/fixtures";
import { day1, day2, day3, day4 } from "../helpers/history-fixture";
import { databaseFingerprint, openTestDatabase } from "../helpers/test-database";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let db: Database & { dir: string | null };
const dirs: string[] = [];

function files(levels: Parameters<typeof writeSnapshotFiles>[1]) {
  const dir = tempDir();
  dirs.push(dir);
  return writeSnapshotFiles(dir, levels);
}

async function changes(snapshotDato?: string) {
  const rows = await db.prisma.aendring.findMany({
    where: snapshotDato ? { snapshotDato: day(snapshotDato) } : {},
    orderBy: [{ niveau: "asc" }, { nummer: "asc" }, { art: "asc" }, { felt: "asc" }],
    select: { snapshotDato: true, niveau: true, nummer: true, navn: true, kommuneKode: true, art: true, felt: true, foer: true, efter: true },
  });
  return rows.map(({ snapshotDato, ...row }) => ({ dato: snapshotDato.toISOString().slice(0, 10), ...row }));
}

let snapshotFiles: string[][];

beforeAll(async () => {
  db = await openTestDatabase();
  snapshotFiles = [day1, day2, day3, day4].map((levels) => files(levels));
});
afterAll(async () => {
  await db?.close();
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

describe("history from a sequence of snapshots", () => {
  it("records nothing for the first import: it is the baseline, not a day of creations", async () => {
    const summary = await importSnapshot(db, snapshotFiles[0], { snapshotDato: day("2026-11-16") });
    expect(summary.totals.indsat).toBe(6);
    expect(summary.aendringer).toBe(0);
    expect(await changes()).toEqual([]);
  });

  it("records a creation, renames, a new p-nummer and a move, with old and new values", async () => {
    const summary = await importSnapshot(db, snapshotFiles[1], { snapshotDato: day("2026-11-17") });
    expect(await changes("2026-11-17")).toEqual([
      { dato: "2026-11-17", niveau: "DAGINSTITUTION", nummer: "D10002", navn: "Den Private Have", kommuneKode: 101, art: "AENDRET", felt: "navn", foer: "Daginstitution D10002", efter: "Den Private Have" },
      { dato: "2026-11-17", niveau: "ANVISNINGSENHED", nummer: "G10003", navn: "Vuggestuen Mælkebøtten", kommuneKode: 101, art: "AENDRET", felt: "navn", foer: "Børnehuset G10003", efter: "Vuggestuen Mælkebøtten" },
      { dato: "2026-11-17", niveau: "ANVISNINGSENHED", nummer: "G10003", navn: "Vuggestuen Mælkebøtten", kommuneKode: 101, art: "AENDRET", felt: "pNummer", foer: "1010003000", efter: "1012345678" },
      { dato: "2026-11-17", niveau: "ANVISNINGSENHED", nummer: "G10005", navn: "Børnehuset G10005", kommuneKode: 101, art: "FLYTTET", felt: "daginstitutionsNummer", foer: "D10002", efter: "E10001" },
      { dato: "2026-11-17", niveau: "ANVISNINGSENHED", nummer: "G10007", navn: "Børnehuset G10007", kommuneKode: 147, art: "OPRETTET", felt: null, foer: null, efter: null },
    ]);
    expect(summary.aendringer).toBe(5);
  });

  it("records a closure marked in the file, a unit that vanished, and a moved alternative address", async () => {
    await importSnapshot(db, snapshotFiles[2], { snapshotDato: day("2026-11-18") });
    expect(await changes("2026-11-18")).toEqual([
      { dato: "2026-11-18", niveau: "ANVISNINGSENHED", nummer: "G10003", navn: "Vuggestuen Mælkebøtten", kommuneKode: 101, art: "NEDLAGT", felt: null, foer: null, efter: null },
      { dato: "2026-11-18", niveau: "ANVISNINGSENHED", nummer: "G10007", navn: "Børnehuset G10007", kommuneKode: 147, art: "NEDLAGT", felt: null, foer: null, efter: null },
      { dato: "2026-11-18", niveau: "ALTERNATIV_ADRESSE", nummer: "G10002", navn: "Udegruppen G10002", kommuneKode: 101, art: "FLYTTET", felt: "anvisningsenhedsNummer", foer: "G10001", efter: "G10005" },
    ]);
  });

  it("records reopenings, and a field change that comes with one", async () => {
    await importSnapshot(db, snapshotFiles[3], { snapshotDato: day("2026-11-19") });
    expect(await changes("2026-11-19")).toEqual([
      { dato: "2026-11-19", niveau: "ANVISNINGSENHED", nummer: "G10003", navn: "Vuggestuen Mælkebøtten", kommuneKode: 101, art: "GENAABNET", felt: null, foer: null, efter: null },
      { dato: "2026-11-19", niveau: "ANVISNINGSENHED", nummer: "G10003", navn: "Vuggestuen Mælkebøtten", kommuneKode: 101, art: "AENDRET", felt: "telefonNummer", foer: "12345678", efter: "87654321" },
      { dato: "2026-11-19", niveau: "ANVISNINGSENHED", nummer: "G10007", navn: "Børnehuset G10007", kommuneKode: 147, art: "GENAABNET", felt: null, foer: null, efter: null },
    ]);
    expect(await changes()).toHaveLength(11);
  });

  it("adds no change when the latest snapshot comes again, on its own date or a later one", async () => {
    const before = await databaseFingerprint(db);
    const again = await importSnapshot(db, snapshotFiles[3], { snapshotDato: day("2026-11-19") });
    const later = await importSnapshot(db, snapshotFiles[3], { snapshotDato: day("2026-11-20") });
    expect([again.aendringer, later.aendringer]).toEqual([0, 0]);
    expect((await databaseFingerprint(db)).aendring).toEqual(before.aendring);
  });

  it("refuses an older snapshot whole, so re-importing any earlier day adds nothing", async () => {
    const before = await databaseFingerprint(db);
    for (const [index, dato] of ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"].entries()) {
      const attempt = importSnapshot(db, snapshotFiles[index], { snapshotDato: day(dato) });
      await expect(attempt).rejects.toThrow(ImportError);
      await expect(attempt).rejects.toThrow(/older than the latest imported snapshot \(2026-11-20\)/);
    }
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("records no closures for a level the files do not bring", async () => {
    const summary = await importSnapshot(db, files({ daginstitutioner: day4.daginstitutioner }), { snapshotDato: day("2026-11-21") });
    expect(summary.aendringer).toBe(0);
  });
});
