import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSenestOpdateret } from "../format/senest-opdateret";
import {
  ALTERNATIV_ADRESSE_COLUMNS, ANVISNINGSENHED_COLUMNS, DAGINSTITUTION_COLUMNS, OFFICIAL_FILE_NAMES, SAMLET_COLUMNS,
} from "../official-format/columns";
import {
  DEMO_MANIFEST_NAME, DEMO_QUALITY_BREAKS, DEMO_RULE_BREAKS, DEMO_UNITS_IN_NEIGHBOUR_KOMMUNE, generateDemoSnapshot, writeDemoSnapshot,
  type DemoSnapshot,
} from "./generate";

type Row = Record<string, string>;

const SEED = 4242;
const COLUMNS = {
  [OFFICIAL_FILE_NAMES.daginstitutioner]: DAGINSTITUTION_COLUMNS,
  [OFFICIAL_FILE_NAMES.anvisningsenheder]: ANVISNINGSENHED_COLUMNS,
  [OFFICIAL_FILE_NAMES.alternativeAdresser]: ALTERNATIV_ADRESSE_COLUMNS,
  [OFFICIAL_FILE_NAMES.samlet]: SAMLET_COLUMNS,
} as const;

function validCvr(cvr: string): boolean {
  if (!/^\d{8}$/.test(cvr)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  return weights.reduce((sum, w, i) => sum + w * Number(cvr[i]), 0) % 11 === 0;
}

function readTable(file: string): { header: string[]; rows: Row[] } {
  const records = parse(fs.readFileSync(file, "utf8"), { delimiter: ";", bom: true, relax_quotes: true }) as string[][];
  const [header, ...data] = records;
  return { header, rows: data.map((values) => Object.fromEntries(header.map((h, i) => [h, values[i]]))) };
}

const dirs: string[] = [];
let dirA = "";
let dirB = "";
let daginstitutioner: Row[] = [];
let units: Row[] = [];
let alternatives: Row[] = [];
let snapshot: DemoSnapshot;
const reference = (name: string) => fileURLToPath(new URL(`../../prisma/reference/${name}`, import.meta.url));

beforeAll(async () => {
  dirA = fs.mkdtempSync(path.join(os.tmpdir(), "demo-a-"));
  dirB = fs.mkdtempSync(path.join(os.tmpdir(), "demo-b-"));
  dirs.push(dirA, dirB);
  snapshot = (await writeDemoSnapshot(dirA, { seed: SEED })).snapshot;
  await writeDemoSnapshot(dirB, { seed: SEED });
  daginstitutioner = readTable(path.join(dirA, OFFICIAL_FILE_NAMES.daginstitutioner)).rows;
  units = readTable(path.join(dirA, OFFICIAL_FILE_NAMES.anvisningsenheder)).rows;
  alternatives = readTable(path.join(dirA, OFFICIAL_FILE_NAMES.alternativeAdresser)).rows;
}, 60_000);

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("demo snapshot files", () => {
  it("are byte-identical for the same seed", () => {
    const names = fs.readdirSync(dirA).sort();
    expect(names).toEqual([...Object.values(OFFICIAL_FILE_NAMES), DEMO_MANIFEST_NAME].sort());
    expect(fs.readdirSync(dirB).sort()).toEqual(names);
    for (const name of names) expect(fs.readFileSync(path.join(dirB, name)).equals(fs.readFileSync(path.join(dirA, name))), name).toBe(true);
  });

  it("differ for another seed", () => {
    const other = generateDemoSnapshot({ seed: SEED + 1 });
    expect(other.anvisningsenheder[0]).not.toEqual(generateDemoSnapshot({ seed: SEED }).anvisningsenheder[0]);
  }, 30_000);

  it("write demo.json", () => {
    expect(JSON.parse(fs.readFileSync(path.join(dirA, DEMO_MANIFEST_NAME), "utf8"))).toEqual({
      demo: true, snapshotDato: "2026-11-20", seed: SEED, scale: 1, generator: "dagtilbudsregisteret-demo/1",
    });
  });

  it("start with a BOM, use CRLF and have the headers of columns.ts", () => {
    for (const [name, columns] of Object.entries(COLUMNS)) {
      const bytes = fs.readFileSync(path.join(dirA, name));
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8");
      expect(text.endsWith("\r\n"), name).toBe(true);
      expect(text.replace(/\r\n/g, "").includes("\n"), `${name} has a bare LF`).toBe(false);
      expect(readTable(path.join(dirA, name)).header, name).toEqual([...columns]);
    }
  });
});

describe("demo snapshot content", () => {
  it("has national volumes", () => {
    const active = units.filter((u) => u.aktivitetsstatus === "Aktiv");
    const closed = units.filter((u) => u.aktivitetsstatus === "Nedlagt");
    expect(daginstitutioner.length).toBeGreaterThanOrEqual(2550);
    expect(daginstitutioner.length).toBeLessThanOrEqual(2800);
    expect(active.length).toBeGreaterThanOrEqual(4750);
    expect(active.length).toBeLessThanOrEqual(5050);
    expect(closed.length).toBeGreaterThanOrEqual(50);
    expect(closed.length).toBeLessThanOrEqual(250);
    expect(active.length + closed.length).toBe(units.length);
    expect(alternatives.length).toBeGreaterThanOrEqual(25);
    expect(alternatives.length).toBeLessThanOrEqual(50);
  });

  it("has well-formed, unique numbers", () => {
    const gNumbers = [...units.map((u) => u.anvisningsenhedsNummer), ...alternatives.map((a) => a.alternativAdresseNummer)];
    const dNumbers = daginstitutioner.map((d) => d.daginstitutionsNummer);
    for (const n of [...gNumbers, ...dNumbers]) expect(n).toMatch(/^[A-Z]\d{5}$/);
    expect(new Set(gNumbers).size).toBe(gNumbers.length);
    expect(new Set(dNumbers).size).toBe(dNumbers.length);
    for (const n of dNumbers) expect(n).toMatch(/^[ED]/);
    const byNumber = new Set(units.map((u) => u.anvisningsenhedsNummer));
    for (const a of alternatives) expect(byNumber.has(a.anvisningsenhedsNummer)).toBe(true);
  });

  it("puts units in all 98 kommuner", () => {
    const kommuner = fs.readFileSync(reference("kommuner.csv"), "utf8").trim().split(/\r?\n/).slice(1).map((l) => l.split(";")[0]);
    expect(kommuner).toHaveLength(98);
    const withUnits = new Set(units.map((u) => u.kommuneKode));
    for (const k of kommuner) expect(withUnits.has(k), `kommune ${k}`).toBe(true);
  });

  it("breaks register rules exactly as often as declared", () => {
    const cvrs = [...units, ...alternatives].map((r) => r.cvrNummer).filter((c) => c !== "");
    expect(cvrs.filter((c) => !validCvr(c))).toHaveLength(DEMO_RULE_BREAKS.unitsWithInvalidCvr);
    expect(cvrs.every((c) => /^\d{8}$/.test(c))).toBe(true);
    expect(units.filter((u) => u.cvrNummer === "")).toHaveLength(DEMO_RULE_BREAKS.unitsWithoutCvr);
    expect(units.filter((u) => u.aktivitetsstatus === "Aktiv" && u.pNummer === "")).toHaveLength(DEMO_RULE_BREAKS.activeUnitsWithoutPNummer);
    expect(units.filter((u) => u.pNummer === "")).toHaveLength(DEMO_RULE_BREAKS.activeUnitsWithoutPNummer);
    expect(units.filter((u) => u.daginstitutionsNummer === "")).toHaveLength(DEMO_RULE_BREAKS.unitsWithoutDaginstitution);
    for (const u of units) if (u.pNummer !== "") expect(u.pNummer).toMatch(/^\d{10}$/);

    const parents = new Map(daginstitutioner.map((d) => [d.daginstitutionsNummer, d]));
    const withParent = units.filter((u) => u.daginstitutionsNummer !== "");
    for (const u of withParent) expect(parents.has(u.daginstitutionsNummer), u.anvisningsenhedsNummer).toBe(true);
    expect(withParent.filter((u) => u.kommuneKode !== parents.get(u.daginstitutionsNummer)!.admKommuneKode)).toHaveLength(DEMO_UNITS_IN_NEIGHBOUR_KOMMUNE);
    const children = new Set(withParent.map((u) => u.daginstitutionsNummer));
    for (const d of daginstitutioner) expect(children.has(d.daginstitutionsNummer), `${d.daginstitutionsNummer} has units`).toBe(true);
  });

  it("fits ejerform, lovgrundlag and institution type together, except the deliberate misfits", () => {
    type Rule = { ejerform: number[] | null; institutionstyper: number[] };
    const matrix = (JSON.parse(fs.readFileSync(reference("krydsvalidering.json"), "utf8")) as { lovgrundlag: Record<string, Rule> }).lovgrundlag;
    const parents = new Map(daginstitutioner.map((d) => [d.daginstitutionsNummer, d]));
    for (const d of daginstitutioner) expect(matrix[d.lovgrundlagKode], `lovgrundlag ${d.lovgrundlagKode}`).toBeDefined();
    const ejerformMisfits = daginstitutioner.filter((d) => {
      const allowed = matrix[d.lovgrundlagKode].ejerform;
      return allowed !== null && !allowed.includes(Number(d.ejerformKode));
    });
    expect(ejerformMisfits.map((d) => d.daginstitutionsNummer)).toEqual(snapshot.irregularities.daginstitutionerWithEjerformOutsideLovgrundlag);
    expect(ejerformMisfits).toHaveLength(DEMO_QUALITY_BREAKS.daginstitutionerWithEjerformOutsideLovgrundlag);
    expect(ejerformMisfits.every((d) => d.aktivitetsstatus === "Aktiv")).toBe(true);
    const typeMisfits = units.filter((u) => u.daginstitutionsNummer !== "" && !matrix[parents.get(u.daginstitutionsNummer)!.lovgrundlagKode].institutionstyper.includes(Number(u.instType3)));
    expect(typeMisfits.map((u) => u.anvisningsenhedsNummer)).toEqual(snapshot.irregularities.unitsWithTypeOutsideLovgrundlag);
    expect(typeMisfits).toHaveLength(DEMO_QUALITY_BREAKS.unitsWithTypeOutsideLovgrundlag);
  });

  it("holds the declared data-quality problems, each on its own record and nowhere else", () => {
    const irr = snapshot.irregularities;
    const active = (r: Row) => r.aktivitetsstatus === "Aktiv";
    const numbers = (rows: Row[]) => rows.map((r) => r.anvisningsenhedsNummer ?? r.daginstitutionsNummer).sort();
    const parents = new Map(daginstitutioner.map((d) => [d.daginstitutionsNummer, d]));

    const withActiveUnit = new Set(units.filter(active).map((u) => u.daginstitutionsNummer));
    const idle = daginstitutioner.filter((d) => active(d) && !withActiveUnit.has(d.daginstitutionsNummer)).map((d) => d.daginstitutionsNummer);
    expect(idle).toEqual(irr.activeDaginstitutionerWithoutActiveUnit);
    expect(idle).toHaveLength(DEMO_QUALITY_BREAKS.activeDaginstitutionerWithoutActiveUnit);
    const underClosed = units.filter((u) => active(u) && u.daginstitutionsNummer !== "" && !active(parents.get(u.daginstitutionsNummer)!));
    expect(numbers(underClosed)).toEqual(irr.activeUnitsUnderClosedDaginstitution);
    expect(underClosed).toHaveLength(DEMO_QUALITY_BREAKS.activeUnitsUnderClosedDaginstitution);

    const withoutPosition = units.filter((u) => u.geoBredde === "" || u.geoLaengde === "");
    expect(numbers(withoutPosition)).toEqual(irr.activeUnitsWithoutCoordinates);
    expect(withoutPosition.filter(active)).toHaveLength(DEMO_QUALITY_BREAKS.activeUnitsWithoutCoordinates);
    expect(alternatives.filter((a) => a.geoBredde === "" || a.geoLaengde === "")).toEqual([]);

    const unreachable = units.filter((u) => u.email === "" && (u.telefonNummer === "" || u.telefonNummer === "0"));
    expect(numbers(unreachable)).toEqual(irr.activeUnitsWithoutContact);
    expect(unreachable.filter(active)).toHaveLength(DEMO_QUALITY_BREAKS.activeUnitsWithoutContact);

    // The reference is partial: a kommune it lists no postcode for (Herlev, 163) cannot be checked against it.
    const listed = new Map<string, Set<string>>();
    for (const line of fs.readFileSync(reference("postnumre_kommuner.csv"), "utf8").trim().split(/\r?\n/).slice(1)) {
      const [postnummer, , kommunekode] = line.split(";");
      listed.set(postnummer, (listed.get(postnummer) ?? new Set()).add(kommunekode));
    }
    const known = new Set([...listed.values()].flatMap((k) => [...k]));
    const misplaced = units.filter((u) => known.has(u.kommuneKode) && listed.has(u.postNummer) && !listed.get(u.postNummer)!.has(u.kommuneKode));
    expect(numbers(misplaced)).toEqual(irr.activeUnitsWithPostnummerOutsideKommune);
    expect(misplaced.filter(active)).toHaveLength(DEMO_QUALITY_BREAKS.activeUnitsWithPostnummerOutsideKommune);

    const carriers = [...Object.entries(irr)].filter(([key]) => key !== "sharedPNumre").flatMap(([, list]) => list);
    expect(new Set(carriers).size, "every break on its own record").toBe(carriers.length);
    const sharing = new Set(irr.sharedPNumre);
    const unitBreaks = carriers.filter((n) => n.startsWith("G"));
    expect(units.filter((u) => unitBreaks.includes(u.anvisningsenhedsNummer) && sharing.has(u.pNummer)).map((u) => u.anvisningsenhedsNummer)).toEqual([]);
  });

  it("has plausible names, addresses, contact data and timestamps", () => {
    const lastDay = Date.UTC(2026, 10, 20);
    const bad = (check: (u: Row) => boolean) => units.filter((u) => !check(u)).map((u) => u.anvisningsenhedsNummer);
    expect(bad((u) => u.anvisningsenhedsNavn.length >= 3 && u.anvisningsenhedsNavn.length <= 59)).toEqual([]);
    expect(bad((u) => {
      if (u.geoBredde === "" && u.geoLaengde === "") return true;
      const lat = Number(u.geoBredde.replace(",", "."));
      const lon = Number(u.geoLaengde.replace(",", "."));
      return /^\d{2},\d{6}$/.test(u.geoBredde) && /^\d{1,2},\d{6}$/.test(u.geoLaengde) && lat > 54.5 && lat < 57.8 && lon > 8 && lon < 15.2;
    })).toEqual([]);
    expect(bad((u) => u.email === "" || /^[a-z0-9-]+@[a-z0-9-]+\.demo\.invalid$/.test(u.email))).toEqual([]);
    expect(bad((u) => u.telefonNummer === "" || u.telefonNummer === "0" || /^1/.test(u.telefonNummer.replace(/^\+45/, "")))).toEqual([]);
    const stamps = [...new Set(units.map((u) => u.senestOpdateret))];
    expect(stamps.filter((t) => !((parseSenestOpdateret(t)?.getTime() ?? Infinity) < lastDay))).toEqual([]);
    expect(bad((u) => /^\d{4}$/.test(u.postNummer) && u.byNavn !== "" && u.vejNavn !== "" && /^\d+[A-Z]?$/.test(u.husNummer) && /^\d+$/.test(u.vejKode))).toEqual([]);
    expect(units.filter((u) => u.anvisningsenhedsNavn.includes('"')).length).toBeGreaterThan(0);
  });
});
