import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connectDatabase, type Database } from "../../lib/db/client";
import { databaseTarget } from "../../lib/db/config";
import { setUpDatabase } from "../../lib/db/setup";
import { setUpWithDemoData } from "../../lib/demo/load-demo";

/**
 * A fresh, set-up database for one test file: a throwaway PGlite folder by default, or the DATABASE_URL database
 * emptied and migrated again (those files run one at a time, see vitest.config.ts).
 */
export async function openTestDatabase(): Promise<Database & { dir: string | null }> {
  if (process.env.DATABASE_URL) {
    const name = new URL(process.env.DATABASE_URL).pathname.slice(1);
    if (!/test/i.test(name)) throw new Error(`The tests empty the DATABASE_URL database; its name must contain "test" (got "${name}").`);
    const db = await connectDatabase(databaseTarget());
    await db.prisma.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
    await db.prisma.$executeRawUnsafe("CREATE SCHEMA public");
    await setUpDatabase(db);
    return Object.assign(db, { dir: null });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dagtilbud-test-db-"));
  const db = await connectDatabase({ kind: "pglite", dir });
  await setUpDatabase(db);
  const close = db.close;
  return Object.assign(db, {
    dir,
    close: async () => {
      await close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** Row counts and an md5 over every row of every register table, to prove an import changed nothing. */
export async function databaseFingerprint(db: Database): Promise<Record<string, { rows: number; md5: string | null }>> {
  const tables = ["daginstitution", "anvisningsenhed", "alternativ_adresse", "snapshot", "import_fund", "aendring", "kvalitetsfund", "kommune", "ejerform", "lovgrundlag", "institutionstype"];
  const result: Record<string, { rows: number; md5: string | null }> = {};
  for (const table of tables) {
    const [row] = await db.prisma.$queryRawUnsafe<{ rows: number; md5: string | null }[]>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${table}" t`,
    );
    result[table] = row;
  }
  return result;
}

/** Empties the register tables (not the reference data) between tests that share one database. */
export async function emptyRegister(db: Database): Promise<void> {
  await db.prisma.$executeRawUnsafe(
    'TRUNCATE "daginstitution", "anvisningsenhed", "alternativ_adresse", "import_fund", "snapshot" RESTART IDENTITY CASCADE',
  );
}

/** Makes the server-only data layer (lib/db/server.ts) use this database instead of opening its own. */
export function provideServerDatabase(db: Database): void {
  (globalThis as unknown as { registerDb?: Promise<Database> }).registerDb = Promise.resolve(db);
}

/**
 * A test database holding the demo's history (its days imported in order, the last being the demo snapshot), loaded
 * through the importer, that the server-only data layer uses too. `close` also removes the generated demo files.
 */
export async function openDemoDatabase(): Promise<Database> {
  const db = await openTestDatabase();
  const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), "dagtilbud-demo-"));
  await setUpWithDemoData(db, demoDir);
  provideServerDatabase(db);
  const close = db.close;
  return Object.assign(db, {
    close: async () => {
      await close();
      fs.rmSync(demoDir, { recursive: true, force: true });
    },
  });
}

/** The register tables' content without the import bookkeeping, ordered by number. */
export async function registerContent(db: Database) {
  const omit = { snapshotId: true } as const;
  return {
    daginstitutioner: await db.prisma.daginstitution.findMany({ orderBy: { nummer: "asc" }, omit }),
    anvisningsenheder: await db.prisma.anvisningsenhed.findMany({ orderBy: { nummer: "asc" }, omit }),
    alternativeAdresser: await db.prisma.alternativAdresse.findMany({ orderBy: { nummer: "asc" }, omit }),
  };
}
