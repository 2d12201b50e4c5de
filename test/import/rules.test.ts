import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ImportError } from "../../lib/import/import-error";
import { parseFiles } from "../../lib/import/parse-files";
import { validateSnapshot } from "../../lib/import/validate";
import { ANVISNINGSENHED_COLUMNS, DAGINSTITUTION_COLUMNS } from "../../lib/official-format/columns";
import { writeOfficialCsv } from "../../lib/official-format/csv-writer";
import { alternativAdresse, anvisningsenhed, daginstitution, smallSnapshot, tempDir, writeRawFile, writeSnapshotFiles, type CsvRecord } from "../helpers/fixtures";
import { referenceFromFiles } from "../helpers/reference";

const reference = referenceFromFiles();
const noExisting = { daginstitutioner: new Map(), anvisningsenheder: new Set<string>() };
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function findingsFor(levels: ReturnType<typeof smallSnapshot>) {
  const dir = tempDir();
  dirs.push(dir);
  return validateSnapshot(parseFiles(writeSnapshotFiles(dir, levels)), reference, noExisting);
}

/** The small clean snapshot with one record replaced. */
function withUnit(overrides: CsvRecord) {
  const levels = smallSnapshot();
  levels.anvisningsenheder[0] = anvisningsenhed("G10001", "E10001", overrides);
  return levels;
}
function withDaginstitution(overrides: CsvRecord) {
  const levels = smallSnapshot();
  levels.daginstitutioner[0] = daginstitution("E10001", overrides);
  return levels;
}
function withAlternativAdresse(overrides: CsvRecord, nummer = "G10002") {
  const levels = smallSnapshot();
  levels.alternativeAdresser[0] = alternativAdresse(nummer, "G10001", overrides);
  return levels;
}

it("a clean snapshot has no findings", () => {
  expect(findingsFor(smallSnapshot())).toEqual([]);
});

describe.each([
  ["MANGLER_NAVN", withUnit({ anvisningsenhedsNavn: "" }), withUnit({ anvisningsenhedsNavn: "Regnbuen" }), "anvisningsenhedsNavn"],
  ["NAVN_FOR_LANGT", withUnit({ anvisningsenhedsNavn: "Ø".repeat(133) }), withUnit({ anvisningsenhedsNavn: "Ø".repeat(132) }), "anvisningsenhedsNavn"],
  ["MANGLER_KODE", withDaginstitution({ ejerformKode: "", ejerformKode_Tekst: "" }), withDaginstitution({ ejerformKode: "2", ejerformKode_Tekst: "Selvejende" }), "ejerformKode"],
  ["UKENDT_KODE", withUnit({ instType3: "6099", instType3_Tekst: "" }), withUnit({ instType3: "6021", instType3_Tekst: "" }), "instType3"],
  ["KODETEKST_AFVIGER", withDaginstitution({ ejerformKode_Tekst: "Kommunalt ejet" }), withDaginstitution({ ejerformKode_Tekst: "kommunal" }), "ejerformKode_Tekst"],
  ["UKENDT_KOMMUNE", withDaginstitution({ admKommuneKode: "999", admKommuneKode_Tekst: "" }), withDaginstitution({ admKommuneKode: "101" }), "admKommuneKode"],
  ["UKENDT_KOMMUNE", withUnit({ kommuneKode: "998" }), withUnit({ kommuneKode: "101" }), "kommuneKode"],
  ["KOMMUNE_AFVIGER", withUnit({ kommuneKode: "751" }), withUnit({ kommuneKode: "101" }), "kommuneKode"],
  ["MANGLER_FORAELDER", withUnit({ daginstitutionsNummer: "" }), withUnit({ daginstitutionsNummer: "D10002" }), "daginstitutionsNummer"],
  ["UKENDT_FORAELDER", withUnit({ daginstitutionsNummer: "E99999" }), withUnit({ daginstitutionsNummer: "E10001" }), "daginstitutionsNummer"],
  ["UKENDT_FORAELDER", withAlternativAdresse({ anvisningsenhedsNummer: "G99999" }), withAlternativAdresse({ anvisningsenhedsNummer: "G10005" }), "anvisningsenhedsNummer"],
  ["MANGLER_PNUMMER", withUnit({ pNummer: "" }), withUnit({ pNummer: "1012345678" }), "pNummer"],
  ["PNUMMER_FORMAT", withUnit({ pNummer: "10 1234 5678" }), withUnit({ pNummer: "1012345678" }), "pNummer"],
  ["MANGLER_CVR", withUnit({ cvrNummer: "" }), withUnit({ cvrNummer: "10000009" }), "cvrNummer"],
  ["CVR_FORMAT", withUnit({ cvrNummer: "2918850" }), withUnit({ cvrNummer: "29188505" }), "cvrNummer"],
  ["CVR_KONTROLCIFFER", withUnit({ cvrNummer: "29188506" }), withUnit({ cvrNummer: "29188505" }), "cvrNummer"],
  ["CVR_KONTROLCIFFER", withAlternativAdresse({ cvrNummer: "10000008" }), withAlternativAdresse({ cvrNummer: "10000009" }), "cvrNummer"],
  ["NUMMER_DELT", withAlternativAdresse({}, "G10003"), withAlternativAdresse({}, "G10004"), "alternativAdresseNummer"],
] as const)("rule %s", (rule, failing, passing, column) => {
  it(`is reported for a breaking row (${column}), which is still imported`, () => {
    const hits = findingsFor(failing).filter((f) => f.regel === rule);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kolonne: column, linje: expect.any(Number), fil: expect.stringMatching(/\.csv$/) });
  });
  it("is silent for a row that keeps it", () => {
    expect(findingsFor(passing).filter((f) => f.regel === rule)).toEqual([]);
  });
});

describe("rule MANGLER_KOLONNE", () => {
  const write = (columns: readonly string[]) => {
    const dir = tempDir();
    dirs.push(dir);
    const units = smallSnapshot().anvisningsenheder;
    return [writeRawFile(dir, "daginstitutioner.csv", writeOfficialCsv(DAGINSTITUTION_COLUMNS, smallSnapshot().daginstitutioner)), writeRawFile(dir, "anvisningsenheder.csv", writeOfficialCsv(columns, units))];
  };
  it("reports an expected column the file lacks", () => {
    const findings = validateSnapshot(parseFiles(write(ANVISNINGSENHED_COLUMNS.filter((c) => c !== "pNummer"))), reference, noExisting);
    expect(findings.filter((f) => f.regel === "MANGLER_KOLONNE").map((f) => f.kolonne)).toEqual(["pNummer"]);
  });
  it("is silent when every expected column is there", () => {
    const findings = validateSnapshot(parseFiles(write(ANVISNINGSENHED_COLUMNS)), reference, noExisting);
    expect(findings.filter((f) => f.regel === "MANGLER_KOLONNE")).toEqual([]);
  });
});

describe("parents checked against the database when the snapshot lacks their level", () => {
  it("accepts a unit whose daginstitution is only in the database, and reports one that is nowhere", () => {
    const dir = tempDir();
    dirs.push(dir);
    const files = writeSnapshotFiles(dir, { anvisningsenheder: [anvisningsenhed("G10001", "E10001"), anvisningsenhed("G10003", "E20002")] });
    const existing = { daginstitutioner: new Map([["E10001", { admKommuneKode: 101 }]]), anvisningsenheder: new Set<string>() };
    const findings = validateSnapshot(parseFiles(files), reference, existing);
    expect(findings.map((f) => [f.regel, f.nummer])).toEqual([["UKENDT_FORAELDER", "G10003"]]);
  });
});

describe("what rejects the whole import", () => {
  function rejectionOf(levels: Parameters<typeof writeSnapshotFiles>[1]): ImportError {
    const dir = tempDir();
    dirs.push(dir);
    try {
      parseFiles(writeSnapshotFiles(dir, levels));
    } catch (error) {
      if (error instanceof ImportError) return error;
      throw error;
    }
    throw new Error("expected an ImportError");
  }
  const rejectedWith = (levels: Parameters<typeof writeSnapshotFiles>[1], line: number, column: string, reason: RegExp) => {
    const error = rejectionOf(levels);
    expect({ file: error.file, line: error.line, column: error.column }).toEqual({ file: "anvisningsenheder.csv", line, column });
    expect(error.reason).toMatch(reason);
  };

  it("a malformed institution number", () => {
    rejectedWith({ anvisningsenheder: [anvisningsenhed("G10001", "E10001"), anvisningsenhed("G1234", "E10001")] }, 3, "anvisningsenhedsNummer", /not an institution number/);
  });
  it("a malformed parent number", () => {
    rejectedWith({ anvisningsenheder: [anvisningsenhed("G10001", "e10001")] }, 2, "daginstitutionsNummer", /not an institution number/);
  });
  it("a well-formed number that is accepted", () => {
    const dir = tempDir();
    dirs.push(dir);
    expect(parseFiles(writeSnapshotFiles(dir, { anvisningsenheder: [anvisningsenhed("G10001", "E10001")] })).anvisningsenheder).toHaveLength(1);
  });
  it("a duplicate institution number", () => {
    const dir = tempDir();
    dirs.push(dir);
    const parsed = parseFiles(writeSnapshotFiles(dir, { anvisningsenheder: [anvisningsenhed("G10001", "E10001"), anvisningsenhed("G10003", "E10001"), anvisningsenhed("G10001", "E10001")] }));
    expect(() => validateSnapshot(parsed, reference, noExisting)).toThrow(/anvisningsenheder\.csv, line 4, column anvisningsenhedsNummer: the number G10001 appears twice \(also on line 2\)/);
  });
  it("a whole number that does not parse", () => {
    rejectedWith({ anvisningsenheder: [anvisningsenhed("G10001", "E10001", { kommuneKode: "1O1" })] }, 2, "kommuneKode", /not a whole number/);
  });
  it("a coordinate that does not parse", () => {
    rejectedWith({ anvisningsenheder: [anvisningsenhed("G10001", "E10001", { geoBredde: "55,6,7" })] }, 2, "geoBredde", /not a coordinate/);
  });
  it("a timestamp that does not parse", () => {
    rejectedWith({ anvisningsenheder: [anvisningsenhed("G10001", "E10001", { senestOpdateret: "2021-12-01 10:18" })] }, 2, "senestOpdateret", /dd-MM-yyyy HH:mm:ss/);
  });
  it("a missing key column", () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = writeRawFile(dir, "anvisningsenheder.csv", "\uFEFFanvisningsenhedsNummer;daginstitutionsNummer\r\nG10001;E10001\r\n");
    expect(() => parseFiles([file])).toThrow(/anvisningsenheder\.csv, line 1, column anvisningsenhedsNavn: the required column anvisningsenhedsNavn is missing/);
  });
  it("a file that is no export of the register", () => {
    const dir = tempDir();
    dirs.push(dir);
    expect(() => parseFiles([writeRawFile(dir, "noget.csv", "a;b\r\n1;2\r\n")])).toThrow(/noget\.csv, line 1: not one of the register's export files/);
  });
  it("a file that cannot be read", () => {
    expect(() => parseFiles([path.join(tempDir(), "mangler.csv")])).toThrow(/mangler\.csv: cannot read the file \(ENOENT\)/);
  });
  it("a level file with a header and no rows", () => {
    const dir = tempDir();
    dirs.push(dir);
    expect(() => parseFiles([writeRawFile(dir, "daginstitutioner.csv", writeOfficialCsv(DAGINSTITUTION_COLUMNS, []))])).toThrow(/no rows/);
  });
});
