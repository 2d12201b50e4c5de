/**
 * A fixed-window request limit per client, in this process's memory (each app instance counts for itself; behind a
 * load balancer the limit is per instance). API_RATE_LIMIT requests per API_RATE_WINDOW_S seconds, default 300/60.
 */
type Window = { count: number; resetAt: number };
const windows = new Map<string, Window>();

export type RateDecision = { allowed: boolean; limit: number; remaining: number; retryAfterS: number };

export function takeRequest(client: string, now = Date.now()): RateDecision {
  const limit = Number(process.env.API_RATE_LIMIT ?? 300);
  const windowMs = Number(process.env.API_RATE_WINDOW_S ?? 60) * 1000;
  let window = windows.get(client);
  if (!window || window.resetAt <= now) {
    window = { count: 0, resetAt: now + windowMs };
    windows.set(client, window);
    if (windows.size > 50_000) for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
  }
  window.count++;
  return { allowed: window.count <= limit, limit, remaining: Math.max(0, limit - window.count), retryAfterS: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
}

/**
 * The client's address as the nearest trusted proxy saw it. Each proxy appends the address it was connected from to
 * X-Forwarded-For, so with TRUSTED_PROXY_HOPS proxies in front (default 1: the load balancer) the client is that many
 * entries from the right; anything further left was written by the client and is ignored. Without a proxy, Next.js
 * fills the header from the socket when the request has none.
 */
export function clientKey(headers: Headers): string {
  const configured = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  const hops = Number.isInteger(configured) && configured >= 1 ? configured : 1;
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries[Math.max(0, entries.length - hops)] || headers.get("x-real-ip") || "lokal";
}
