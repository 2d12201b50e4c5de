/**
 * Used by `npm start`: brings the configured database to the current schema and fills an empty one with the demo's
 * history (one snapshot a day, generated into DEMO_DIR/<date>/, default .data/demo, and imported in order).
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
    if (summary) {
      const day = (d: Date) => d.toISOString().slice(0, 10);
      const seconds = summary.days.reduce((n, d) => n + d.durationMs, 0) / 1000;
      console.log(
        `Loaded the demo's ${summary.days.length} snapshots (${day(summary.days[0].snapshotDato)} to ${day(summary.snapshotDato)}) from ${demoDir}: ` +
          `${summary.days.reduce((n, d) => n + d.totals.indsat, 0)} rows, ${summary.days.reduce((n, d) => n + d.aendringer, 0)} changes, ` +
          `${summary.findings.length} findings in the last, ${seconds.toFixed(1)} s.`,
      );
    }
    else console.log("The database holds data already; schema is up to date.");
  } finally {
    await db.close();
  }
});
