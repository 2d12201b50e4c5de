import "server-only";
import { serverPrisma } from "@/lib/db/server";

export type LatestSnapshot = {
  snapshotDato: Date;
  importeretTid: Date;
  demo: boolean;
  kilde: string;
};

/** How long this process trusts what it last read as the latest snapshot; an import is noticed within this time. */
export const SNAPSHOT_CHECK_MS = Number(process.env.SNAPSHOT_CHECK_MS ?? 5000);

type Known = { snapshot: LatestSnapshot | null; checkedAt: number };
const holder = globalThis as unknown as { dagtilbudSnapshot?: Known; dagtilbudSnapshotRead?: Promise<LatestSnapshot | null> | null };

/** The most recent import (highest id), read from the database now; null when nothing has been imported. */
export async function readLatestSnapshot(): Promise<LatestSnapshot | null> {
  const prisma = await serverPrisma();
  const row = await prisma.snapshot.findFirst({
    orderBy: { id: "desc" },
    select: { snapshotDato: true, importeretTid: true, demo: true, kilde: true },
  });
  const snapshot = row ? { ...row } : null;
  holder.dagtilbudSnapshot = { snapshot, checkedAt: Date.now() };
  return snapshot;
}

/**
 * The most recent import, as last read by this process: the database is asked at most once every SNAPSHOT_CHECK_MS,
 * however many requests come in (concurrent requests share one read).
 */
export async function getLatestSnapshot(): Promise<LatestSnapshot | null> {
  const known = holder.dagtilbudSnapshot;
  if (known && Date.now() - known.checkedAt < SNAPSHOT_CHECK_MS) return known.snapshot;
  holder.dagtilbudSnapshotRead ??= readLatestSnapshot().finally(() => {
    holder.dagtilbudSnapshotRead = null;
  });
  return holder.dagtilbudSnapshotRead;
}

/** Identifies a snapshot in cache keys and ETags. */
export function snapshotVersion(snapshot: LatestSnapshot | null): string {
  return snapshot ? `s${snapshot.importeretTid.getTime()}` : "tom";
}
