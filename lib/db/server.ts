import "server-only";
import { connectDatabase, type Database } from "./client";

const globalForDb = globalThis as unknown as { registerDb?: Promise<Database> };

/** The server's one database connection (PGlite holds its folder lock for the life of the process). */
export function serverDatabase(): Promise<Database> {
  globalForDb.registerDb ??= connectDatabase().catch((error: unknown) => {
    globalForDb.registerDb = undefined;
    throw error;
  });
  return globalForDb.registerDb;
}

export async function serverPrisma() {
  return (await serverDatabase()).prisma;
}
