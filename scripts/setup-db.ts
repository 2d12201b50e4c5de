/**
 * Used by `npm start`: brings the configured database to the current schema and fills an empty one with the demo
 * snapshot (generated into DEMO_DIR, default .data/demo, and loaded through the importer).
 */
import { connectDatabase } from "../lib/db/client";
import { describeTarget } from "../lib/db/config";
import { setUpWithDemoData } from "../lib/demo/load-demo";
import { runScript } from "./run-script";

runScript(async () => {
  const db = await connectDatabase();
  try {
    const demoDir = process.env.DEMO_DIR ?? ".data/demo";
    console.log(`Setting up ${describeTarget(db.target)}`);
    const summary = await setUpWithDemoData(db, demoDir, (message) => console.log(`  ${message}`));
    if (summary) console.log(`Loaded the demo snapshot of ${summary.snapshotDato.toISOString().slice(0, 10)} from ${demoDir}: ${summary.totals.indsat} rows, ${summary.findings.length} findings, ${(summary.durationMs / 1000).toFixed(1)} s.`);
    else console.log("The database holds data already; schema is up to date.");
  } finally {
    await db.close();
  }
});
