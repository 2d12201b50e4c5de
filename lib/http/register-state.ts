import { internalFetch } from "./internal";

/**
 * What the proxy knows of the register: which snapshot is the latest (its cache key) and whether the database
 * answers. Learnt from /api/health at most every STATE_TTL_MS, so an import is noticed within that time.
 */
export type RegisterState = { version: string | null; databaseUp: boolean; checkedAt: number };

export const STATE_TTL_MS = Number(process.env.SNAPSHOT_CHECK_MS ?? 5000);

const holder = globalThis as unknown as { dagtilbudRegisterState?: RegisterState; dagtilbudStateCheck?: Promise<RegisterState> | null };

async function check(): Promise<RegisterState> {
  const previous = holder.dagtilbudRegisterState;
  try {
    const response = await internalFetch("/api/health", 10_000);
    const body = (await response.json()) as { version?: string | null };
    return { version: response.ok ? (body.version ?? null) : (previous?.version ?? null), databaseUp: response.ok, checkedAt: Date.now() };
  } catch {
    return { version: previous?.version ?? null, databaseUp: false, checkedAt: Date.now() };
  }
}

/** The current state; `fresh` waits for a new check (after a failure), otherwise a stale state is refreshed in the background. */
export async function registerState(fresh = false): Promise<RegisterState> {
  const known = holder.dagtilbudRegisterState;
  const due = !known || fresh || Date.now() - known.checkedAt >= STATE_TTL_MS;
  if (due && !holder.dagtilbudStateCheck) {
    holder.dagtilbudStateCheck = check().then((state) => {
      holder.dagtilbudRegisterState = state;
      holder.dagtilbudStateCheck = null;
      return state;
    });
  }
  if (!known || fresh) return holder.dagtilbudStateCheck ?? holder.dagtilbudRegisterState!;
  return known;
}
