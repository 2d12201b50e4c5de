/** Applies prisma/migrations and the reference data to the configured database (PGLITE_DIR or DATABASE_URL). */
import { connectDatabase } from "../lib/db/client";
import { describeTarget } from "../lib/db/config";
import { setUpDatabase } from "../lib/db/setup";
import { runScript } from "./run-script";

runScript(async () => {
  const db = await connectDatabase();
  try {
    const { appliedMigrations } = await setUpDatabase(db);
    const migrations = appliedMigrations.length ? `applied ${appliedMigrations.join(", ")}` : "migrations up to date";
    console.log(`${describeTarget(db.target)}: ${migrations}; reference data loaded.`);
  } finally {
    await db.close();
  }
});
