import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { DEMO_HISTORY_DATES } from "../../lib/demo/constants";
import { compareChanges, generateDemoHistory, type PlannedChange } from "../../lib/demo/history";
import { setUpWithDemoData, type DemoLoadSummary } from "../../lib/demo/load-demo";
import { importSnapshot } from "../../lib/import/import-snapshot";
import { tempDir } from "../helpers/fixtures";
import { openTestDatabase } from "../helpers/test-database";

type Change = Omit<PlannedChange, "event">;

describe("the demo's history through the importer", () => {
  let db: Database;
  let dir: string;
  let loaded: DemoLoadSummary;
  let planned: Change[];

  const recorded = async (): Promise<Change[]> =>
    (await db.prisma.aendring.findMany({ orderBy: { id: "asc" } }))
      .map(({ snapshotDato, niveau, nummer, navn, art, felt, foer, efter }) => ({ snapshotDato: snapshotDato.toISOString().slice(0, 10), niveau, nummer, navn, art, felt, foer, efter }))
      .sort(compareChanges);

  beforeAll(async () => {
    db = await openTestDatabase();
    dir = tempDir("dagtilbud-demo-history-");
    loaded = (await setUpWithDemoData(db, dir))!;
    planned = generateDemoHistory().changes.map(({ event: _event, ...change }) => change);
  }, 300_000);
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("imports one snapshot per day, oldest first, the last being the demo's snapshot date", async () => {
    expect(loaded.days.map((day) => day.snapshotDato.toISOString().slice(0, 10))).toEqual([...DEMO_HISTORY_DATES]);
    expect(loaded.snapshotDato.toISOString().slice(0, 10)).toBe(DEMO_HISTORY_DATES.at(-1));
    const snapshots = await db.prisma.snapshot.findMany({ orderBy: { id: "asc" }, select: { snapshotDato: true, demo: true } });
    expect(snapshots.map((s) => [s.snapshotDato.toISOString().slice(0, 10), s.demo])).toEqual(DEMO_HISTORY_DATES.map((date) => [date, true]));
  });

  it("records exactly the planned changes: kinds, numbers, dates, fields, before and after", async () => {
    expect(planned.length).toBeGreaterThan(25);
    expect(await recorded()).toEqual(planned);
  });

  it("counts the days' imports as the plan has them", () => {
    const count = (date: string, art: PlannedChange["art"]) => planned.filter((c) => c.snapshotDato === date && c.art === art).length;
    for (const day of loaded.days.slice(1)) {
      const date = day.snapshotDato.toISOString().slice(0, 10);
      expect(day.totals.indsat, date).toBe(count(date, "OPRETTET"));
      expect(day.totals.lukket, date).toBe(count(date, "NEDLAGT"));
      expect(day.totals.genaabnet, date).toBe(count(date, "GENAABNET"));
    }
  });

  it("adds no change when the last day is imported again", async () => {
    const before = await db.prisma.aendring.count();
    const again = await importSnapshot(db, [path.join(dir, DEMO_HISTORY_DATES.at(-1)!)]);
    expect(again.totals).toMatchObject({ indsat: 0, opdateret: 0, lukket: 0, genaabnet: 0 });
    expect(await db.prisma.aendring.count()).toBe(before);
  }, 120_000);

  it("refuses a day older than the latest import and keeps what it had", async () => {
    const [changes, snapshots] = [await db.prisma.aendring.count(), await db.prisma.snapshot.count()];
    await expect(importSnapshot(db, [path.join(dir, DEMO_HISTORY_DATES[0])])).rejects.toThrow();
    expect(await db.prisma.aendring.count()).toBe(changes);
    expect(await db.prisma.snapshot.count()).toBe(snapshots);
  }, 120_000);
});
