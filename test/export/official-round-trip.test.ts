import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/eksport/officielle/[fil]/route";
import type { Database } from "../../lib/db/client";
import { writeDemoSnapshot } from "../../lib/demo/generate";
import { officialCsvStream, officialFileStream } from "../../lib/export/official-files";
import { importSnapshot, type ImportSummary } from "../../lib/import/import-snapshot";
import { AKTIVITETSSTATUS, OFFICIAL_FILE_NAMES } from "../../lib/official-format/columns";
import { OFFICIAL_FILE_COLUMNS, OFFICIAL_FILE_KEYS, formatCoordinate, type OfficialFileKey } from "../../lib/register/official-stream";
import { alternativAdresse, anvisningsenhed, daginstitution, smallSnapshot, tempDir, writeSnapshotFiles } from "../helpers/fixtures";
import { emptyRegister, openTestDatabase, provideServerDatabase, registerContent } from "../helpers/test-database";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const eventLoopTurns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Streams one of the four files from the database into `dir`; returns its path. */
async function exportFile(db: Database, key: OfficialFileKey, dir: string, batchSize?: number): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, OFFICIAL_FILE_NAMES[key]);
  const stream = officialFileStream(key, { prisma: db.prisma, batchSize });
  await pipeline(Readable.fromWeb(stream as unknown as NodeReadableStream<Uint8Array>), fs.createWriteStream(file));
  return file;
}

async function exportAll(db: Database, dir: string): Promise<Record<OfficialFileKey, string>> {
  const files = {} as Record<OfficialFileKey, string>;
  for (const key of OFFICIAL_FILE_KEYS) files[key] = await exportFile(db, key, dir);
  return files;
}

/** Records of a file as the importer's reader sees them (header names as keys). */
function readRecords(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(file), { bom: true, delimiter: ";", record_delimiter: "\r\n", columns: true }) as Record<string, string>[];
}

let db: Database;
const dirs: string[] = [];
const dirFor = (prefix: string) => {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

describe("the official files of the demo snapshot", () => {
  let original: ImportSummary;
  let before: Awaited<ReturnType<typeof registerContent>>;
  let files: Record<OfficialFileKey, string>;
  let exportDir: string;

  beforeAll(async () => {
    // One snapshot (the demo's last day) imported into an empty database, so its summary counts the whole register.
    const demoDir = dirFor("dagtilbud-export-demo-");
    await writeDemoSnapshot(demoDir);
    original = await importSnapshot(db, [demoDir]);
    before = await registerContent(db);
    exportDir = dirFor("dagtilbud-export-out-");
    files = await exportAll(db, exportDir);
  }, 300_000);

  it("start with the BOM and the columns of columns.ts, and end every record with CRLF", () => {
    for (const key of OFFICIAL_FILE_KEYS) {
      const bytes = fs.readFileSync(files[key]);
      expect(bytes.subarray(0, 3).equals(BOM), key).toBe(true);
      const body = bytes.subarray(3).toString("utf8");
      const header = body.slice(0, body.indexOf("\r\n"));
      expect(header.split(";"), key).toEqual([...OFFICIAL_FILE_COLUMNS[key]]);
      expect(body.endsWith("\r\n"), key).toBe(true);
      expect(/[^\r]\n/.test(body), `${key}: a bare LF`).toBe(false);
    }
  });

  it("hold every row of the database, closed ones too", async () => {
    const records = Object.fromEntries(OFFICIAL_FILE_KEYS.map((key) => [key, readRecords(files[key])])) as Record<OfficialFileKey, Record<string, string>[]>;
    expect(records.daginstitutioner.map((r) => r.daginstitutionsNummer)).toEqual(before.daginstitutioner.map((r) => r.nummer));
    expect(records.anvisningsenheder.map((r) => r.anvisningsenhedsNummer)).toEqual(before.anvisningsenheder.map((r) => r.nummer));
    expect(records.alternativeAdresser.map((r) => r.alternativAdresseNummer)).toEqual(before.alternativeAdresser.map((r) => r.nummer));
    expect(records.samlet).toHaveLength(before.daginstitutioner.length + before.anvisningsenheder.length + before.alternativeAdresser.length);
    const closed = before.anvisningsenheder.filter((u) => u.status === "NEDLAGT").length;
    expect(closed).toBeGreaterThan(0);
    expect(records.anvisningsenheder.filter((r) => r.aktivitetsstatus === AKTIVITETSSTATUS.nedlagt)).toHaveLength(closed);
    const own = (r: Record<string, string>) => r.alternativAdresseNummer || r.anvisningsenhedsNummer || r.daginstitutionsNummer;
    const numbers = records.samlet.map(own);
    expect(numbers).toEqual([...numbers].sort());
  });

  it("write codes with their labels, kommune names, coordinates with a decimal comma and senestOpdateret as the register does", () => {
    const [unit] = readRecords(files.anvisningsenheder).filter((r) => r.kommuneKode === "101" && r.instType3 === "6012");
    expect(unit.kommuneKode_Tekst).toBe("København");
    expect(unit.instType3_Tekst).toBeTruthy();
    expect(unit.geoBredde).toMatch(/^5\d,\d+$/);
    expect(unit.senestOpdateret).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
    const samletUnit = readRecords(files.samlet).find((r) => r.anvisningsenhedsNummer === unit.anvisningsenhedsNummer && r.dagtilbudsType === "Anvisningsenhed")!;
    const parent = readRecords(files.daginstitutioner).find((d) => d.daginstitutionsNummer === unit.daginstitutionsNummer)!;
    expect(samletUnit).toMatchObject({
      dagtilbudsNavn: unit.anvisningsenhedsNavn, daginstitutionsNavn: parent.daginstitutionsNavn, ejerformKode: parent.ejerformKode,
      ejerformKode_Tekst: parent.ejerformKode_Tekst, lovgrundlagKode: parent.lovgrundlagKode, admKommuneKode: parent.admKommuneKode, admKommuneKode_Tekst: parent.admKommuneKode_Tekst,
    });
  });

  it("are the same bytes whatever the batch size of the keyset pagination", async () => {
    for (const key of ["anvisningsenheder", "samlet"] as const) {
      const small = await exportFile(db, key, dirFor("dagtilbud-export-batch-"), 97);
      expect(fs.readFileSync(small).equals(fs.readFileSync(files[key])), key).toBe(true);
    }
  });

  it("re-imported through the importer give the same register content", async () => {
    await emptyRegister(db);
    const summary = await importSnapshot(db, [exportDir], { snapshotDato: original.snapshotDato });
    expect(summary.totals.indsat).toBe(original.totals.indsat);
    expect(summary.findings.map((f) => f.regel).sort()).toEqual(original.findings.map((f) => f.regel).sort());
    const after = await registerContent(db);
    expect(after.daginstitutioner).toEqual(before.daginstitutioner);
    expect(after.anvisningsenheder).toEqual(before.anvisningsenheder);
    expect(after.alternativeAdresser).toEqual(before.alternativeAdresser);
  }, 180_000);

  it("the samlet file alone re-imported gives the same register content", async () => {
    await emptyRegister(db);
    const summary = await importSnapshot(db, [files.samlet], { snapshotDato: original.snapshotDato });
    expect(summary.totals.indsat).toBe(original.totals.indsat);
    const after = await registerContent(db);
    expect(after.daginstitutioner).toEqual(before.daginstitutioner);
    expect(after.anvisningsenheder).toEqual(before.anvisningsenheder);
    expect(after.alternativeAdresser).toEqual(before.alternativeAdresser);
  }, 180_000);
});

describe("awkward values", () => {
  const tricky = {
    daginstitution: 'Børnehuset "De fire Årstider"; Ærø',
    unit: 'Vuggestuen "Måne\r\nstjernen"; æøå ÆØÅ',
    alternativ: "Udegruppen\nved søen; \"Lærkereden\"",
  };

  it("survive export and re-import: quotes, semicolons, line breaks and æøå", async () => {
    await emptyRegister(db);
    const base = smallSnapshot();
    const fixture = writeSnapshotFiles(dirFor("dagtilbud-export-fixture-"), {
      daginstitutioner: [daginstitution("E10001", { daginstitutionsNavn: tricky.daginstitution }), ...base.daginstitutioner.slice(1)],
      anvisningsenheder: [anvisningsenhed("G10001", "E10001", { anvisningsenhedsNavn: tricky.unit, geoBredde: "55,1", geoLaengde: "-0,000001" }), ...base.anvisningsenheder.slice(1)],
      alternativeAdresser: [alternativAdresse("G10002", "G10001", { alternativAdresseNavn: tricky.alternativ })],
    });
    const snapshotDato = day("2026-11-20");
    await importSnapshot(db, fixture, { snapshotDato });
    const before = await registerContent(db);
    expect(before.daginstitutioner[1].navn).toBe(tricky.daginstitution);

    const dir = dirFor("dagtilbud-export-fixture-out-");
    const files = await exportAll(db, dir);
    const samlet = fs.readFileSync(files.samlet, "utf8");
    expect(samlet).toContain('"Vuggestuen ""Måne\r\nstjernen""; æøå ÆØÅ"');
    expect(readRecords(files.anvisningsenheder).find((r) => r.anvisningsenhedsNummer === "G10001")).toMatchObject({ anvisningsenhedsNavn: tricky.unit, geoLaengde: "-0,000001" });

    for (const inputs of [[dir], [files.samlet]]) {
      await emptyRegister(db);
      await importSnapshot(db, inputs, { snapshotDato });
      expect(await registerContent(db)).toEqual(before);
    }
  });

  it("a row the portal closed because it vanished from a snapshot is written Nedlagt", async () => {
    await emptyRegister(db);
    const base = smallSnapshot();
    await importSnapshot(db, writeSnapshotFiles(dirFor("dagtilbud-export-closed-"), base), { snapshotDato: day("2026-11-01") });
    await importSnapshot(db, writeSnapshotFiles(dirFor("dagtilbud-export-closed-"), { ...base, anvisningsenheder: base.anvisningsenheder.slice(0, 2) }), { snapshotDato: day("2026-11-20") });
    const vanished = await db.prisma.anvisningsenhed.findUniqueOrThrow({ where: { nummer: "G10005" } });
    expect(vanished).toMatchObject({ status: "NEDLAGT", aktivitetsstatus: "Aktiv" });

    const files = await exportAll(db, dirFor("dagtilbud-export-closed-out-"));
    expect(readRecords(files.anvisningsenheder).find((r) => r.anvisningsenhedsNummer === "G10005")?.aktivitetsstatus).toBe("Nedlagt");
    expect(readRecords(files.samlet).find((r) => r.anvisningsenhedsNummer === "G10005")?.aktivitetsstatus).toBe("Nedlagt");
    expect(readRecords(files.anvisningsenheder).find((r) => r.anvisningsenhedsNummer === "G10001")?.aktivitetsstatus).toBe("Aktiv");
  });

  it("coordinates are written with the digits that read back as the same double, never in exponent form", () => {
    for (const value of [55.676098, 12.5, -0.000001, 1e-7, 123.456789012345, 0.1 + 0.2]) {
      const text = formatCoordinate(value);
      expect(text).not.toMatch(/e/i);
      expect(Number(text.replace(",", "."))).toBe(value);
    }
    expect(formatCoordinate(55.676098)).toBe("55,676098");
    expect(formatCoordinate(null)).toBe("");
  });
});

describe("the byte stream", () => {
  it("reads rows only as fast as the consumer takes bytes, and stops the row source when cancelled", async () => {
    let pulled = 0;
    let finished = false;
    async function* endless() {
      try {
        for (;;) {
          pulled++;
          yield { daginstitutionsNummer: `E${String(pulled % 100000).padStart(5, "0")}`, daginstitutionsNavn: "Børnehuset; \"Solsikken\"" };
        }
      } finally {
        finished = true;
      }
    }
    const reader = officialCsvStream(OFFICIAL_FILE_COLUMNS.daginstitutioner, endless()).getReader();
    const first = await reader.read();
    expect(Buffer.from(first.value!).subarray(0, 3).equals(BOM)).toBe(true);
    // Give the stream many turns of the event loop (not wall-clock time) to pull as far as its buffers allow.
    await eventLoopTurns(200);
    // One chunk out (32 KiB, ~500 rows) plus what the stream buffers hold: far from everything.
    expect(pulled).toBeLessThan(5_000);
    await reader.cancel();
    await eventLoopTurns(50);
    expect(finished).toBe(true);
  });

  it("breaks off with an error when the row source fails, rather than ending as if complete", async () => {
    async function* failing() {
      yield { daginstitutionsNummer: "E10001", daginstitutionsNavn: "Første" };
      throw new Error("the database went away");
    }
    const errors = console.error;
    console.error = () => {};
    try {
      await expect(new Response(officialCsvStream(OFFICIAL_FILE_COLUMNS.daginstitutioner, failing())).arrayBuffer()).rejects.toThrow();
    } finally {
      console.error = errors;
    }
  });

  it("writes the header alone when there are no rows", async () => {
    async function* none() {}
    const text = Buffer.from(await new Response(officialCsvStream(OFFICIAL_FILE_COLUMNS.alternativeAdresser, none())).arrayBuffer()).toString("utf8");
    expect(text).toBe(`\uFEFF${OFFICIAL_FILE_COLUMNS.alternativeAdresser.join(";")}\r\n`);
  });
});

describe("GET /eksport/officielle/[fil]", () => {
  const get = (fil: string, headers: Record<string, string> = {}) =>
    GET(new Request(`http://portal.test/eksport/officielle/${fil}`, { headers }), { params: Promise.resolve({ fil }) });

  beforeAll(async () => {
    await emptyRegister(db);
    await importSnapshot(db, writeSnapshotFiles(dirFor("dagtilbud-export-route-"), smallSnapshot()), { snapshotDato: day("2026-11-20") });
    provideServerDatabase(db);
  });

  it("answers with the file as an attachment named after the snapshot date", async () => {
    const response = await get("daginstitutioner.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="daginstitutioner-2026-11-20.csv"');
    const snapshot = await db.prisma.snapshot.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(response.headers.get("last-modified")).toBe(snapshot.importeretTid.toUTCString());
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(OFFICIAL_FILE_COLUMNS.daginstitutioner.join(";"));

    const unchanged = await get("daginstitutioner.csv", { "If-Modified-Since": response.headers.get("last-modified")! });
    expect(unchanged.status).toBe(304);
  });

  it("serves the samlet file under its official name", async () => {
    const response = await get("samlet_udtraek.csv");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="samlet_udtraek-2026-11-20.csv"');
    expect((await response.text()).split("\r\n").filter(Boolean)).toHaveLength(1 + 6);
  });

  it("answers 404 in plain text for a file that does not exist", async () => {
    const response = await get("findes-ikke.csv");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });
});
