import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { tableExport } from "../../lib/export/table-export";
import { importSnapshot } from "../../lib/import/import-snapshot";
import { DEFAULT_QUALITY_STATE, type QualityListState } from "../../lib/params/quality";
import { QUALITY_EXPORT_COLUMNS, qualityExportFileName, qualityExportRows } from "../../lib/quality/export";
import {
  countFilteredQualityFindings,
  countQualityFindings,
  listQualityFindings,
  qualityFacets,
  recordQualityFindings,
  streamQualityFindings,
} from "../../lib/register/quality";
import { anvisningsenhed, daginstitution, tempDir, writeSnapshotFiles } from "../helpers/fixtures";
import { openTestDatabase, provideServerDatabase } from "../helpers/test-database";

/**
 * København: E10001 with 35 units without contact data. Aarhus: E20001, private under lovgrundlag 1 (one
 * KRYDS_EJERFORM), with 30 units without contact data, one of them with an unknown type (an import finding).
 */
const noContact = { email: "", telefonNummer: "" };
const units = [
  ...Array.from({ length: 35 }, (_, i) => anvisningsenhed(`G1${String(i).padStart(4, "0")}`, "E10001", noContact)),
  ...Array.from({ length: 30 }, (_, i) =>
    anvisningsenhed(`G2${String(i).padStart(4, "0")}`, "E20001", { ...noContact, kommuneKode: "751", postNummer: "8000", byNavn: "Aarhus C", ...(i === 0 ? { instType3: "6099", instType3_Tekst: "" } : {}) }),
  ),
];
const TOTAL = 35 + 30 + 1 + 1;

let db: Database & { dir: string | null };
let dir: string;
const state = (change: Partial<QualityListState> = {}): QualityListState => ({ ...DEFAULT_QUALITY_STATE, ...change });

beforeAll(async () => {
  db = await openTestDatabase();
  provideServerDatabase(db);
  dir = tempDir();
  const daginstitutioner = [
    daginstitution("E10001"),
    daginstitution("E20001", { ejerformKode: "3", ejerformKode_Tekst: "Privat", admKommuneKode: "751", admKommuneKode_Tekst: "Aarhus" }),
  ];
  await importSnapshot(db, writeSnapshotFiles(dir, { daginstitutioner, anvisningsenheder: units }));
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("listQualityFindings", () => {
  it("pages all findings, most severe first, with the total", async () => {
    const first = await listQualityFindings(state());
    expect(first).toMatchObject({ total: TOTAL, side: 1, prSide: 50, sider: 2 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows.slice(0, 2).map((r) => r.regel)).toEqual(["IMPORT_UKENDT_KODE", "KRYDS_EJERFORM"]);
    expect(first.rows.slice(2).every((r) => r.regel === "MANGLER_KONTAKT" && r.alvorlighed === "INFO")).toBe(true);
    const second = await listQualityFindings(state({ side: 2 }));
    expect(second.rows).toHaveLength(TOTAL - 50);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(TOTAL);
  });

  it("filters by rule, kommune, level and severity, and names the kommune", async () => {
    const rule = await listQualityFindings(state({ regel: "KRYDS_EJERFORM" }));
    expect(rule.rows).toEqual([
      expect.objectContaining({ regel: "KRYDS_EJERFORM", alvorlighed: "FEJL", niveau: "daginstitution", nummer: "E20001", navn: "Daginstitution E20001", kommuneKode: 751, kommuneNavn: "Aarhus" }),
    ]);
    expect((await listQualityFindings(state({ kommune: 751 }))).total).toBe(32);
    expect((await listQualityFindings(state({ kommune: 101 }))).total).toBe(35);
    expect((await listQualityFindings(state({ niveau: "daginstitution" }))).total).toBe(1);
    expect((await listQualityFindings(state({ alvorlighed: "fejl" }))).total).toBe(2);
    expect((await listQualityFindings(state({ alvorlighed: "fejl", kommune: 101 }))).total).toBe(0);
    expect(await countFilteredQualityFindings(state({ kommune: 751, alvorlighed: "info" }))).toBe(30);
  });

  it("answers a page past the end with no rows and the true total", async () => {
    expect(await listQualityFindings(state({ side: 9 }))).toMatchObject({ rows: [], total: TOTAL, sider: 2 });
  });
});

describe("qualityFacets", () => {
  it("counts each filter's values with the other filters applied", async () => {
    const facets = await qualityFacets(state({ kommune: 751 }));
    expect(facets.regel.map((v) => [v.value, v.count]).sort()).toEqual([["IMPORT_UKENDT_KODE", 1], ["KRYDS_EJERFORM", 1], ["MANGLER_KONTAKT", 30]]);
    expect(facets.regel.find((v) => v.value === "KRYDS_EJERFORM")?.label).toBe("Ejerformen passer ikke til lovgrundlaget");
    // Danish order: "Aa" is "Å", after "K".
    expect(facets.kommune).toEqual([{ value: "101", label: "København", count: 35 }, { value: "751", label: "Aarhus", count: 32 }]);
    expect(facets.alvorlighed).toEqual([{ value: "fejl", label: "Fejl", count: 2 }, { value: "info", label: "Info", count: 30 }]);
    expect(facets.niveau).toEqual([{ value: "daginstitution", label: "Daginstitution", count: 1 }, { value: "anvisningsenhed", label: "Anvisningsenhed", count: 31 }]);
  });
});

describe("recordQualityFindings", () => {
  it("gives one record's findings, most severe first", async () => {
    expect((await recordQualityFindings("ANVISNINGSENHED", "G20000")).map((f) => [f.regel, f.alvorlighed])).toEqual([
      ["IMPORT_UKENDT_KODE", "FEJL"],
      ["MANGLER_KONTAKT", "INFO"],
    ]);
    expect(await recordQualityFindings("DAGINSTITUTION", "E10001")).toEqual([]);
    expect(await recordQualityFindings("DAGINSTITUTION", "G20000")).toEqual([]);
  });
});

describe("countQualityFindings", () => {
  it("counts per severity and rule, for the register or one kommune", async () => {
    expect(await countQualityFindings()).toEqual({
      total: TOTAL,
      perAlvorlighed: { FEJL: 2, ADVARSEL: 0, INFO: 65 },
      perRegel: [
        { regel: "IMPORT_UKENDT_KODE", alvorlighed: "FEJL", antal: 1 },
        { regel: "KRYDS_EJERFORM", alvorlighed: "FEJL", antal: 1 },
        { regel: "MANGLER_KONTAKT", alvorlighed: "INFO", antal: 65 },
      ],
    });
    expect(await countQualityFindings({ kommuneKode: 101 })).toEqual({
      total: 35,
      perAlvorlighed: { FEJL: 0, ADVARSEL: 0, INFO: 35 },
      perRegel: [{ regel: "MANGLER_KONTAKT", alvorlighed: "INFO", antal: 35 }],
    });
    expect((await countQualityFindings({ kommuneKode: 147 })).total).toBe(0);
  });
});

describe("streamQualityFindings", () => {
  it("reads every finding of the filter in list order, across keyset batches", async () => {
    const listed = [...(await listQualityFindings(state())).rows, ...(await listQualityFindings(state({ side: 2 }))).rows];
    const streamed = [];
    for await (const finding of streamQualityFindings(state(), 7)) streamed.push(finding);
    expect(streamed).toEqual(listed);
    const aarhus = [];
    for await (const finding of streamQualityFindings(state({ kommune: 751 }), 4)) aarhus.push(finding.nummer);
    expect(aarhus).toHaveLength(32);
  });
});

describe("the export", () => {
  it("writes the filtered findings as Danish Excel CSV", async () => {
    const filter = state({ kommune: 751, alvorlighed: "fejl" });
    const bytes = new Uint8Array(await new Response(tableExport("csv-excel", qualityExportRows(streamQualityFindings(filter)), QUALITY_EXPORT_COLUMNS, {})).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.split("\r\n")[0]).toBe("\uFEFFAlvorlighed;Regel;Regeltitel;Niveau;Institutionsnummer;Navn;Kommunekode;Kommune;Besked;Værdi");
    const rows = parse(bytes, { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Alvorlighed, r.Regel, r.Institutionsnummer, r.Kommune])).toEqual([
      ["fejl", "IMPORT_UKENDT_KODE", "G20000", "Aarhus"],
      ["fejl", "KRYDS_EJERFORM", "E20001", "Aarhus"],
    ]);
  });

  it("names the file after the filters and the day", () => {
    const day = new Date("2026-11-24T12:00:00Z");
    expect(qualityExportFileName(state(), "csv", day)).toBe("kvalitetsfund-alle-2026-11-24.csv");
    expect(qualityExportFileName(state({ kommune: 101, niveau: "alternativ-adresse", regel: "KRYDS_TYPE", alvorlighed: "fejl", side: 3 }), "csv-excel", day)).toBe(
      "kvalitetsfund-kommune-101-niveau-alternativ-adresse-regel-KRYDS_TYPE-alvorlighed-fejl-2026-11-24-excel.csv",
    );
  });
});
