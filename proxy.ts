import { NextResponse, type NextRequest } from "next/server";
import { isInternalRequest } from "@/lib/http/internal";
import { cachedPage, forgetPagesNotOf, renderPage, type RenderedPage } from "@/lib/http/page-cache";
import { registerState } from "@/lib/http/register-state";
import { isCacheablePage, isNonDocumentPath, MAX_CACHED_URL_LENGTH } from "@/lib/http/routes";
import { documentCsp, NON_DOCUMENT_CSP, withSecurityHeaders } from "@/lib/http/security-headers";
import { RETRY_AFTER_S, UNAVAILABLE_PAGE } from "@/lib/http/unavailable";

/*
 * Every HTML page is answered here: rendered once per snapshot through this same server and then served from
 * memory, with a Content-Security-Policy that lists the hashes of the page's own inline scripts. Search is rendered
 * per request the same way. API routes, downloads and framework requests pass through with the security headers.
 */

export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };

const DOCUMENT_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

const holder = globalThis as unknown as { dagtilbudServedVersion?: string };

function isFrameworkRequest(request: NextRequest): boolean {
  const h = request.headers;
  return h.has("rsc") || h.has("next-router-prefetch") || h.has("next-action") || request.nextUrl.searchParams.has("_rsc");
}

function passThrough(): NextResponse {
  const response = NextResponse.next();
  withSecurityHeaders(response.headers, NON_DOCUMENT_CSP);
  return response;
}

function unavailable(method: string): Response {
  const headers = withSecurityHeaders(new Headers({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_S) }), UNAVAILABLE_PAGE.csp);
  return new Response(method === "HEAD" ? null : UNAVAILABLE_PAGE.html, { status: 503, headers });
}

function answer(page: RenderedPage, request: NextRequest, cache: "hit" | "miss" | "dynamic"): Response {
  const headers = new Headers(page.headers);
  // Next.js accepts only absolute redirect targets from a proxy.
  const location = headers.get("location");
  if (location) headers.set("location", new URL(location, request.nextUrl).toString());
  const isHtml = (headers.get("content-type") ?? "").includes("text/html");
  withSecurityHeaders(headers, isHtml ? documentCsp(page.scriptHashes) : NON_DOCUMENT_CSP);
  headers.set("X-Cache", cache);
  if (cache === "dynamic") headers.set("Cache-Control", "private, no-store");
  else {
    headers.set("Cache-Control", DOCUMENT_CACHE_CONTROL);
    headers.set("ETag", page.etag);
    const ifNoneMatch = request.headers.get("if-none-match");
    if (page.status === 200 && ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === page.etag)) {
      return new Response(null, { status: 304, headers });
    }
  }
  return new Response(request.method === "HEAD" ? null : (page.body as BodyInit), { status: page.status, headers });
}

async function serveDocument(request: NextRequest): Promise<Response> {
  const state = await registerState();
  const version = state.version ?? "tom";
  if (holder.dagtilbudServedVersion !== version) {
    holder.dagtilbudServedVersion = version;
    forgetPagesNotOf(version);
  }
  const { pathname, search } = request.nextUrl;
  const pathAndQuery = pathname + search;
  const keep = isCacheablePage(pathname) && pathAndQuery.length <= MAX_CACHED_URL_LENGTH;
  let page: RenderedPage | null = null;
  let hit = false;
  try {
    if (keep) ({ page, hit } = await cachedPage(version, pathAndQuery));
    else page = await renderPage(pathAndQuery);
  } catch (error) {
    console.error(`Rendering ${pathname} failed:`, error);
  }
  if (!page || page.status >= 500) {
    const now = await registerState(true);
    if (!page || !now.databaseUp) return unavailable(request.method);
  }
  return answer(page, request, keep ? (hit ? "hit" : "miss") : "dynamic");
}

export async function proxy(request: NextRequest): Promise<Response> {
  if (isInternalRequest(request.headers)) return NextResponse.next();
  const isRead = request.method === "GET" || request.method === "HEAD";
  if (!isRead || isNonDocumentPath(request.nextUrl.pathname) || isFrameworkRequest(request)) return passThrough();
  return serveDocument(request);
}
