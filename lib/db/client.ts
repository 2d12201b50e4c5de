import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { databaseTarget, type DatabaseTarget } from "./config";
import { openPglite } from "./pglite";

export type Database = {
  prisma: PrismaClient;
  target: DatabaseTarget;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

/** Opens the configured database: PGlite (taking its folder lock) or PostgreSQL. One client per process. */
export async function connectDatabase(target: DatabaseTarget = databaseTarget()): Promise<Database> {
  if (target.kind === "postgres") {
    const adapterFactory = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 5_000 });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return { prisma, target, adapterFactory, close: () => prisma.$disconnect() };
  }
  const pglite = await openPglite(target.dir);
  const adapterFactory = new PrismaPGlite(pglite.db);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    target,
    adapterFactory,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
