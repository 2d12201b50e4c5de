import crypto from "node:crypto";

/**
 * The proxy renders a page by asking this same server for it. Those inner requests carry a secret made at start, so
 * the proxy lets them through untouched; nobody outside can produce it.
 */
export const INTERNAL_HEADER = "x-dagtilbud-intern";

const globalForSecret = globalThis as unknown as { dagtilbudInternalSecret?: string };
export const INTERNAL_SECRET = (globalForSecret.dagtilbudInternalSecret ??= crypto.randomBytes(24).toString("base64url"));

export function isInternalRequest(headers: Headers): boolean {
  const value = headers.get(INTERNAL_HEADER);
  if (!value || value.length !== INTERNAL_SECRET.length) return false;
  return crypto.timingSafeEqual(Buffer.from(value), Buffer.from(INTERNAL_SECRET));
}

/** Where this server can reach itself: INTERNAL_ORIGIN, or the loopback address on the port `next start` set. */
export function internalOrigin(): string {
  return process.env.INTERNAL_ORIGIN?.replace(/\/$/, "") ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

export async function internalFetch(pathAndQuery: string, timeoutMs: number): Promise<Response> {
  return fetch(internalOrigin() + pathAndQuery, {
    headers: { [INTERNAL_HEADER]: INTERNAL_SECRET, accept: "text/html,application/json", "accept-encoding": "identity" },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(timeoutMs),
  });
}
