import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { EXPORT_COLUMNS, exportFileName, exportMeta, viewExport, type ExportFormat, type ExportMeta } from "../../lib/export/view-export";
import { importSnapshot } from "../../lib/import/import-snapshot";
import { DEFAULT_LIST_STATE, SORTABLE_COLUMNS, type RegisterListState } from "../../lib/params/register-list";
import { listUnits } from "../../lib/register/unit-list";
import { countViewUnits, streamUnitRows, streamUnits, type UnitExportRow } from "../../lib/register/unit-stream";
import { anvisningsenhed, daginstitution, tempDir, writeSnapshotFiles } from "../helpers/fixtures";
import { emptyRegister, openDemoDatabase } from "../helpers/test-database";

let db: Database;
const dirs: string[] = [];
const state = (change: Partial<RegisterListState>): RegisterListState => ({ ...DEFAULT_LIST_STATE, ...change });
const SNAPSHOT = new Date("2026-11-20T00:00:00Z");

beforeAll(async () => {
  db = await openDemoDatabase();
});
afterAll(async () => {
  await db?.close();
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

/** The numbers of a view as the table shows them, page after page of 200. */
async function numbersOfView(view: RegisterListState): Promise<string[]> {
  const numbers: string[] = [];
  for (let side = 1; ; side++) {
    const page = await listUnits({ ...view, side, prSide: 200 });
    numbers.push(...page.rows.map((row) => row.nummer));
    if (side >= page.sider) return numbers;
  }
}

async function exportBytes(format: ExportFormat, view: RegisterListState, batchSize = 1000): Promise<Uint8Array> {
  const meta = exportMeta(view, await countViewUnits(view), SNAPSHOT);
  return new Uint8Array(await new Response(viewExport(format, streamUnitRows(view, batchSize), meta)).arrayBuffer());
}

/** UTF-8 text with a BOM kept, so the tests can see it. */
const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const HEADER_KEY = new Map(EXPORT_COLUMNS.map(({ key, header }) => [header, key]));

function parseCsv(text: string, delimiter: string): Record<string, string>[] {
  const records = parse(text, { delimiter, bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
  return records.map((record) => Object.fromEntries(Object.entries(record).map(([header, value]) => [HEADER_KEY.get(header) ?? header, value])));
}

async function allRows(view: RegisterListState, batchSize?: number): Promise<UnitExportRow[]> {
  const rows: UnitExportRow[] = [];
  for await (const row of streamUnitRows(view, batchSize)) rows.push(row);
  return rows;
}

describe("an export of a filtered, sorted view of the demo snapshot", () => {
  const view = state({ kommune: 101, type: 6012, sorter: "adresse", retning: "desc", side: 3, prSide: 10 });
  let expected: string[];
  beforeAll(async () => {
    expected = await numbersOfView(view);
    expect(expected.length).toBeGreaterThan(200);
  });

  it("Danish Excel CSV: BOM, `;`, CRLF, decimal commas, and exactly the rows of the view in its order", async () => {
    const bytes = await exportBytes("csv-excel", view);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes);
    expect(text.split("\r\n")[0]).toBe(`\uFEFF${EXPORT_COLUMNS.map((c) => c.header).join(";")}`);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
    const records = parseCsv(text, ";");
    expect(records.map((r) => r.nummer)).toEqual(expected);
    const withCoordinates = records.filter((r) => r.geoBredde !== "");
    expect(withCoordinates.length).toBeGreaterThan(0);
    for (const r of withCoordinates) {
      expect(r.geoBredde).toMatch(/^5[4-7],\d+$/);
      expect(r.geoLaengde).toMatch(/^1?\d,\d+$/);
    }
    const rows = await allRows(view);
    expect(records.map((r) => Number(r.geoBredde.replace(",", ".")))).toEqual(rows.map((r) => r.geoBredde ?? 0));
  });

  it("plain CSV: `,`, no BOM, decimal points, the same rows", async () => {
    const bytes = await exportBytes("csv", view);
    expect(bytes[0]).not.toBe(0xef);
    const text = decode(bytes);
    expect(text.split("\r\n")[0]).toBe(EXPORT_COLUMNS.map((c) => c.header).join(","));
    const records = parseCsv(text, ",");
    expect(records.map((r) => r.nummer)).toEqual(expected);
    expect(records.filter((r) => r.geoBredde !== "").every((r) => /^5[4-7]\.\d+$/.test(r.geoBredde))).toBe(true);
  });

  it("JSON: meta with count, snapshot date, filters and sort, then the same rows with identifiers as text", async () => {
    const document = JSON.parse(decode(await exportBytes("json", view))) as { meta: ExportMeta; data: Record<string, unknown>[] };
    expect(document.meta).toEqual({
      antal: expected.length,
      snapshotDato: "2026-11-20",
      filtre: { region: null, kommune: 101, type: 6012, ejerform: null, lovgrundlag: null, status: "aktiv", changedSince: null },
      sortering: { sorter: "adresse", retning: "desc" },
    });
    expect(document.data.map((r) => r.nummer)).toEqual(expected);
    const first = document.data[0];
    expect(Object.keys(first)).toEqual(EXPORT_COLUMNS.map((c) => c.key));
    for (const key of ["nummer", "daginstitutionsNummer", "cvrNummer", "pNummer", "postNummer", "telefonNummer"]) {
      expect(document.data.every((r) => r[key] === null || typeof r[key] === "string")).toBe(true);
    }
    expect(first.foersteSetDato).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.data.some((r) => typeof r.senestOpdateret === "string")).toBe(true);
    expect(document.data.every((r) => r.senestOpdateret === null || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(r.senestOpdateret as string))).toBe(true);
    expect(first).toMatchObject({ kommuneKode: 101, kommuneNavn: "København", instType3: 6012, status: "AKTIV" });
  });

  it("JSON Lines: one object per line, the same rows", async () => {
    const text = decode(await exportBytes("jsonl", view));
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.trimEnd().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as { nummer: string }).nummer)).toEqual(expected);
  });

  it("reads in batches: batches of 7 give the same rows as batches of 1000, and the same bytes", async () => {
    const batches: number[] = [];
    for await (const batch of streamUnits(view, 7)) batches.push(batch.length);
    expect(batches.length).toBe(Math.ceil(expected.length / 7));
    expect(batches.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(await allRows(view, 7)).toEqual(await allRows(view, 1000));
    expect(decode(await exportBytes("csv-excel", view, 7))).toBe(decode(await exportBytes("csv-excel", view, 1000)));
  });

  it("reads the whole register in its order for sorts with empty values, in both directions", async () => {
    for (const [sorter, retning] of [["cvr", "desc"], ["daginstitution", "asc"], ["lovgrundlag", "desc"], ["status", "asc"]] as const) {
      const whole = state({ status: "alle", sorter, retning });
      const numbers = (await allRows(whole, 700)).map((r) => r.nummer);
      expect(numbers.length).toBe(await countViewUnits(whole));
      expect(numbers, `${sorter} ${retning}`).toEqual(await numbersOfView(whole));
    }
  });
});

describe("exportFileName", () => {
  const evening = new Date("2026-11-23T22:30:00Z"); // 23:30 in Copenhagen
  it("names the filters in a stable order and the day in Denmark", () => {
    expect(exportFileName(state({ kommune: 101 }), "csv", evening)).toBe("dagtilbud-kommune-101-2026-11-23.csv");
    expect(exportFileName(state({}), "jsonl", evening)).toBe("dagtilbud-alle-2026-11-23.jsonl");
    expect(exportFileName(state({ ejerform: 3 }), "json", evening)).toBe("dagtilbud-ejerform-3-2026-11-23.json");
    expect(exportFileName(state({ lovgrundlag: 4, type: 6012, region: 1084, kommune: 101 }), "csv-excel", evening)).toBe(
      "dagtilbud-region-1084-kommune-101-type-6012-lovgrundlag-4-2026-11-23-excel.csv",
    );
    expect(exportFileName(state({ status: "alle", sorter: "cvr", side: 4 }), "csv", new Date("2026-11-23T23:30:00Z"))).toBe("dagtilbud-status-alle-2026-11-24.csv");
  });
});

describe("special characters and empty values, from a small import", () => {
  const names: Record<string, string> = {
    G10001: 'Børnehuset "Åen"; Ærø',
    G10003: "Vuggestuen, Lyngby\nAfd. 2",
    G10005: "Æblehaven\r\nSyd",
    G10007: "Øen 'x' \"y\", z",
    G10009: "Ålegården",
    G10011: "Aabenraa børnehus",
    G10013: "zebra",
  };
  const all = state({ kommune: 101, status: "alle" });

  beforeAll(async () => {
    await emptyRegister(db);
    const dir = tempDir("dagtilbud-export-fixture-");
    dirs.push(dir);
    const unit = (nummer: string, parent: string, overrides: Record<string, string> = {}) => anvisningsenhed(nummer, parent, { anvisningsenhedsNavn: names[nummer], ...overrides });
    writeSnapshotFiles(dir, {
      daginstitutioner: [daginstitution("E10001"), daginstitution("D10002", { ejerformKode: "3", ejerformKode_Tekst: "Privat", lovgrundlagKode: "4" })],
      anvisningsenheder: [
        unit("G10001", "E10001"),
        unit("G10003", "E10001", { cvrNummer: "", pNummer: "" }),
        unit("G10005", "D10002", { geoBredde: "", geoLaengde: "" }),
        unit("G10007", "", { cvrNummer: "" }),
        unit("G10009", "", { pNummer: "", instType3: "6010", instType3_Tekst: "Vuggestue" }),
        unit("G10011", "D10002", { instType3: "6010", instType3_Tekst: "Vuggestue" }),
        unit("G10013", "E10001", { aktivitetsstatus: "Nedlagt" }),
      ],
    });
    await importSnapshot(db, [dir], { snapshotDato: SNAPSHOT });
    const stored = await db.prisma.anvisningsenhed.findMany({ select: { nummer: true, navn: true } });
    expect(Object.fromEntries(stored.map((u) => [u.nummer, u.navn]))).toEqual(names);
  });

  it("survive a round trip through csv-parse in both dialects, and through JSON", async () => {
    const excel = parseCsv(decode(await exportBytes("csv-excel", all)), ";");
    const plain = parseCsv(decode(await exportBytes("csv", all)), ",");
    const json = (JSON.parse(decode(await exportBytes("json", all))) as { data: { nummer: string; navn: string }[] }).data;
    const lines = decode(await exportBytes("jsonl", all)).trimEnd().split("\n").map((line) => JSON.parse(line) as { nummer: string; navn: string });
    for (const rows of [excel, plain, json, lines]) {
      expect(rows).toHaveLength(7);
      expect(Object.fromEntries(rows.map((r) => [r.nummer, r.navn]))).toEqual(names);
    }
    const g10005 = excel.find((r) => r.nummer === "G10005")!;
    expect(g10005).toMatchObject({ geoBredde: "", geoLaengde: "", ejerformNavn: "Privat", lovgrundlagKode: "4" });
    const g10007 = plain.find((r) => r.nummer === "G10007")!;
    expect(g10007).toMatchObject({ cvrNummer: "", daginstitutionsNummer: "", kommuneKode: "101", geoBredde: "55.676098" });
    expect(excel.find((r) => r.nummer === "G10013")).toMatchObject({ status: "NEDLAGT", geoBredde: "55,676098" });
  });

  it("keeps the view's order across batch ends, also among empty values, for every sort in both directions", async () => {
    for (const sorter of SORTABLE_COLUMNS) {
      for (const retning of ["asc", "desc"] as const) {
        const view = { ...all, sorter, retning };
        const expected = await numbersOfView(view);
        for (const batchSize of [1, 2, 3]) {
          expect((await allRows(view, batchSize)).map((r) => r.nummer), `${sorter} ${retning} in batches of ${batchSize}`).toEqual(expected);
        }
      }
    }
  });
});
