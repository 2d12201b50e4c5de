import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startSecondServer, statusOf as answers, type SecondServer } from "./helpers/second-server";

/*
 * A second server on the same build whose embedded database is not there yet: every page must answer a clear 503,
 * the API problem+json 503 and /api/health must say so. Then the database appears, and the server must recover by
 * itself, without a restart.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const BASE = `http://127.0.0.1:${PORT}`;

let server: SecondServer;
let dir: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dagtilbud-down-"));
  server = await startSecondServer(PORT, { DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite"), SNAPSHOT_CHECK_MS: "300" });
});

test.afterAll(() => {
  server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("uden database svarer sider 503 med en klar side, API'et problem+json og /api/health 503", async ({ request }) => {
  for (const url of ["/", "/kommuner/101", "/soeg?q=b%C3%B8rnehave", "/statistik"]) {
    const response = await request.get(`${BASE}${url}`);
    expect(response.status(), url).toBe(503);
    expect(response.headers()["retry-after"]).toBe("30");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).toContain("Registret er midlertidigt utilgængeligt");
    expect(html).not.toMatch(/at \w+ \(|Error:|prisma|PGlite|\.data\//i);
  }

  const api = await request.get(`${BASE}/api/v1/kommuner`);
  expect(api.status()).toBe(503);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  expect(await api.json()).toMatchObject({ status: 503, title: expect.any(String), detail: expect.any(String) });
  expect(JSON.stringify(await api.json())).not.toMatch(/prisma|PGlite|\.data\//i);

  const health = await request.get(`${BASE}/api/health`);
  expect(health.status()).toBe(503);
  expect(await health.json()).toMatchObject({ status: 503, database: "utilgængelig" });
});

test("når databasen kommer tilbage, svarer serveren igen af sig selv", async ({ request }) => {
  test.setTimeout(180_000);
  const migrated = spawnSync("npx", ["tsx", "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") }, encoding: "utf8" });
  expect(migrated.status, migrated.stderr).toBe(0);

  await expect.poll(() => answers(`${BASE}/api/health`), { timeout: 30_000 }).toBe(200);
  await expect.poll(() => answers(`${BASE}/`), { timeout: 30_000 }).toBe(200);
  const page = await request.get(`${BASE}/`);
  expect(await page.text()).toContain("Der er endnu ikke indlæst data.");
  expect((await request.get(`${BASE}/api/v1/kommuner`)).status()).toBe(200);
});
