import type { Database } from "../db/client";
import { setUpDatabase } from "../db/setup";
import { importSnapshot, type ImportSummary } from "../import/import-snapshot";
import type { DemoOptions } from "./generate";
import { writeDemoHistory } from "./history";

/** The import of the demo's last day, with every day's import (oldest first) in `days`. */
export type DemoLoadSummary = ImportSummary & { days: ImportSummary[] };

/**
 * Brings the database to the current schema and, when it holds no snapshot yet, writes the demo's history into
 * `demoDir` (one folder per day) and imports the days in date order through the importer, the one way data comes in,
 * so the change history is the importer's own. `demo` picks the seed and scale (default: national volume). Returns the
 * imports, or null when the database held data already.
 */
export async function setUpWithDemoData(db: Database, demoDir: string, onProgress?: (message: string) => void, demo?: DemoOptions): Promise<DemoLoadSummary | null> {
  await setUpDatabase(db);
  if ((await db.prisma.snapshot.count()) > 0) return null;
  const history = await writeDemoHistory(demoDir, demo);
  const days: ImportSummary[] = [];
  for (const day of history.days) {
    onProgress?.(`demo snapshot of ${day.snapshotDato}`);
    days.push(await importSnapshot(db, [day.dir], { onProgress }));
  }
  return { ...days.at(-1)!, days };
}
