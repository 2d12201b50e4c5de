import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { importSnapshot } from "../../lib/import/import-snapshot";
import { REGISTER_RULES } from "../../lib/quality/rules";
import { alternativAdresse, anvisningsenhed, daginstitution, smallSnapshot, tempDir, writeSnapshotFiles, type CsvRecord } from "../helpers/fixtures";
import { emptyRegister, openTestDatabase } from "../helpers/test-database";

let db: Database & { dir: string | null };
const dirs: string[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

type Levels = ReturnType<typeof smallSnapshot>;

function write(levels: Partial<Levels>): string[] {
  const dir = tempDir();
  dirs.push(dir);
  return writeSnapshotFiles(dir, levels);
}

/** Imports the snapshot into the emptied register through the real importer; returns the stored findings. */
async function findingsOf(levels: Partial<Levels>) {
  await emptyRegister(db);
  await importSnapshot(db, write(levels));
  return allFindings();
}

function allFindings() {
  return db.prisma.kvalitetsfund.findMany({ orderBy: { id: "asc" } });
}

/** The small clean snapshot with some records replaced. */
function withDaginstitution(overrides: CsvRecord, nummer = "E10001") {
  const levels = smallSnapshot();
  levels.daginstitutioner = levels.daginstitutioner.map((d) => (d.daginstitutionsNummer === nummer ? daginstitution(nummer, { ...d, ...overrides }) : d));
  return levels;
}
function withUnit(overrides: CsvRecord, nummer = "G10001") {
  const levels = smallSnapshot();
  levels.anvisningsenheder = levels.anvisningsenheder.map((u) => (u.anvisningsenhedsNummer === nummer ? { ...u, ...overrides } : u));
  return levels;
}
function withAlternativAdresse(overrides: CsvRecord) {
  const levels = smallSnapshot();
  levels.alternativeAdresser = [alternativAdresse("G10002", "G10001", overrides)];
  return levels;
}
function withExtraDaginstitution(units: CsvRecord[] = []) {
  const levels = smallSnapshot();
  levels.daginstitutioner.push(daginstitution("E10009"));
  levels.anvisningsenheder.push(...units);
  return levels;
}

function closedDaginstitutionAndUnit() {
  const levels = withDaginstitution({ aktivitetsstatus: "Nedlagt" }, "D10002");
  levels.anvisningsenheder = levels.anvisningsenheder.map((u) => (u.anvisningsenhedsNummer === "G10005" ? { ...u, aktivitetsstatus: "Nedlagt" } : u));
  return levels;
}

const G10003_PNUMMER = smallSnapshot().anvisningsenheder[1].pNummer;

/** For each register rule: a snapshot that breaks it (and the records it must name), and one that keeps it. */
const CASES: [rule: keyof typeof REGISTER_RULES, failing: Levels, numbers: string[], passing: Levels][] = [
  ["KRYDS_EJERFORM", withDaginstitution({ ejerformKode: "3", ejerformKode_Tekst: "Privat" }), ["E10001"], withDaginstitution({ ejerformKode: "1" })],
  ["KRYDS_EJERFORM", withDaginstitution({ ejerformKode: "1", ejerformKode_Tekst: "Kommunal" }, "D10002"), ["D10002"], withDaginstitution({ lovgrundlagKode: "5", ejerformKode: "3", ejerformKode_Tekst: "Privat" }, "D10002")],
  ["KRYDS_TYPE", withUnit({ instType3: "6013", instType3_Tekst: "Dagpleje" }), ["G10001"], withUnit({ instType3: "6011", instType3_Tekst: "Børnehave" })],
  ["DAGINSTITUTION_UDEN_ENHED", withExtraDaginstitution(), ["E10009"], withExtraDaginstitution([anvisningsenhed("G10011", "E10009")])],
  ["DAGINSTITUTION_UDEN_ENHED", withExtraDaginstitution([anvisningsenhed("G10011", "E10009", { aktivitetsstatus: "Nedlagt" })]), ["E10009"], withExtraDaginstitution([anvisningsenhed("G10011", "E10009")])],
  ["ENHED_UNDER_NEDLAGT", withDaginstitution({ aktivitetsstatus: "Nedlagt" }, "D10002"), ["G10005"], closedDaginstitutionAndUnit()],
  ["MANGLER_PNUMMER", withUnit({ pNummer: "" }), ["G10001"], withUnit({ pNummer: "1012345678" })],
  ["CVR_KONTROLCIFFER", withUnit({ cvrNummer: "29188506" }), ["G10001"], withUnit({ cvrNummer: "29188505" })],
  ["CVR_KONTROLCIFFER", withAlternativAdresse({ cvrNummer: "10000008" }), ["G10002"], withAlternativAdresse({ cvrNummer: "10000009" })],
  ["PNUMMER_DELT", withUnit({ pNummer: G10003_PNUMMER }), ["G10001", "G10003"], withUnit({ pNummer: "1012345678" })],
  ["POSTNUMMER_KOMMUNE", withUnit({ postNummer: "8000", byNavn: "Aarhus C" }), ["G10001"], withUnit({ postNummer: "1058", byNavn: "København K" })],
  ["POSTNUMMER_KOMMUNE", withAlternativAdresse({ postNummer: "8000", byNavn: "Aarhus C" }), ["G10002"], withAlternativAdresse({ postNummer: "1000" })],
  ["POSTNUMMER_UKENDT", withUnit({ postNummer: "0999" }), ["G10001"], withUnit({ postNummer: "1000" })],
  ["MANGLER_KOORDINATER", withUnit({ geoBredde: "", geoLaengde: "" }), ["G10001"], withUnit({ geoBredde: "55,7", geoLaengde: "12,5" })],
  ["MANGLER_KOORDINATER", withAlternativAdresse({ geoLaengde: "" }), ["G10002"], withAlternativAdresse({})],
  ["MANGLER_KONTAKT", withUnit({ email: "", telefonNummer: "" }), ["G10001"], withUnit({ email: "kontakt@example.invalid", telefonNummer: "" })],
];

it("a clean snapshot has no findings", async () => {
  expect(await findingsOf(smallSnapshot())).toEqual([]);
});

it("every register rule has a case below", () => {
  expect(new Set(CASES.map(([rule]) => rule))).toEqual(new Set(Object.keys(REGISTER_RULES)));
});

describe.each(CASES)("rule %s", (rule, failing, numbers, passing) => {
  it(`is reported for ${numbers.join(", ")}`, async () => {
    const hits = (await findingsOf(failing)).filter((f) => f.regel === rule);
    expect(hits.map((f) => f.nummer).sort()).toEqual(numbers);
    for (const hit of hits) {
      expect(hit.alvorlighed).toBe(REGISTER_RULES[rule].alvorlighed);
      expect(hit.besked.length).toBeGreaterThan(20);
      expect(hit.navn).toBeTruthy();
      expect(hit.importFundId).toBeNull();
    }
  });
  it("is silent for a snapshot that keeps it", async () => {
    expect((await findingsOf(passing)).filter((f) => f.regel === rule)).toEqual([]);
  });
});

describe("what a finding says", () => {
  it("names the ejerform, the lovgrundlag and what the lovgrundlag requires, with the administrating kommune", async () => {
    const [hit] = await findingsOf(withDaginstitution({ ejerformKode: "3", ejerformKode_Tekst: "Privat", admKommuneKode: "751", admKommuneKode_Tekst: "Aarhus" }));
    expect(hit).toMatchObject({
      regel: "KRYDS_EJERFORM", niveau: "DAGINSTITUTION", nummer: "E10001", navn: "Daginstitution E10001", kommuneKode: 751,
      besked: "Ejerform 3 (Privat) passer ikke til lovgrundlag 1 (Kommunal daginstitution), som kræver ejerform 1 (Kommunal).",
      vaerdi: "ejerform 3, lovgrundlag 1",
    });
  });

  it("names the unit's type and what its daginstitution's lovgrundlag allows, under the kommune that administers it", async () => {
    const hits = await findingsOf(withUnit({ instType3: "6021", instType3_Tekst: "Klub", kommuneKode: "147" }));
    expect(hits.find((f) => f.regel === "KRYDS_TYPE")).toMatchObject({
      // The unit lies in 147, but its daginstitution E10001 is administered by 101, whose office fixes it.
      niveau: "ANVISNINGSENHED", nummer: "G10001", kommuneKode: 101, vaerdi: "type 6021, lovgrundlag 1",
      besked: expect.stringMatching(/^Type 6021 \(Klub\) passer ikke til lovgrundlag 1 \(Kommunal daginstitution\) for daginstitutionen E10001, som tillader typerne 6010 \(Vuggestue\), 6011 \(Børnehave\), 6012/),
    });
  });

  it("says which other units share a p-nummer", async () => {
    const levels = withUnit({ pNummer: G10003_PNUMMER });
    levels.anvisningsenheder.push(anvisningsenhed("G10007", "E10001", { pNummer: G10003_PNUMMER }));
    const hit = (await findingsOf(levels)).find((f) => f.regel === "PNUMMER_DELT" && f.nummer === "G10003");
    expect(hit).toMatchObject({ alvorlighed: "INFO", vaerdi: G10003_PNUMMER, besked: `P-nummer ${G10003_PNUMMER} bruges også af 2 andre aktive anvisningsenheder: G10001, G10007.` });
  });

  it("names the postcode's kommune and the address's kommune", async () => {
    const [hit] = (await findingsOf(withUnit({ postNummer: "8000", byNavn: "Aarhus C" }))).filter((f) => f.regel === "POSTNUMMER_KOMMUNE");
    expect(hit.besked).toBe("Postnummer 8000 Aarhus C hører efter portalens postnummerliste til kommune 751 (Aarhus), men adressen har kommunekode 101 (København).");
  });

  it("ignores a postcode whose kommune the reference does not know", async () => {
    expect((await findingsOf(withUnit({ postNummer: "1000", kommuneKode: "751" }))).filter((f) => f.regel.startsWith("POSTNUMMER"))).toEqual([]);
  });

  it("leaves unknown codes to the import's findings instead of doubling them", async () => {
    const hits = await findingsOf(withDaginstitution({ ejerformKode: "9", ejerformKode_Tekst: "" }));
    expect(hits.map((f) => f.regel)).toEqual(["IMPORT_UKENDT_KODE"]);
  });
});

describe("closed records", () => {
  it("never produce a register finding, whatever they break", async () => {
    const broken = { aktivitetsstatus: "Nedlagt", pNummer: "", cvrNummer: "29188506", geoBredde: "", geoLaengde: "", email: "", telefonNummer: "", postNummer: "0999", instType3: "6013" };
    const levels = withUnit(broken);
    levels.daginstitutioner.push(daginstitution("E10009", { aktivitetsstatus: "Nedlagt", ejerformKode: "3", ejerformKode_Tekst: "Privat" }));
    levels.alternativeAdresser = [alternativAdresse("G10002", "G10001", { aktivitetsstatus: "Nedlagt", cvrNummer: "10000008", geoBredde: "", postNummer: "8000" })];
    const hits = await findingsOf(levels);
    expect(hits.filter((f) => !f.regel.startsWith("IMPORT_"))).toEqual([]);
  });
});

describe("import findings", () => {
  it("are copied with their rule, severity, record name, kommune and place in the file", async () => {
    const hits = await findingsOf(withUnit({ instType3: "6099", instType3_Tekst: "", kommuneKode: "147" }));
    expect(hits.map((f) => f.regel).sort()).toEqual(["IMPORT_KOMMUNE_AFVIGER", "IMPORT_UKENDT_KODE"]);
    const stored = await db.prisma.importFund.findFirstOrThrow({ where: { regel: "UKENDT_KODE" } });
    expect(hits.find((f) => f.regel === "IMPORT_UKENDT_KODE")).toMatchObject({
      regel: "IMPORT_UKENDT_KODE", alvorlighed: "FEJL", niveau: "ANVISNINGSENHED", nummer: "G10001", navn: "Børnehuset G10001", kommuneKode: 101,
      vaerdi: "6099", importFundId: stored.id, snapshotId: stored.snapshotId,
      besked: expect.stringMatching(/^instType3 6099 er ikke en kendt kode \(anvisningsenheder\.csv, linje 2, kolonne instType3\)\.$/),
    });
  });

  it("that a register rule checks again are not copied, so nothing shows twice", async () => {
    const hits = await findingsOf(withUnit({ pNummer: "", cvrNummer: "29188506" }));
    expect(await db.prisma.importFund.count()).toBe(2);
    expect(hits.map((f) => f.regel).sort()).toEqual(["CVR_KONTROLCIFFER", "MANGLER_PNUMMER"]);
  });

  it("are those of the latest import only", async () => {
    await findingsOf(withUnit({ instType3: "6099", instType3_Tekst: "" }));
    await importSnapshot(db, write({ daginstitutioner: smallSnapshot().daginstitutioner }));
    expect((await allFindings()).map((f) => f.regel)).toEqual([]);
  });
});

describe("re-importing", () => {
  it("replaces the whole set: the same snapshot gives the same findings once, a fixed one none", async () => {
    const broken = withUnit({ pNummer: "", email: "", telefonNummer: "", instType3: "6099", instType3_Tekst: "" });
    const first = await findingsOf(broken);
    expect(first.map((f) => f.regel).sort()).toEqual(["IMPORT_UKENDT_KODE", "MANGLER_KONTAKT", "MANGLER_PNUMMER"]);
    await importSnapshot(db, write(broken));
    const second = await allFindings();
    expect(second.map(({ id: _id, snapshotId: _s, importFundId: _i, ...f }) => f)).toEqual(first.map(({ id: _id, snapshotId: _s, importFundId: _i, ...f }) => f));
    expect(new Set(second.map((f) => f.snapshotId)).size).toBe(1);
    expect(second[0].snapshotId).toBeGreaterThan(first[0].snapshotId);

    await importSnapshot(db, write(smallSnapshot()));
    expect(await allFindings()).toEqual([]);
  });

  it("checks records a partial import did not bring, against the levels it did", async () => {
    await findingsOf(smallSnapshot());
    const daginstitutioner = withDaginstitution({ aktivitetsstatus: "Nedlagt" }, "D10002").daginstitutioner;
    await importSnapshot(db, write({ daginstitutioner }));
    expect((await allFindings()).map((f) => [f.regel, f.nummer])).toEqual([["ENHED_UNDER_NEDLAGT", "G10005"]]);
  });
});
