import crypto from "node:crypto";
import { LRUCache } from "lru-cache";
import { inlineScriptHashes } from "./inline-scripts";
import { internalFetch, internalOrigin } from "./internal";

/** A page as rendered once for a snapshot: everything needed to answer it again without rendering. */
export type RenderedPage = {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  scriptHashes: string[];
  etag: string;
};

/** Statuses that depend only on the URL and the snapshot, so they may be kept. */
const KEEPABLE = new Set([200, 301, 302, 303, 307, 308, 404]);
const PASSED_HEADERS = ["content-type", "location", "vary", "link", "retry-after", "content-language"];
const RENDER_TIMEOUT_MS = 30_000;

const holder = globalThis as unknown as { dagtilbudPages?: LRUCache<string, RenderedPage>; dagtilbudRendering?: Map<string, Promise<RenderedPage>> };

const pages = (holder.dagtilbudPages ??= new LRUCache<string, RenderedPage>({
  maxSize: Number(process.env.PAGE_CACHE_MB ?? 128) * 1024 * 1024,
  sizeCalculation: (page, key) => page.body.byteLength + key.length + 512,
}));
const rendering = (holder.dagtilbudRendering ??= new Map());

let refusedWarned = false;

/** Renders the page through this same server, without cookies or any header of the visitor's. */
export async function renderPage(pathAndQuery: string): Promise<RenderedPage> {
  const response = await internalFetch(pathAndQuery, RENDER_TIMEOUT_MS);
  const body = new Uint8Array(await response.arrayBuffer());
  const headers: [string, string][] = [];
  for (const name of PASSED_HEADERS) {
    let value = response.headers.get(name);
    if (value === null) continue;
    if (name === "location" && value.startsWith(internalOrigin())) value = value.slice(internalOrigin().length) || "/";
    headers.push([name, value]);
  }
  const isHtml = (response.headers.get("content-type") ?? "").includes("text/html");
  const { hashes, refused } = isHtml ? inlineScriptHashes(new TextDecoder().decode(body)) : { hashes: [], refused: 0 };
  if (refused > 0 && !refusedWarned) {
    refusedWarned = true;
    console.warn(`${pathAndQuery}: ${refused} inline script(s) of an unknown shape were left out of the page's Content-Security-Policy.`);
  }
  const etag = `"${crypto.createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`;
  return { status: response.status, headers, body, scriptHashes: hashes, etag };
}

/**
 * The page for this snapshot version: from memory, or rendered once (concurrent requests for the same page share
 * one rendering) and kept when its status depends only on the URL and the data.
 */
export async function cachedPage(version: string, pathAndQuery: string): Promise<{ page: RenderedPage; hit: boolean }> {
  const key = `${version} ${pathAndQuery}`;
  const kept = pages.get(key);
  if (kept) return { page: kept, hit: true };
  let pending = rendering.get(key);
  if (!pending) {
    pending = renderPage(pathAndQuery)
      .then((page) => {
        if (KEEPABLE.has(page.status)) pages.set(key, page);
        return page;
      })
      .finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return { page: await pending, hit: false };
}

export function forgetPagesNotOf(version: string): void {
  for (const key of pages.keys()) if (!key.startsWith(`${version} `)) pages.delete(key);
}
