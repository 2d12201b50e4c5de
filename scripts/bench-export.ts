/**
 * npx tsx --conditions=react-server scripts/bench-export.ts [--scale N]
 *
 * Speed and server memory of the official download files (/eksport/officielle/samlet_udtraek.csv). Loads the demo
 * snapshot (optionally N times the national volume) into a throwaway embedded PGlite, or into DATABASE_URL when its
 * database name contains "bench" (that database is emptied first), serves the BUILT portal on it (`npx next build`
 * first; this script builds nothing) and downloads the full samlet file over HTTP: once cold, then 3 timed runs.
 * The server's resident memory (VmRSS of its process tree, from /proc) is sampled every 20 ms during each download.
 * Prints Markdown tables.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connectDatabase } from "../lib/db/client";
import { describeTarget, type DatabaseTarget } from "../lib/db/config";
import { setUpDatabase } from "../lib/db/setup";
import { writeDemoSnapshot } from "../lib/demo/generate";
import { importSnapshot } from "../lib/import/import-snapshot";
import { OFFICIAL_FILE_NAMES } from "../lib/official-format/columns";
import { timedDownload } from "./bench/downloads";
import { runScript } from "./run-script";

const PORT = 3165;
const RUNS = 3;
const SAMPLE_MS = 20;
const FILE = `/eksport/officielle/${OFFICIAL_FILE_NAMES.samlet}`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${Math.round(n).toLocaleString("en")} ms`;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (match) total += Number(match[1]) * 1024;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    let children = "";
    try {
      children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    } catch {
      // the thread ended, or the kernel does not list children
    }
    for (const child of children ? children.split(/\s+/).map(Number) : []) {
      try {
        total += treeRss(child);
      } catch {
        // the child ended between listing and reading
      }
    }
  }
  return total;
}

type Download = { ms: number; firstByteMs: number; bytes: number; rows: number; baselineRss: number; peakRss: number; samples: number };

async function download(base: string, pid: number): Promise<Download> {
  const baselineRss = treeRss(pid);
  let peakRss = baselineRss;
  let samples = 0;
  const timer = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, treeRss(pid));
      samples++;
    } catch {
      // the server is gone; the download fails below
    }
  }, SAMPLE_MS);
  try {
    const { bytes, lines, seconds, firstByteSeconds } = await timedDownload(base + FILE);
    peakRss = Math.max(peakRss, treeRss(pid));
    // Lines, not records: a value holding a line break would count twice; the demo has none.
    return { ms: seconds * 1000, firstByteMs: firstByteSeconds * 1000, bytes, rows: lines - 1, baselineRss, peakRss, samples };
  } finally {
    clearInterval(timer);
  }
}

async function prepareDatabase(scale: number): Promise<{ target: DatabaseTarget; work: string; env: Record<string, string> }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dagtilbud-bench-export-"));
  const url = process.env.DATABASE_URL?.trim();
  let target: DatabaseTarget;
  if (url) {
    const name = new URL(url).pathname.slice(1);
    if (!/bench/i.test(name)) throw new Error(`This benchmark empties the DATABASE_URL database; its name must contain "bench" (got "${name}"). Unset DATABASE_URL to use a throwaway PGlite.`);
    target = { kind: "postgres", url };
  } else {
    target = { kind: "pglite", dir: path.join(work, "pglite") };
  }
  const db = await connectDatabase(target);
  try {
    if (target.kind === "postgres") {
      await db.prisma.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
      await db.prisma.$executeRawUnsafe("CREATE SCHEMA public");
    }
    await setUpDatabase(db);
    const demoDir = path.join(work, "demo");
    await writeDemoSnapshot(demoDir, { scale });
    const started = performance.now();
    const summary = await importSnapshot(db, [demoDir]);
    console.log(`Loaded the demo snapshot (scale ${scale}) into ${describeTarget(target)}: ${summary.totals.indsat.toLocaleString("en")} rows in ${ms(performance.now() - started)}.`);
  } finally {
    await db.close();
  }
  const env = target.kind === "postgres" ? { DATABASE_URL: target.url, PGLITE_DIR: "" } : { DATABASE_URL: "", PGLITE_DIR: target.dir };
  return { target, work, env };
}

async function waitForServer(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    if (await fetch(base + "/eksport").then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not answer within 60 s");
}

runScript(async () => {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("Build the portal first: npx next build");
  const scale = Number(option("--scale") ?? 1);
  const { target, work, env } = await prepareDatabase(scale);

  // Its own process group, so that stopping it stops exactly this server and whatever it started.
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    await waitForServer(base, server);
    const pid = server.pid!;
    const idle = treeRss(pid);
    const cold = await download(base, pid);
    const runs: Download[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await download(base, pid));
    const sorted = [...runs].sort((a, b) => a.ms - b.ms);
    const median = sorted[Math.floor(RUNS / 2)];
    const peak = Math.max(...runs.map((r) => r.peakRss));
    const baseline = runs[0].baselineRss;

    console.log(`\nGET ${FILE} from \`next start\` on ${target.kind === "pglite" ? "embedded PGlite" : "PostgreSQL"}, demo scale ${scale} (${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}):\n`);
    console.log("| measure | value |\n|---|---|");
    console.log(`| rows in the file | ${median.rows.toLocaleString("en")} |`);
    console.log(`| file size | ${mb(median.bytes)} |`);
    console.log(`| first download after start (cold) | ${ms(cold.ms)} |`);
    console.log(`| download, median of ${RUNS} | ${ms(median.ms)} (runs: ${runs.map((r) => ms(r.ms)).join(", ")}) |`);
    console.log(`| time to first byte, median run | ${ms(median.firstByteMs)} |`);
    console.log(`| server RSS at start (idle) | ${mb(idle)} |`);
    console.log(`| server RSS before the timed runs | ${mb(baseline)} |`);
    console.log(`| server peak RSS while streaming (every ${SAMPLE_MS} ms, ${runs.reduce((n, r) => n + r.samples, 0)} samples) | ${mb(peak)} (+${mb(peak - baseline)}) |`);
    console.log(`| peak during the cold download | ${mb(cold.peakRss)} |`);
  } finally {
    stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
