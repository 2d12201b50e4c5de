import type { Database } from "./client";
import { loadReferenceData } from "./reference-data";
import { createSchemaEngine, NO_FILTERS, readMigrations } from "./schema-engine";

/** Brings a database (empty or not) to the current schema and reference data. Idempotent. */
export async function setUpDatabase(db: Database): Promise<{ appliedMigrations: string[] }> {
  const engine = await createSchemaEngine(db.adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTERS });
    await loadReferenceData(db.prisma);
    return { appliedMigrations: appliedMigrationNames };
  } finally {
    engine.free();
  }
}
