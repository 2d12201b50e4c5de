import "server-only";
import crypto from "node:crypto";
import type { ParamError } from "@/lib/params/register-list";
import { getLatestSnapshot, snapshotVersion } from "@/lib/register/snapshot";
import { cachedForSnapshot } from "@/lib/register/snapshot-cache";
import { clientKey, takeRequest } from "./rate-limit";

const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS", "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since", "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, RateLimit-Limit, RateLimit-Remaining" };

export class ApiProblem extends Error {
  constructor(readonly status: number, readonly title: string, readonly detail: string, readonly parametre?: ParamError[]) {
    super(detail);
  }
}

export function problem(status: number, title: string, detail: string, extra: { parametre?: ParamError[]; headers?: Record<string, string> } = {}): Response {
  const body = { type: "about:blank", title, status, detail, ...(extra.parametre ? { parametre: extra.parametre.map((p) => ({ param: p.param, besked: p.message })) } : {}) };
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json; charset=utf-8", ...CORS, ...extra.headers } });
}

export function badParameters(errors: ParamError[]): never {
  throw new ApiProblem(400, "Ugyldige parametre", errors.map((e) => `${e.param} ${e.message}`).join("; "), errors);
}

export function notFound(what: string): never {
  throw new ApiProblem(404, "Ikke fundet", `${what} findes ikke i registret.`);
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<unknown>;

/**
 * A read-only API route: rate limit per client, open CORS, an ETag and Last-Modified tied to the latest snapshot
 * (a client that sends If-None-Match gets 304 without the query running), the JSON kept per snapshot, problem+json
 * for errors.
 */
export function apiRoute(handler: Handler) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const rate = takeRequest(clientKey(request.headers));
    const rateHeaders = { "RateLimit-Limit": String(rate.limit), "RateLimit-Remaining": String(rate.remaining) };
    if (!rate.allowed) {
      return problem(429, "For mange forespørgsler", `Højst ${rate.limit} forespørgsler pr. klient i tidsvinduet; prøv igen om ${rate.retryAfterS} sekunder.`, { headers: { ...rateHeaders, "Retry-After": String(rate.retryAfterS) } });
    }
    try {
      const snapshot = await getLatestSnapshot();
      const url = new URL(request.url);
      const tag = `W/"${snapshotVersion(snapshot)}-${crypto.createHash("sha1").update(url.pathname + url.search).digest("hex").slice(0, 12)}"`;
      const headers: Record<string, string> = { ...CORS, ...rateHeaders, ETag: tag, "Cache-Control": "public, max-age=60", ...(snapshot ? { "Last-Modified": snapshot.importeretTid.toUTCString() } : {}) };
      const ifNoneMatch = request.headers.get("if-none-match");
      if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim() === tag)) return new Response(null, { status: 304, headers });
      const body = await cachedForSnapshot(`api ${url.pathname}${url.search}`, async () => JSON.stringify(await handler(request, context)));
      return new Response(body, { status: 200, headers: { "Content-Type": "application/json; charset=utf-8", ...headers } });
    } catch (error) {
      if (error instanceof ApiProblem) return problem(error.status, error.title, error.detail, { parametre: error.parametre, headers: rateHeaders });
      console.error(error);
      return problem(503, "Registret kan ikke læses lige nu", "Portalen kunne ikke hente data. Prøv igen om lidt.", { headers: { ...rateHeaders, "Retry-After": "30" } });
    }
  };
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS, "Access-Control-Max-Age": "86400" } });
}
