import { NextResponse, type NextRequest } from "next/server";
import { isInternalRequest } from "@/lib/http/internal";
import { cachedPage, forgetPagesNotOf, renderPage, type RenderedPage } from "@/lib/http/page-cache";
import { registerState } from "@/lib/http/register-state";
import { isCacheablePage, isNonDocumentPath, MAX_CACHED_URL_LENGTH } from "@/lib/http/routes";
import { documentCsp, NON_DOCUMENT_CSP, withSecurityHeaders } from "@/lib/http/security-headers";
import { BAD_ADDRESS_PAGE, BAD_ADDRESS_PROBLEM, BAD_ADDRESS_TEXT, RETRY_AFTER_S, UNAVAILABLE_PAGE, type PlainPage } from "@/lib/http/plain-pages";

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

function plain(page: PlainPage, status: number, method: string, extra: Record<string, string> = {}): Response {
  const headers = withSecurityHeaders(new Headers({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...extra }), page.csp);
  return new Response(method === "HEAD" ? null : page.html, { status, headers });
}

/** Next.js answers 500 to a path whose %-escapes do not decode (vercel/next.js#43303); it is the visitor's 400. */
function badAddress(request: NextRequest): Response | null {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return null;
  } catch {
    const { pathname } = request.nextUrl;
    if (!isNonDocumentPath(pathname)) return plain(BAD_ADDRESS_PAGE, 400, request.method);
    const [type, body] = pathname.startsWith("/api/") ? ["application/problem+json", BAD_ADDRESS_PROBLEM] : ["text/plain", BAD_ADDRESS_TEXT];
    const headers = withSecurityHeaders(new Headers({ "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-store" }), NON_DOCUMENT_CSP);
    return new Response(request.method === "HEAD" ? null : body, { status: 400, headers });
  }
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
    if (!page || !now.databaseUp) return plain(UNAVAILABLE_PAGE, 503, request.method, { "Retry-After": String(RETRY_AFTER_S) });
  }
  return answer(page, request, keep ? (hit ? "hit" : "miss") : "dynamic");
}

export async function proxy(request: NextRequest): Promise<Response> {
  if (isInternalRequest(request.headers)) return NextResponse.next();
  const refused = badAddress(request);
  if (refused) return refused;
  const isRead = request.method === "GET" || request.method === "HEAD";
  if (!isRead || isNonDocumentPath(request.nextUrl.pathname) || isFrameworkRequest(request)) return passThrough();
  return serveDocument(request);
}
