/**
 * Compares prisma/schema.prisma with prisma/migrations on a throwaway in-memory PGlite.
 *   --check          exit 1 when they differ (drift gate, part of npm test)
 *   --write <name>   write the difference as the next migration
 *   (no flag)        print the SQL of the difference
 * PRISMA_DIR may point at another prisma folder (used by the drift test).
 */
import fs from "node:fs";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { memoryPglite } from "../lib/db/pglite";
import { runScript } from "./run-script";
import { createSchemaEngine, MIGRATIONS_DIR, NO_FILTERS, readMigrations, SCHEMA_PATH, withTrigramShadow } from "../lib/db/schema-engine";

const EXTENSIONS_SQL = "-- Trigram search on names and addresses\nCREATE EXTENSION IF NOT EXISTS pg_trgm;\n\n";

runScript(async () => {
  const args = process.argv.slice(2);
  const mode = args.includes("--check") ? "check" : args.includes("--write") ? "write" : "print";
  const db = await memoryPglite();
  const engine = await createSchemaEngine(withTrigramShadow(new PrismaPGlite(db)));
  const migrations = readMigrations();
  const empty = migrations.migrationDirectories.length === 0;
  const result = await engine.diff({
    from: empty ? { tag: "empty" } : { tag: "migrations", ...migrations },
    to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, "utf8") }] },
    script: true,
    exitCode: true,
    filters: NO_FILTERS,
  });
  await db.close();
  const sql = result.stdout ?? "";
  const drift = result.exitCode === 2;

  if (mode === "check") {
    if (drift) {
      console.error(`Drift: ${path.relative(process.cwd(), SCHEMA_PATH)} differs from ${path.relative(process.cwd(), MIGRATIONS_DIR)}.`);
      console.error("Create a migration with `npm run db:new-migration -- <name>`. The missing SQL:\n");
      console.error(sql);
      process.exitCode = 1;
      return;
    }
    console.log("No drift: schema.prisma matches the migrations.");
    return;
  }
  if (mode === "print" || !drift) {
    console.log(drift ? sql : "-- schema.prisma matches the migrations: nothing to write.");
    return;
  }
  const name = args[args.indexOf("--write") + 1];
  if (!name || name.startsWith("--")) throw new Error("Usage: npm run db:new-migration -- <name>");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name.replace(/\W+/g, "_")}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), (empty ? EXTENSIONS_SQL : "") + sql);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
});
