/** Answers that are not HTML pages: the API, the downloads and the feed. They pass the proxy untouched. */
const NON_DOCUMENT_PREFIXES = ["/api/", "/_next/", "/eksport/dagtilbud", "/eksport/officielle/", "/aendringer/eksport", "/aendringer/feed", "/kvalitet/eksport"];

/** Pages whose answer depends on more than the URL and the snapshot, or that must be computed per request. */
const UNCACHED_PAGES = ["/soeg"];

/** Longer URLs are still answered, just not kept. */
export const MAX_CACHED_URL_LENGTH = 2048;

/** Files such as /robots.txt and /icon.svg: no page has a dot in its last segment. */
const FILE_NAME = /\.[a-z0-9]+$/i;

export function isNonDocumentPath(pathname: string): boolean {
  return FILE_NAME.test(pathname) || NON_DOCUMENT_PREFIXES.some((prefix) => pathname === prefix.replace(/\/$/, "") || pathname.startsWith(prefix));
}

export function isCacheablePage(pathname: string): boolean {
  return !UNCACHED_PAGES.includes(pathname);
}
