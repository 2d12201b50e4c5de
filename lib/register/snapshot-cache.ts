import "server-only";
import { LRUCache } from "lru-cache";
import { getLatestSnapshot, snapshotVersion } from "./snapshot";

/*
 * Answers that depend only on the data, kept in this process's memory per snapshot: the key starts with the
 * snapshot's version, so the first request after an import computes afresh and older answers age out of the LRU.
 */
const holder = globalThis as unknown as { dagtilbudSnapshotCache?: LRUCache<string, { value: unknown }> };
const cache = (holder.dagtilbudSnapshotCache ??= new LRUCache<string, { value: unknown }>({
  maxSize: Number(process.env.DATA_CACHE_MB ?? 64) * 1024 * 1024,
  sizeCalculation: (entry, key) => key.length + (typeof entry.value === "string" ? entry.value.length * 2 : 16_384),
}));
const pending = new Map<string, Promise<unknown>>();

export async function cachedForSnapshot<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const full = `${snapshotVersion(await getLatestSnapshot())} ${key}`;
  const kept = cache.get(full);
  if (kept) return kept.value as T;
  let running = pending.get(full) as Promise<T> | undefined;
  if (!running) {
    running = compute()
      .then((value) => {
        cache.set(full, { value });
        return value;
      })
      .finally(() => pending.delete(full));
    pending.set(full, running);
  }
  return running;
}

/** A data-layer function whose answer is kept per snapshot and per argument list. */
export function perSnapshot<A extends unknown[], T>(name: string, compute: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return (...args: A) => cachedForSnapshot(`${name}${JSON.stringify(args)}`, () => compute(...args));
}
