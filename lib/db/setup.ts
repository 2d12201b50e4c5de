import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Database } from "./client";
import { loadReferenceData } from "./reference-data";
import { createSchemaEngine, NO_FILTERS, readMigrations } from "./schema-engine";

/** Brings a database (empty or not) to the current schema and reference data. Idempotent. */
export async function setUpDatabase(db: Database): Promise<{ appliedMigrations: string[] }> {
  // The engine's connections hold Prisma's migration advisory lock until they close; close them when done, or
  // the next set-up in this process waits for the pool's idle timeout.
  const opened: SqlDriverAdapter[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: db.adapterFactory.provider,
    adapterName: db.adapterFactory.adapterName,
    connect: async () => {
      const adapter = await db.adapterFactory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: () => db.adapterFactory.connectToShadowDb(),
  };
  const engine = await createSchemaEngine(factory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTERS });
    await loadReferenceData(db.prisma);
    return { appliedMigrations: appliedMigrationNames };
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
