import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as changeExport from "../../app/aendringer/eksport/route";
import * as changeFeedRoute from "../../app/aendringer/feed/route";
import * as unitListRoute from "../../app/api/v1/anvisningsenheder/route";
import type { Database } from "../../lib/db/client";
import { importSnapshot } from "../../lib/import/import-snapshot";
import { DEFAULT_CHANGE_STATE, parseChangeList, type ChangeListState } from "../../lib/params/changes";
import { parseRegisterList } from "../../lib/params/register-list";
import { getRecordChanges, listChanges } from "../../lib/register/changes";
import { getKommuneOverview } from "../../lib/register/kommune-overview";
import { listUnits } from "../../lib/register/unit-list";
import { validateAtom } from "../helpers/atom";
import { tempDir, writeSnapshotFiles } from "../helpers/fixtures";
import { HISTORY_DAYS } from "../helpers/history-fixture";
import { openTestDatabase, provideServerDatabase } from "../helpers/test-database";

let db: Database & { dir: string | null };
const dirs: string[] = [];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const state = (change: Partial<ChangeListState>): ChangeListState => ({ ...DEFAULT_CHANGE_STATE, ...change });
type Route = { GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };
const get = (route: Route, url: string) => route.GET(new Request(`http://localhost${url}`), { params: Promise.resolve({}) });

beforeAll(async () => {
  db = await openTestDatabase();
  for (const { dato, levels } of HISTORY_DAYS) {
    const dir = tempDir();
    dirs.push(dir);
    await importSnapshot(db, writeSnapshotFiles(dir, levels), { snapshotDato: day(dato) });
  }
  provideServerDatabase(db);
});
afterAll(async () => {
  await db?.close();
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

describe("the change list", () => {
  it("lists every change, newest import first, with the count per kind", async () => {
    const page = await listChanges(state({}));
    expect(page.total).toBe(11);
    expect(page.kinds).toEqual({ oprettet: 1, nedlagt: 2, genaabnet: 2, flyttet: 2, aendret: 4 });
    expect(page.rows.map((r) => r.snapshotDato.toISOString().slice(0, 10))).toEqual([
      ...Array(3).fill("2026-11-19"), ...Array(3).fill("2026-11-18"), ...Array(5).fill("2026-11-17"),
    ]);
  });

  it("filters by kommune, level, kind and date range", async () => {
    const numbers = async (change: Partial<ChangeListState>) => (await listChanges(state(change))).rows.map((r) => `${r.nummer}:${r.art}`);
    expect(await numbers({ kommune: 147 })).toEqual(["G10007:genaabnet", "G10007:nedlagt", "G10007:oprettet"]);
    expect(await numbers({ niveau: "alternativ-adresse" })).toEqual(["G10002:flyttet"]);
    expect(await numbers({ art: "flyttet" })).toEqual(["G10002:flyttet", "G10005:flyttet"]);
    expect(await numbers({ fra: day("2026-11-18"), til: day("2026-11-18") })).toEqual(["G10003:nedlagt", "G10007:nedlagt", "G10002:flyttet"]);
    expect((await listChanges(state({ art: "flyttet" }))).kinds.aendret).toBe(4);
  });

  it("describes values: the previous daginstitution of a move by name with its page, codes with their labels", async () => {
    const [move] = await getRecordChanges("anvisningsenhed", "G10005");
    expect(move).toMatchObject({ art: "flyttet", feltNavn: "Daginstitution" });
    expect(move.foer).toEqual({ tekst: "Den Private Have (D10002)", href: "/daginstitutioner/D10002" });
    expect(move.efter).toEqual({ tekst: "Daginstitution E10001 (E10001)", href: "/daginstitutioner/E10001" });
    const history = await getRecordChanges("anvisningsenhed", "G10003");
    expect(history.map((c) => c.art)).toEqual(["genaabnet", "aendret", "nedlagt", "aendret", "aendret"]);
  });

  it("reads its URL state, naming what it cannot read", () => {
    expect(parseChangeList({ kommune: "101", art: "flyttet", fra: "2026-11-17", side: "2" })).toEqual({
      ok: true, state: { ...DEFAULT_CHANGE_STATE, kommune: 101, art: "flyttet", fra: day("2026-11-17"), side: 2 },
    });
    const bad = parseChangeList({ art: "slettet", fra: "2026-02-30", side: "0", niveau: ["daginstitution", "anvisningsenhed"] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.param).sort()).toEqual(["art", "fra", "niveau", "side"]);
    const reversed = parseChangeList({ fra: "2026-11-20", til: "2026-11-10" });
    expect(reversed.ok ? null : reversed.errors[0]).toMatchObject({ param: "til", message: "ligger før fra-datoen" });
  });
});

describe("changedSince", () => {
  it("limits a list view to units created or changed since the day, the unit's daginstitution included", async () => {
    const numbers = async (since: string) => {
      const parsed = parseRegisterList({ changedSince: since, status: "alle", sorter: "nummer" });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      return (await listUnits(parsed.state)).rows.map((r) => r.nummer);
    };
    expect(await numbers("2026-11-19")).toEqual(["G10003", "G10007"]);
    // D10002 was renamed on the 17th, so its unit G10007 counts; G10001 only got a new timestamp.
    expect(await numbers("2026-11-17")).toEqual(["G10003", "G10005", "G10007"]);
    expect(await numbers("2026-11-16")).toEqual(["G10001", "G10003", "G10005", "G10007"]);
  });

  it("limits the API's level lists, and a bad date is a 400 naming the parameter", async () => {
    const response = await get(unitListRoute, "/api/v1/anvisningsenheder?changedSince=2026-11-19&status=alle");
    expect(response.status).toBe(200);
    expect((await response.json()).data.map((u: { nummer: string }) => u.nummer)).toEqual(["G10003", "G10007"]);
    const bad = await get(unitListRoute, "/api/v1/anvisningsenheder?changedSince=19-11-2026");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("changedSince");
  });
});

describe("the change exports", () => {
  it("gives the filtered changes as CSV, with the Danish headers", async () => {
    const response = await get(changeExport, "/aendringer/eksport?format=csv&art=flyttet");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/aendringer-art-flyttet-\d{4}-\d{2}-\d{2}\.csv/);
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Institutionsnummer, r.Ændring, r.Før, r.Efter])).toEqual([
      ["G10002", "Flyttet", "Børnehuset G10001 (G10001)", "Børnehuset G10005 (G10005)"],
      ["G10005", "Flyttet", "Den Private Have (D10002)", "Daginstitution E10001 (E10001)"],
    ]);
  });

  it("gives JSON with the filters in meta, and refuses an unknown format or parameter value", async () => {
    const json = await (await get(changeExport, "/aendringer/eksport?format=json&kommune=147")).json();
    expect(json.meta).toEqual({ antal: 3, filtre: { kommune: 147, niveau: null, art: null, fra: null, til: null } });
    expect(json.data.map((r: { art: string }) => r.art)).toEqual(["Genåbnet", "Nedlagt", "Oprettet"]);
    expect((await get(changeExport, "/aendringer/eksport?format=xlsx")).status).toBe(400);
    expect((await get(changeExport, "/aendringer/eksport?format=csv&fra=i-går")).status).toBe(400);
  });
});

describe("the Atom feed", () => {
  it("validates as Atom, one entry per record and import, newest first", async () => {
    const response = await get(changeFeedRoute, "/aendringer/feed");
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await response.text();
    expect(await validateAtom(xml)).toEqual([]);
    const titles = [...xml.matchAll(/<entry>\s*<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]);
    expect(titles[0]).toBe("Vuggestuen Mælkebøtten (G10003): genåbnet, telefon");
    // 19th: G10003, G10007; 18th: G10003, G10007, G10002; 17th: D10002, G10003, G10005, G10007.
    expect(titles).toHaveLength(9);
  });

  it("per kommune: only that kommune's changes, with its name in the title", async () => {
    const xml = await (await get(changeFeedRoute, "/aendringer/feed?kommune=147")).text();
    expect(await validateAtom(xml)).toEqual([]);
    expect(xml).toContain("Frederiksberg Kommune");
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).not.toContain("G10003");
  });
});

describe("the kommune overview", () => {
  it("counts what the database holds for the kommune, and shows its latest changes", async () => {
    for (const kode of [101, 147]) {
      const overview = await getKommuneOverview(kode);
      const daginstitutioner = await db.prisma.daginstitution.groupBy({ by: ["status"], where: { admKommuneKode: kode }, _count: true });
      const count = (rows: { status: string; _count: number }[], status: string) => rows.find((r) => r.status === status)?._count ?? 0;
      expect(overview.daginstitutioner).toEqual({ aktive: count(daginstitutioner, "AKTIV"), nedlagte: count(daginstitutioner, "NEDLAGT") });
      // A unit belongs to its daginstitution's kommune (G10007 lies in 147 but belongs to 101's D10002).
      const units = await db.prisma.anvisningsenhed.findMany({ select: { status: true, daginstitutionsNummer: true, kommuneKode: true } });
      const adm = new Map((await db.prisma.daginstitution.findMany()).map((d) => [d.nummer, d.admKommuneKode]));
      const mine = units.filter((u) => (adm.get(u.daginstitutionsNummer ?? "") ?? u.kommuneKode) === kode);
      expect(overview.anvisningsenheder).toEqual({ aktive: mine.filter((u) => u.status === "AKTIV").length, nedlagte: mine.filter((u) => u.status === "NEDLAGT").length });
      expect(overview.perType.reduce((n, v) => n + v.count, 0)).toBe(overview.anvisningsenheder.aktive);
      const findings = await db.prisma.kvalitetsfund.count({ where: { kommuneKode: kode } });
      expect(overview.kvalitet.total).toBe(findings);
    }
    const overview = await getKommuneOverview(101);
    expect(overview.anvisningsenheder.aktive).toBe(4);
    expect(overview.perEjerform).toEqual([
      { value: "1", label: "Kommunal", count: 3 },
      { value: "3", label: "Privat", count: 1 },
    ]);
    expect((await getKommuneOverview(147)).seneste.map((c) => c.art)).toEqual(["genaabnet", "nedlagt", "oprettet"]);
  });
});
