import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { importSnapshot } from "../../lib/import/import-snapshot";
import { cachedForSnapshot } from "../../lib/register/snapshot-cache";
import { getRegisterTotals } from "../../lib/register/totals";
import { anvisningsenhed, smallSnapshot, tempDir, writeSnapshotFiles } from "../helpers/fixtures";
import { openTestDatabase, provideServerDatabase } from "../helpers/test-database";

let db: Database & { dir: string | null };
const dirs: string[] = [];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function files(levels: Parameters<typeof writeSnapshotFiles>[1]) {
  const dir = tempDir();
  dirs.push(dir);
  return writeSnapshotFiles(dir, levels);
}

beforeAll(async () => {
  db = await openTestDatabase();
  provideServerDatabase(db);
  await importSnapshot(db, files(smallSnapshot()), { snapshotDato: day("2026-11-16") });
});
afterAll(async () => {
  await db?.close();
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

describe("answers kept per snapshot", () => {
  it("computes once per snapshot: later calls do not read the register tables again", async () => {
    const first = await getRegisterTotals();
    expect(first.anvisningsenheder).toBe(3);
    // Behind the importer's back: a cached answer cannot see this, a fresh read would.
    await db.prisma.$executeRawUnsafe("UPDATE anvisningsenhed SET status = 'nedlagt' WHERE nummer = 'G10005'");
    expect((await getRegisterTotals()).anvisningsenheder).toBe(3);
    await db.prisma.$executeRawUnsafe("UPDATE anvisningsenhed SET status = 'aktiv' WHERE nummer = 'G10005'");
  });

  it("answers afresh as soon as a new snapshot is imported", async () => {
    const next = smallSnapshot();
    next.anvisningsenheder.push(anvisningsenhed("G10007", "D10002"));
    await importSnapshot(db, files(next), { snapshotDato: day("2026-11-17") });
    expect((await getRegisterTotals()).anvisningsenheder).toBe(4);
  });

  it("shares one computation between concurrent callers and does not keep failures", async () => {
    let runs = 0;
    const compute = async () => {
      runs++;
      return runs;
    };
    const answers = await Promise.all([1, 2, 3].map(() => cachedForSnapshot("concurrent", compute)));
    expect(answers).toEqual([1, 1, 1]);
    expect(runs).toBe(1);

    await expect(cachedForSnapshot("failing", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cachedForSnapshot("failing", async () => "recovered")).toBe("recovered");
  });
});
