import "server-only";
import { cache } from "react";
import { serverPrisma } from "@/lib/db/server";

export type LatestSnapshot = {
  snapshotDato: Date;
  importeretTid: Date;
  demo: boolean;
  kilde: string;
};

/** The most recent import (highest id), or null when nothing has been imported. Cached per request. */
export const getLatestSnapshot = cache(async (): Promise<LatestSnapshot | null> => {
  const prisma = await serverPrisma();
  const row = await prisma.snapshot.findFirst({
    orderBy: { id: "desc" },
    select: { snapshotDato: true, importeretTid: true, demo: true, kilde: true },
  });
  return row ? { ...row } : null;
});
