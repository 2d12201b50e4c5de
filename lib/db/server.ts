import "server-only";
import fs from "node:fs";
import path from "node:path";
import { connectDatabase, type Database } from "./client";
import { databaseTarget } from "./config";

const globalForDb = globalThis as unknown as { registerDb?: Promise<Database> };

/** The server's one database connection (PGlite holds its folder lock for the life of the process). */
export function serverDatabase(): Promise<Database> {
  globalForDb.registerDb ??= open().catch((error: unknown) => {
    globalForDb.registerDb = undefined;
    throw error;
  });
  return globalForDb.registerDb;
}

async function open(): Promise<Database> {
  const target = databaseTarget();
  // The server never creates an embedded database: an empty one would only answer with missing tables.
  if (target.kind === "pglite" && !fs.existsSync(path.join(target.dir, "PG_VERSION"))) {
    throw new Error(`No embedded database in ${target.dir}: run \`npm run db:setup\` (or \`npm start\`) first.`);
  }
  return connectDatabase(target);
}

export async function serverPrisma() {
  return (await serverDatabase()).prisma;
}
