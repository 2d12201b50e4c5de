/**
 * npm run bench:import: times the demo snapshot's import into a fresh, throwaway embedded database (or the
 * DATABASE_URL database, which it empties first only when its name contains "bench"), then a second,
 * unchanged import of the same files.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connectDatabase } from "../lib/db/client";
import { databaseTarget, describeTarget, type DatabaseTarget } from "../lib/db/config";
import { writeDemoSnapshot } from "../lib/demo/generate";
import { importSnapshot } from "../lib/import/import-snapshot";
import { runScript } from "./run-script";

runScript(async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dagtilbud-bench-"));
  const demoDir = path.join(work, "demo");
  await writeDemoSnapshot(demoDir);
  let target: DatabaseTarget = { kind: "pglite", dir: path.join(work, "pglite") };
  if (process.env.DATABASE_URL) {
    target = databaseTarget();
    if (!/bench/i.test(new URL(process.env.DATABASE_URL).pathname)) throw new Error("DATABASE_URL must name a database containing \"bench\": the benchmark empties it.");
  }
  const started = performance.now();
  const db = await connectDatabase(target);
  try {
    if (target.kind === "postgres") {
      await db.prisma.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
      await db.prisma.$executeRawUnsafe("CREATE SCHEMA public");
    }
    const opened = performance.now();
    const first = await importSnapshot(db, [demoDir]);
    const firstDone = performance.now();
    const second = await importSnapshot(db, [demoDir]);
    const secondDone = performance.now();
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`Demo snapshot import on ${describeTarget(db.target)} (${os.cpus().length} cores, Node ${process.version})`);
    console.log(`  open database:             ${s(opened - started)}`);
    console.log(`  first import (empty db):   ${s(firstDone - opened)}  (${first.totals.indsat} rows inserted, ${first.findings.length} findings; includes migrations)`);
    console.log(`  second import (unchanged): ${s(secondDone - firstDone)}  (${second.totals.uaendret} rows unchanged)`);
    console.log(`  total:                     ${s(secondDone - started)}`);
  } finally {
    await db.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
