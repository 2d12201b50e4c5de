import { existsSync } from "node:fs";
import path from "node:path";

/** Placeholder: the database work replaces this body with one that builds the e2e database. */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_SKIP_DB_SETUP) return;
  const dir = path.resolve(process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite");
  if (!existsSync(dir)) {
    throw new Error(
      `No e2e database in ${dir}. Import a snapshot there first, or set E2E_SKIP_DB_SETUP=1 to run against what the server finds.`,
    );
  }
}
