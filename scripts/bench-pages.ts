/**
 * npm run bench:pages: server-side cost of the find-and-browse views at national volume on the embedded database.
 * Loads the demo snapshot into a throwaway PGlite, times the data-layer calls behind each view in-process, then
 * serves the built portal (`npm run build` first) on that database and times whole pages over HTTP.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connectDatabase } from "../lib/db/client";
import { setUpWithDemoData } from "../lib/demo/load-demo";
import { DEFAULT_LIST_STATE } from "../lib/params/register-list";
import { facetCounts } from "../lib/register/facets";
import { getKommuneHierarchy } from "../lib/register/kommuner";
import { searchRegister } from "../lib/register/search";
import { listUnits } from "../lib/register/unit-list";
import { runScript } from "./run-script";

const RUNS = 40;
const PORT = 3190;

async function time(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)], p95: samples[Math.floor(RUNS * 0.95)] };
}

const row = (name: string, t: { median: number; p95: number }) => console.log(`| ${name} | ${t.median.toFixed(1)} | ${t.p95.toFixed(1)} |`);

runScript(async () => {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("Build the portal first: npm run build");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dagtilbud-bench-pages-"));
  const dir = path.join(work, "pglite");
  const db = await connectDatabase({ kind: "pglite", dir });
  await setUpWithDemoData(db, path.join(work, "demo"));
  (globalThis as { registerDb?: Promise<unknown> }).registerDb = Promise.resolve(db);
  const kbh = { ...DEFAULT_LIST_STATE, kommune: 101 };
  const unit = await db.prisma.anvisningsenhed.findFirstOrThrow({ where: { status: "AKTIV" }, orderBy: { nummer: "asc" } });

  console.log(`Demo snapshot at national volume on embedded PGlite; ${RUNS} sequential runs each (${os.cpus().length} cores, Node ${process.version}).\n`);
  console.log("| data-layer call | median ms | p95 ms |\n|---|---|---|");
  row("København table page (listUnits, 25 rows of 477)", await time(() => listUnits(kbh)));
  row("København facet counts (type, ejerform, lovgrundlag, status)", await time(() => facetCounts(kbh, ["type", "ejerform", "lovgrundlag"])));
  row("København hierarchy (all daginstitutioner and units)", await time(() => getKommuneHierarchy(101, "aktiv")));
  row("search by name with a typo (\"bornehuset regnbun\")", await time(() => searchRegister("bornehuset regnbun")));
  row("search by institution number", await time(() => searchRegister(unit.nummer)));
  row("search by postcode (8000)", await time(() => searchRegister("8000")));
  await db.close();

  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], { env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (let i = 0; i < 100 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((resolve) => setTimeout(resolve, 200));
    console.log("\n| whole page over HTTP (next start) | median ms | p95 ms |\n|---|---|---|");
    for (const [name, url] of [
      ["front page", "/"],
      ["København, hierarchy", "/kommuner/101"],
      ["København, table", "/kommuner/101?visning=tabel"],
      ["browse, filtered (ejerform=3)", "/dagtilbud?ejerform=3"],
      ["search by name", "/soeg?q=bornehuset+regnbun"],
      ["search by postcode", "/soeg?q=8000"],
    ]) {
      row(name, await time(async () => {
        const response = await fetch(base + url);
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        await response.text();
      }));
    }
  } finally {
    server.kill();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
