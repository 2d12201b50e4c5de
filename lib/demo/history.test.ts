import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSenestOpdateret } from "../format/senest-opdateret";
import { OFFICIAL_FILE_NAMES } from "../official-format/columns";
import { DEMO_HISTORY_DATES, DEMO_HISTORY_SCHEDULE, DEMO_MANIFEST_NAME, writeDemoSnapshot } from "./generate";
import { compareChanges, writeDemoHistory, type PlannedChange, type WrittenDemoHistory } from "./history";

type Row = Record<string, string>;
type Day = { daginstitutioner: Row[]; anvisningsenheder: Row[]; alternativeAdresser: Row[]; samlet: Row[] };

const SEED = 777;

function read(dir: string, name: string): Row[] {
  return parse(fs.readFileSync(path.join(dir, name), "utf8"), { delimiter: ";", bom: true, relax_quotes: true, columns: true }) as Row[];
}

function readDay(dir: string): Day {
  return {
    daginstitutioner: read(dir, OFFICIAL_FILE_NAMES.daginstitutioner),
    anvisningsenheder: read(dir, OFFICIAL_FILE_NAMES.anvisningsenheder),
    alternativeAdresser: read(dir, OFFICIAL_FILE_NAMES.alternativeAdresser),
    samlet: read(dir, OFFICIAL_FILE_NAMES.samlet),
  };
}

/** The three level files as the importer compares them: key, name and parent columns, and the record field names. */
const LEVELS = [
  { niveau: "DAGINSTITUTION", file: "daginstitutioner", key: "daginstitutionsNummer", name: "daginstitutionsNavn", parent: null },
  { niveau: "ANVISNINGSENHED", file: "anvisningsenheder", key: "anvisningsenhedsNummer", name: "anvisningsenhedsNavn", parent: "daginstitutionsNummer" },
  { niveau: "ALTERNATIV_ADRESSE", file: "alternativeAdresser", key: "alternativAdresseNummer", name: "alternativAdresseNavn", parent: "anvisningsenhedsNummer" },
] as const;
const NOT_COMPARED = new Set(["aktivitetsstatus", "senestOpdateret"]);
const NUMBERS = new Set(["ejerformKode", "lovgrundlagKode", "admKommuneKode", "kommuneKode", "vejKode", "instType3", "geoBredde", "geoLaengde"]);

/** A value as the importer reads it: empty is null, numbers (coordinates with a decimal comma) as their shortest text. */
const value = (column: string, text: string) => (text === "" ? null : NUMBERS.has(column) ? String(Number(text.replace(",", "."))) : text);

/** What an importer that compares consecutive snapshots finds, worked out from the files alone. */
function differences(before: Day, after: Day, snapshotDato: string): Omit<PlannedChange, "event">[] {
  const found: Omit<PlannedChange, "event">[] = [];
  for (const level of LEVELS) {
    const old = new Map(before[level.file].map((row) => [row[level.key], row]));
    for (const row of after[level.file]) {
      const base = { snapshotDato, niveau: level.niveau, nummer: row[level.key], navn: row[level.name] };
      const change = (art: PlannedChange["art"], felt: string | null = null, foer: string | null = null, efter: string | null = null) => found.push({ ...base, art, felt, foer, efter });
      const previous = old.get(row[level.key]);
      old.delete(row[level.key]);
      if (!previous) {
        change("OPRETTET");
        continue;
      }
      if (previous.aktivitetsstatus !== row.aktivitetsstatus) change(row.aktivitetsstatus === "Nedlagt" ? "NEDLAGT" : "GENAABNET");
      for (const column of Object.keys(row)) {
        if (column === level.key || column.endsWith("_Tekst") || NOT_COMPARED.has(column) || previous[column] === row[column]) continue;
        const [foer, efter] = [value(column, previous[column]), value(column, row[column])];
        if (column === level.parent) change("FLYTTET", column, foer, efter);
        else change("AENDRET", column === level.name ? "navn" : column, foer, efter);
      }
    }
    for (const row of old.values()) if (row.aktivitetsstatus !== "Nedlagt") found.push({ snapshotDato, niveau: level.niveau, nummer: row[level.key], navn: row[level.name], art: "NEDLAGT", felt: null, foer: null, efter: null });
  }
  return found.sort(compareChanges);
}

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
let history: WrittenDemoHistory;
let days: Day[];

beforeAll(async () => {
  history = await writeDemoHistory(tempDir("demo-history-"), { seed: SEED });
  days = history.days.map((day) => readDay(day.dir));
}, 120_000);
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("the demo's history", () => {
  it("writes one folder per day with its own snapshot date, the same bytes for the same seed", async () => {
    expect(history.days.map((day) => path.basename(day.dir))).toEqual([...DEMO_HISTORY_DATES]);
    const again = await writeDemoHistory(tempDir("demo-history-again-"), { seed: SEED });
    for (const [i, day] of history.days.entries()) {
      expect(JSON.parse(fs.readFileSync(path.join(day.dir, DEMO_MANIFEST_NAME), "utf8"))).toMatchObject({ demo: true, snapshotDato: day.snapshotDato, seed: SEED });
      const names = fs.readdirSync(day.dir).sort();
      expect(names).toEqual([...Object.values(OFFICIAL_FILE_NAMES), DEMO_MANIFEST_NAME].sort());
      for (const name of names) expect(fs.readFileSync(path.join(again.days[i].dir, name)).equals(fs.readFileSync(path.join(day.dir, name))), `${day.snapshotDato}/${name}`).toBe(true);
    }
    expect(again.changes).toEqual(history.changes);
  }, 60_000);

  it("ends with exactly the snapshot generateDemoSnapshot writes", async () => {
    const single = tempDir("demo-single-");
    await writeDemoSnapshot(single, { seed: SEED });
    const last = history.days.at(-1)!.dir;
    for (const name of fs.readdirSync(single)) expect(fs.readFileSync(path.join(last, name)).equals(fs.readFileSync(path.join(single, name))), name).toBe(true);
  });

  it("has consistent earlier days: unique numbers, existing parents, samlet rows that agree, no timestamp after the day", () => {
    for (const [i, day] of days.entries()) {
      const date = DEMO_HISTORY_DATES[i];
      const parents = new Map(day.daginstitutioner.map((d) => [d.daginstitutionsNummer, d]));
      const units = new Set(day.anvisningsenheder.map((u) => u.anvisningsenhedsNummer));
      expect(parents.size, date).toBe(day.daginstitutioner.length);
      expect(units.size, date).toBe(day.anvisningsenheder.length);
      const withParent = day.anvisningsenheder.filter((u) => u.daginstitutionsNummer !== "");
      expect(withParent.filter((u) => !parents.has(u.daginstitutionsNummer)).map((u) => u.anvisningsenhedsNummer), date).toEqual([]);
      expect(day.anvisningsenheder.length - withParent.length, date).toBe(2);
      const children = new Set(withParent.map((u) => u.daginstitutionsNummer));
      expect(day.daginstitutioner.filter((d) => !children.has(d.daginstitutionsNummer)).map((d) => d.daginstitutionsNummer), date).toEqual([]);
      expect(day.alternativeAdresser.filter((a) => !units.has(a.anvisningsenhedsNummer)).map((a) => a.alternativAdresseNummer), date).toEqual([]);

      expect(day.samlet, date).toHaveLength(parents.size + units.size + day.alternativeAdresser.length);
      for (const row of day.samlet.filter((r) => r.dagtilbudsType === "Anvisningsenhed" && r.daginstitutionsNummer !== "")) {
        expect(row.daginstitutionsNavn, `${date} ${row.anvisningsenhedsNummer}`).toBe(parents.get(row.daginstitutionsNummer)!.daginstitutionsNavn);
      }
      const end = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
      const stamps = [...day.daginstitutioner, ...day.anvisningsenheder, ...day.alternativeAdresser].map((r) => r.senestOpdateret);
      expect(stamps.filter((t) => !(parseSenestOpdateret(t)!.getTime() < end - 3600_000)), date).toEqual([]);
    }
  });

  it("plans exactly the differences between consecutive days", () => {
    const planned = history.changes.map(({ event: _event, ...change }) => change);
    const found = days.slice(1).flatMap((day, i) => differences(days[i], day, DEMO_HISTORY_DATES[i + 1]));
    expect(planned).toEqual(found);
  });

  it("updates senestOpdateret of every changed record on the day it changes", () => {
    for (const change of history.changes) {
      const i = DEMO_HISTORY_DATES.indexOf(change.snapshotDato as (typeof DEMO_HISTORY_DATES)[number]);
      const level = LEVELS.find((l) => l.niveau === change.niveau)!;
      const stampOn = (day: Day) => day[level.file].find((r) => r[level.key] === change.nummer)?.senestOpdateret;
      const after = parseSenestOpdateret(stampOn(days[i])!)!;
      expect(after.toISOString().slice(0, 10), change.nummer).toBe(new Date(Date.parse(change.snapshotDato) - 86_400_000).toISOString().slice(0, 10));
      const before = stampOn(days[i - 1]);
      if (before !== undefined) expect(parseSenestOpdateret(before)!.getTime(), change.nummer).toBeLessThan(after.getTime());
    }
  });

  it("spreads a handful of each kind of change over the days, as the schedule says", () => {
    const primary = (change: PlannedChange) =>
      change.event.startsWith("daginstitution") ? change.niveau === "DAGINSTITUTION" : change.event === "alternativeAddressCreated" || change.niveau === "ANVISNINGSENHED";
    const events: Record<string, Record<string, Set<string>>> = {};
    for (const change of history.changes.filter(primary)) {
      ((events[change.snapshotDato] ??= {})[change.event] ??= new Set()).add(change.nummer);
    }
    const counts = Object.fromEntries(Object.entries(events).map(([date, byEvent]) => [date, Object.fromEntries(Object.entries(byEvent).map(([e, numbers]) => [e, numbers.size]))]));
    expect(counts).toEqual(DEMO_HISTORY_SCHEDULE);

    const byKind: Record<string, number> = {};
    for (const change of history.changes) byKind[change.art] = (byKind[change.art] ?? 0) + 1;
    expect(byKind).toEqual({ OPRETTET: 6, NEDLAGT: 6, GENAABNET: 2, FLYTTET: 3, AENDRET: expect.any(Number) });
    expect(byKind.AENDRET).toBeGreaterThanOrEqual(12);
    const numbers = history.changes.map((c) => `${c.niveau}:${c.nummer}`);
    expect(new Set(numbers).size, "one event per record").toBe(new Set(history.changes.map((c) => `${c.niveau}:${c.nummer}:${c.event}`)).size);
  });
});
