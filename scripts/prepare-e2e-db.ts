/**
 * Used by the Playwright web server: a fresh database with the demo's history (one snapshot a day, written into
 * .data/e2e/demo/<date>/ and imported in order; e2e/helpers/demo-data.ts reads the last day's files). On PGlite the PGLITE_DIR folder is
 * deleted first; on PostgreSQL the DATABASE_URL database is emptied, which is allowed only for a database whose
 * name contains "test".
 */
import fs from "node:fs";
import { connectDatabase } from "../lib/db/client";
import { databaseTarget, describeTarget } from "../lib/db/config";
import { setUpWithDemoData } from "../lib/demo/load-demo";
import { runScript } from "./run-script";

runScript(async () => {
  const target = databaseTarget();
  if (target.kind === "pglite") fs.rmSync(target.dir, { recursive: true, force: true });
  const db = await connectDatabase(target);
  try {
    if (target.kind === "postgres") {
      if (!/test/i.test(new URL(target.url).pathname)) throw new Error("The e2e tests empty the DATABASE_URL database; its name must contain \"test\".");
      await db.prisma.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
      await db.prisma.$executeRawUnsafe("CREATE SCHEMA public");
    }
    const summary = await setUpWithDemoData(db, ".data/e2e/demo");
    const rows = summary?.days.reduce((n, day) => n + day.totals.indsat, 0) ?? 0;
    const changes = summary?.days.reduce((n, day) => n + day.aendringer, 0) ?? 0;
    console.log(`e2e database ready on ${describeTarget(target)}: ${summary?.days.length ?? 0} demo snapshots, ${rows} rows, ${changes} changes.`);
  } finally {
    await db.close();
  }
});
