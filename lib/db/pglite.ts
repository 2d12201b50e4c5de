import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { lockPgliteDir } from "./pglite-lock";

export type OpenPglite = { db: PGlite; close: () => Promise<void> };

/** Opens (and creates if missing) the embedded database in `dir`, holding its folder lock while open. */
export async function openPglite(dir: string): Promise<OpenPglite> {
  const release = lockPgliteDir(dir);
  try {
    const db = await PGlite.create(dir, { extensions: { pg_trgm } });
    return {
      db,
      close: async () => {
        try {
          await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** A throwaway in-memory database, for schema diffs. */
export function memoryPglite(): Promise<PGlite> {
  return PGlite.create("memory://", { extensions: { pg_trgm } });
}
