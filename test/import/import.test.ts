import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { ImportError } from "../../lib/import/import-error";
import { importSnapshot } from "../../lib/import/import-snapshot";
import { DAGTILBUDSTYPE, SAMLET_COLUMNS } from "../../lib/official-format/columns";
import { writeOfficialCsv } from "../../lib/official-format/csv-writer";
import { anvisningsenhed, daginstitution, smallSnapshot, tempDir, writeRawFile, writeSnapshotFiles } from "../helpers/fixtures";
import { databaseFingerprint, emptyRegister, openTestDatabase } from "../helpers/test-database";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let db: Database & { dir: string | null };
const dirs: string[] = [];

function files(levels: Parameters<typeof writeSnapshotFiles>[1]) {
  const dir = tempDir();
  dirs.push(dir);
  return writeSnapshotFiles(dir, levels);
}
async function status(nummer: string) {
  return db.prisma.anvisningsenhed.findUniqueOrThrow({ where: { nummer }, select: { status: true, lukketDato: true, foersteSetDato: true, snapshotId: true } });
}

beforeAll(async () => {
  db = await openTestDatabase();
});
beforeEach(() => emptyRegister(db));
afterAll(async () => {
  await db?.close();
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

describe("importing a snapshot", () => {
  it("stores every level faithfully and records the import", async () => {
    const summary = await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-20") });
    expect(summary.totals).toEqual({ indsat: 6, opdateret: 0, lukket: 0, genaabnet: 0, uaendret: 0 });
    expect(summary.findings).toEqual([]);

    const unit = await db.prisma.anvisningsenhed.findUniqueOrThrow({ where: { nummer: "G10001" } });
    expect(unit).toMatchObject({
      navn: "Børnehuset G10001", daginstitutionsNummer: "E10001", vejNavn: "Åboulevard", husNummer: "12A", postNummer: "1000",
      kommuneKode: 101, geoBredde: 55.676098, geoLaengde: 12.568337, instType3: 6012, cvrNummer: "29188505", email: null,
      adresse: "Åboulevard 12A, 1000 København K", status: "AKTIV", foersteSetDato: day("2026-11-20"), lukketDato: null, snapshotId: summary.snapshotId,
    });
    expect(unit.senestOpdateret?.toISOString()).toBe("2021-12-01T09:18:47.000Z");
    const snapshot = await db.prisma.snapshot.findUniqueOrThrow({ where: { id: summary.snapshotId } });
    expect(snapshot).toMatchObject({ snapshotDato: day("2026-11-20"), indsat: 6, demo: false, niveauer: ["DAGINSTITUTION", "ANVISNINGSENHED", "ALTERNATIV_ADRESSE"] });
    expect(snapshot.kilde).toContain("anvisningsenheder.csv");
  });

  it("changes nothing on a second import of the same snapshot", async () => {
    const snapshotFiles = files(smallSnapshot());
    await importSnapshot(db, snapshotFiles, { snapshotDato: day("2026-11-20") });
    const before = await databaseFingerprint(db);
    const second = await importSnapshot(db, snapshotFiles, { snapshotDato: day("2026-11-21") });
    expect(second.totals).toEqual({ indsat: 0, opdateret: 0, lukket: 0, genaabnet: 0, uaendret: 6 });
    const after = await databaseFingerprint(db);
    for (const table of ["daginstitution", "anvisningsenhed", "alternativ_adresse"]) expect(after[table]).toEqual(before[table]);
    expect(after.snapshot.rows).toBe(before.snapshot.rows + 1);
  });

  it("brings derived columns up to date without counting the row as changed", async () => {
    const first = await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-20") });
    await db.prisma.anvisningsenhed.updateMany({ data: { soegetekst: "", adresse: "" } });
    const second = await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-21") });
    expect(second.totals).toEqual({ indsat: 0, opdateret: 0, lukket: 0, genaabnet: 0, uaendret: 6 });
    expect(await db.prisma.anvisningsenhed.findUniqueOrThrow({ where: { nummer: "G10001" } })).toMatchObject({
      soegetekst: "boernehuset g10001 aaboulevard 12a 1000 koebenhavn k", adresse: "Åboulevard 12A, 1000 København K", snapshotId: first.snapshotId,
    });
  });

  it("updates a changed row and stamps it with the new snapshot", async () => {
    await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-20") });
    const changed = smallSnapshot();
    changed.anvisningsenheder[0] = anvisningsenhed("G10001", "E10001", { anvisningsenhedsNavn: "Børnehuset Regnbuen", pNummer: "1099999999" });
    const summary = await importSnapshot(db, files(changed), { snapshotDato: day("2026-11-21") });
    expect(summary.totals).toMatchObject({ indsat: 0, opdateret: 1, uaendret: 5 });
    const unit = await db.prisma.anvisningsenhed.findUniqueOrThrow({ where: { nummer: "G10001" } });
    expect(unit).toMatchObject({ navn: "Børnehuset Regnbuen", pNummer: "1099999999", snapshotId: summary.snapshotId, foersteSetDato: day("2026-11-20") });
  });

  it("marks a unit missing from a new full snapshot closed, never deletes it, and reopens it when it returns", async () => {
    await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-20") });
    const without = smallSnapshot();
    without.anvisningsenheder = without.anvisningsenheder.filter((u) => u.anvisningsenhedsNummer !== "G10003");
    const closing = await importSnapshot(db, files(without), { snapshotDato: day("2026-11-21") });
    expect(closing.counts.anvisningsenhed).toEqual({ indsat: 0, opdateret: 0, lukket: 1, genaabnet: 0, uaendret: 2 });
    expect(await status("G10003")).toEqual({ status: "NEDLAGT", lukketDato: day("2026-11-21"), foersteSetDato: day("2026-11-20"), snapshotId: closing.snapshotId });

    const again = await importSnapshot(db, files(without), { snapshotDato: day("2026-11-22") });
    expect(again.totals.lukket).toBe(0);
    expect((await status("G10003")).lukketDato).toEqual(day("2026-11-21"));

    const reopening = await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-23") });
    expect(reopening.counts.anvisningsenhed).toMatchObject({ genaabnet: 1, lukket: 0 });
    expect(await status("G10003")).toMatchObject({ status: "AKTIV", lukketDato: null, foersteSetDato: day("2026-11-20") });
  });

  it("stores a row the register marks Nedlagt as closed", async () => {
    const levels = smallSnapshot();
    levels.anvisningsenheder[1] = anvisningsenhed("G10003", "E10001", { aktivitetsstatus: "Nedlagt" });
    await importSnapshot(db, files(levels), { snapshotDato: day("2026-11-20") });
    expect(await status("G10003")).toMatchObject({ status: "NEDLAGT", lukketDato: day("2026-11-20") });
  });

  it("never closes rows of a level the files do not bring", async () => {
    await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-20") });
    const onlyUnits = { anvisningsenheder: smallSnapshot().anvisningsenheder.slice(0, 1) };
    const summary = await importSnapshot(db, files(onlyUnits), { snapshotDato: day("2026-11-21") });
    expect(summary.counts).toMatchObject({ daginstitution: null, alternativ_adresse: null, anvisningsenhed: { lukket: 2, uaendret: 1 } });
    expect(await db.prisma.daginstitution.count({ where: { status: "AKTIV" } })).toBe(2);
    expect(await db.prisma.alternativAdresse.count({ where: { status: "AKTIV" } })).toBe(1);
  });

  it("keeps rows that break a register rule, and stores the findings with the import", async () => {
    const levels = smallSnapshot();
    levels.anvisningsenheder.push(anvisningsenhed("G10007", "", { pNummer: "", cvrNummer: "29188506", instType3: "6099" }));
    const summary = await importSnapshot(db, files(levels), { snapshotDato: day("2026-11-20") });
    expect(await db.prisma.anvisningsenhed.findUnique({ where: { nummer: "G10007" } })).toMatchObject({ daginstitutionsNummer: null, pNummer: null, cvrNummer: "29188506", instType3: 6099 });
    const stored = await db.prisma.importFund.findMany({ where: { snapshotId: summary.snapshotId }, orderBy: { regel: "asc" } });
    expect(stored.map((f) => [f.regel, f.nummer, f.fil, f.linje])).toEqual([
      ["CVR_KONTROLCIFFER", "G10007", "anvisningsenheder.csv", 5],
      ["MANGLER_FORAELDER", "G10007", "anvisningsenheder.csv", 5],
      ["MANGLER_PNUMMER", "G10007", "anvisningsenheder.csv", 5],
      ["UKENDT_KODE", "G10007", "anvisningsenheder.csv", 5],
    ]);
    expect((await db.prisma.snapshot.findUniqueOrThrow({ where: { id: summary.snapshotId } })).fund).toBe(4);
  });
});

describe("a rejected import", () => {
  it("leaves the database exactly as it was when a file has a broken row", async () => {
    await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-20") });
    const before = await databaseFingerprint(db);
    const broken = smallSnapshot();
    broken.daginstitutioner.push(daginstitution("E10003"));
    broken.anvisningsenheder = broken.anvisningsenheder.slice(1);
    broken.anvisningsenheder.push(anvisningsenhed("G10009", "E10003", { geoBredde: "nord" }));
    const error = await importSnapshot(db, files(broken), { snapshotDato: day("2026-11-21") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe('anvisningsenheder.csv, line 4, column geoBredde: "nord" is not a coordinate');
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("leaves the database as it was when the second file of an import is broken", async () => {
    await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-20") });
    const before = await databaseFingerprint(db);
    const dir = tempDir();
    dirs.push(dir);
    const good = writeSnapshotFiles(dir, { daginstitutioner: [daginstitution("E10001")] });
    const bad = writeRawFile(dir, "zz-anvisningsenheder.csv", "\uFEFFanvisningsenhedsNummer;anvisningsenhedsNavn;daginstitutionsNummer\r\nG10001;A;E10001\r\nG10001;B;E10001\r\n");
    await expect(importSnapshot(db, [...good, bad])).rejects.toThrow(/zz-anvisningsenheder\.csv, line 3, column anvisningsenhedsNummer: the number G10001 appears twice/);
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});

describe("the samlet file", () => {
  it("imports all three levels from one file, taking a daginstitution from its units' rows when it has no row of its own, but never from a unit whose parent is unknown", async () => {
    const row = (values: Record<string, string>) => values;
    const dir = tempDir();
    dirs.push(dir);
    const file = writeRawFile(dir, "samlet.csv", writeOfficialCsv(SAMLET_COLUMNS, [
      row({ dagtilbudsType: DAGTILBUDSTYPE.daginstitution, daginstitutionsNummer: "E10001", dagtilbudsNavn: "Område Nord", ejerformKode: "1", lovgrundlagKode: "1", admKommuneKode: "101", aktivitetsstatus: "Aktiv" }),
      row({ dagtilbudsType: DAGTILBUDSTYPE.anvisningsenhed, anvisningsenhedsNummer: "G10001", daginstitutionsNummer: "E10001", dagtilbudsNavn: "Regnbuen", daginstitutionsNavn: "Område Nord", ejerformKode: "1", lovgrundlagKode: "1", admKommuneKode: "101", kommuneKode: "101", instType3: "6012", cvrNummer: "29188505", pNummer: "1000000001", geoBredde: "55,1", aktivitetsstatus: "Aktiv" }),
      row({ dagtilbudsType: DAGTILBUDSTYPE.anvisningsenhed, anvisningsenhedsNummer: "G10003", daginstitutionsNummer: "D20002", dagtilbudsNavn: "Solsikken", daginstitutionsNavn: "Solsikken", ejerformKode: "3", lovgrundlagKode: "4", admKommuneKode: "751", kommuneKode: "751", instType3: "6011", cvrNummer: "10000009", pNummer: "1000000003", aktivitetsstatus: "Aktiv" }),
      row({ dagtilbudsType: DAGTILBUDSTYPE.alternativAdresse, alternativAdresseNummer: "G10002", anvisningsenhedsNummer: "G10001", dagtilbudsNavn: "Udegruppen", kommuneKode: "101", aktivitetsstatus: "Aktiv" }),
      row({ dagtilbudsType: DAGTILBUDSTYPE.anvisningsenhed, anvisningsenhedsNummer: "G10005", daginstitutionsNummer: "E99999", dagtilbudsNavn: "Forældreløs", kommuneKode: "101", instType3: "6011", cvrNummer: "29188505", pNummer: "1000000005", aktivitetsstatus: "Aktiv" }),
    ]));
    const summary = await importSnapshot(db, [file], { snapshotDato: day("2026-11-20") });
    expect(summary.findings.map((f) => [f.regel, f.nummer])).toEqual([["UKENDT_FORAELDER", "G10005"]]);
    expect(summary.counts).toMatchObject({ daginstitution: { indsat: 2 }, anvisningsenhed: { indsat: 3 }, alternativ_adresse: { indsat: 1 } });
    expect(await db.prisma.daginstitution.findUnique({ where: { nummer: "E99999" } })).toBeNull();
    expect(await db.prisma.daginstitution.findUniqueOrThrow({ where: { nummer: "D20002" } })).toMatchObject({ navn: "Solsikken", ejerformKode: 3, lovgrundlagKode: 4, admKommuneKode: 751 });
    expect(await db.prisma.alternativAdresse.findUniqueOrThrow({ where: { nummer: "G10002" } })).toMatchObject({ navn: "Udegruppen", anvisningsenhedsNummer: "G10001" });
  });
});

describe("the CSV quirks of real exports survive the import", () => {
  it("BOM, CRLF, quoted ;, bare quotes, decimal comma, æøå and an empty parent", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const header = "anvisningsenhedsNummer;anvisningsenhedsNavn;vejNavn;husNummer;postNummer;byNavn;kommuneKode;geoBredde;geoLaengde;instType3;cvrNummer;pNummer;daginstitutionsNummer";
    const file = writeRawFile(dir, path.basename("anvisningsenheder.csv"), [
      `\uFEFF${header}`,
      'G10001;Børnehuset "De fire Årstider";Ærøgade;7;8000;Aarhus C;751;56,157;10,2066;6012;29188505;1000000001;',
      'G10003;"Vuggestuen; Sol & Måne";"Øster Allé";12B;8000;Aarhus C;751;56.1;10.2;6010;29188505;1000000002;',
      "",
    ].join("\r\n"));
    await importSnapshot(db, [file], { snapshotDato: day("2026-11-20") });
    const rows = await db.prisma.anvisningsenhed.findMany({ orderBy: { nummer: "asc" }, select: { navn: true, vejNavn: true, geoBredde: true, geoLaengde: true, daginstitutionsNummer: true } });
    expect(rows).toEqual([
      { navn: 'Børnehuset "De fire Årstider"', vejNavn: "Ærøgade", geoBredde: 56.157, geoLaengde: 10.2066, daginstitutionsNummer: null },
      { navn: "Vuggestuen; Sol & Måne", vejNavn: "Øster Allé", geoBredde: 56.1, geoLaengde: 10.2, daginstitutionsNummer: null },
    ]);
  });
});
