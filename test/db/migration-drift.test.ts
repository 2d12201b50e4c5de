import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/fixtures";

/** Runs the drift gate (npm run test:drift) on a copy of the prisma folder. */
function driftCheck(prismaDir: string) {
  return spawnSync("node_modules/.bin/tsx", ["scripts/migration-diff.ts", "--check"], { env: { ...process.env, PRISMA_DIR: prismaDir }, encoding: "utf8" });
}

describe("the migration drift check", () => {
  const copy = path.join(tempDir("dagtilbud-drift-"), "prisma");
  fs.cpSync("prisma", copy, { recursive: true });
  afterAll(() => fs.rmSync(path.dirname(copy), { recursive: true, force: true }));

  it("fails when schema.prisma is edited without a migration, and prints the missing SQL", () => {
    const schema = path.join(copy, "schema.prisma");
    fs.writeFileSync(schema, fs.readFileSync(schema, "utf8").replace("model Kommune {\n", "model Kommune {\n  webadresse String?\n"));
    const result = driftCheck(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Drift: .*schema\.prisma differs from/);
    expect(result.stderr).toMatch(/ALTER TABLE "kommune" ADD COLUMN\s+"webadresse" TEXT/);
  });
});
