import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type Database } from "../../lib/db/client";
import { tempDir } from "../helpers/fixtures";

describe("one process per PGlite folder (also when DATABASE_URL is set)", () => {
  const dir = tempDir("dagtilbud-lock-");
  let db: Database;
  beforeAll(async () => {
    db = await connectDatabase({ kind: "pglite", dir });
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a second open in the same process", async () => {
    await expect(connectDatabase({ kind: "pglite", dir })).rejects.toThrow(/already open in this process/);
  });

  it("gives a second process a clear message and leaves the database usable", () => {
    const other = spawnSync("node_modules/.bin/tsx", ["scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dir }, encoding: "utf8" });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(`The embedded database in ${dir} is in use by another process (pid ${process.pid}`);
    expect(other.stderr).toMatch(/stop that process first/);
    return expect(db.prisma.$queryRawUnsafe("SELECT 1 AS one")).resolves.toEqual([{ one: 1 }]);
  });

  it("takes over the lock of a process that is gone", async () => {
    const orphan = tempDir("dagtilbud-lock-orphan-");
    fs.writeFileSync(`${orphan}/portal.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, command: "crashed import" }));
    const reopened = await connectDatabase({ kind: "pglite", dir: orphan });
    await reopened.close();
    expect(fs.existsSync(`${orphan}/portal.lock`)).toBe(false);
    fs.rmSync(orphan, { recursive: true, force: true });
  });
});
