/** The routes the benchmark measures, with the real numbers and words of the loaded data filled in. */
import type { Picks } from "./database";

export type RouteId =
  | "staticFile" | "static" | "dynamic" | "front" | "kommune" | "kommuneHierarchy" | "record" | "nameSearch" | "numberLookup" | "browse" | "api"
  | "codeList" | "export";

export type Route = {
  id: RouteId;
  label: string;
  path: string;
  /** A redirect is the right answer (the number lookup). */
  redirects?: boolean;
  /** A long download: a generous timeout, and fewer warm-up requests. */
  download?: boolean;
};

export const EXPORT_PATH = "/eksport/officielle/samlet_udtraek.csv";

export function benchRoutes(picks: Picks): Route[] {
  return [
    { id: "staticFile", label: "reference: static file, no rendering", path: "/icon.svg" },
    { id: "static", label: "baseline static: prerendered page", path: "/tilgaengelighed" },
    { id: "dynamic", label: "baseline dynamic: search page, no query", path: "/soeg" },
    { id: "front", label: "front page", path: "/" },
    { id: "kommune", label: "København overview", path: "/kommuner/101" },
    { id: "kommuneHierarchy", label: "København hierarchy", path: "/kommuner/101?visning=hierarki" },
    { id: "record", label: `record page (anvisningsenhed ${picks.recordUnit})`, path: `/anvisningsenheder/${picks.recordUnit}` },
    { id: "nameSearch", label: `name search ("${picks.searchWord}")`, path: `/soeg?q=${encodeURIComponent(picks.searchWord)}` },
    { id: "numberLookup", label: `number lookup (${picks.lookupNumber}, 3xx = success)`, path: `/soeg?q=${picks.lookupNumber}`, redirects: true },
    { id: "browse", label: "filtered browse (København, type 6012, ejerform 1)", path: "/dagtilbud?kommune=101&type=6012&ejerform=1" },
    { id: "api", label: "API list (anvisningsenheder, kommune 101)", path: "/api/v1/anvisningsenheder?kommune=101" },
    { id: "codeList", label: "code list page (institutionstype)", path: "/kodelister/institutionstype" },
    { id: "export", label: "samlet export (full CSV)", path: EXPORT_PATH, download: true },
  ];
}

/** What warming a route found: the median time of one request, and how the server says it served the last one. */
export type Warmed = {
  seconds: number;
  /** The `X-Cache` header (the portal's page cache: hit, miss, dynamic) or Next.js's `x-nextjs-cache`, if any. */
  cache: string | null;
};

/**
 * Requests each route a few times, and fails clearly when one does not answer as expected (wrong pick, broken page).
 */
export async function warmRoutes(base: string, routes: Route[], log: (message: string) => void): Promise<Map<RouteId, Warmed>> {
  const warmed = new Map<RouteId, Warmed>();
  for (const route of routes) {
    const times: number[] = [];
    let cache: string | null = null;
    for (let i = 0; i < (route.download ? 1 : 5); i++) {
      const started = performance.now();
      const response = await fetch(base + route.path, { redirect: "manual" });
      await response.arrayBuffer();
      times.push(performance.now() - started);
      const xCache = response.headers.get("x-cache");
      const nextCache = response.headers.get("x-nextjs-cache");
      cache = xCache ?? (nextCache ? `next ${nextCache.toLowerCase()}` : null);
      const ok = route.redirects ? response.status >= 300 && response.status < 400 : response.status >= 200 && response.status < 300;
      if (!ok) throw new Error(`${route.path} answered HTTP ${response.status}, expected ${route.redirects ? "a redirect" : "2xx"}.`);
    }
    log(`  warm ${route.path}: ${times.map((t) => Math.round(t)).join(", ")} ms${cache ? ` (${cache})` : ""}`);
    warmed.set(route.id, { seconds: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] / 1000, cache });
  }
  return warmed;
}
