import type { Database } from "../db/client";
import { setUpDatabase } from "../db/setup";
import { importSnapshot, type ImportSummary } from "../import/import-snapshot";
import { writeDemoSnapshot } from "./generate";

/**
 * Brings the database to the current schema and, when it holds no snapshot yet, writes the demo snapshot into
 * `demoDir` and loads it through the importer, the one way data comes in. Returns the import, or null.
 */
export async function setUpWithDemoData(db: Database, demoDir: string, onProgress?: (message: string) => void): Promise<ImportSummary | null> {
  await setUpDatabase(db);
  if ((await db.prisma.snapshot.count()) > 0) return null;
  await writeDemoSnapshot(demoDir);
  return importSnapshot(db, [demoDir], { onProgress });
}
