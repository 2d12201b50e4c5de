/** Load generation with autocannon: one route at a time, and the mixed load across all of them. */
import autocannon, { type AutocannonResult } from "autocannon";
import type { Route } from "./routes";

/** Seconds before autocannon counts a request as timed out (an error). */
const PAGE_TIMEOUT_S = 30;
const DOWNLOAD_TIMEOUT_S = 600;
/** What every browser sends; pages then come compressed, as visitors get them. */
export const BENCH_HEADERS = { "accept-encoding": "gzip, deflate, br" };

export type LoadResult = {
  /** Seconds asked for (autocannon runs that long, give or take a few ms). */
  duration: number;
  connections: number;
  /** Completed responses of any status. */
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  status: { "2xx": number; "3xx": number; "4xx": number; "5xx": number };
  /** Count per status code other than 200 (e.g. { "307": 512, "503": 3 }). */
  otherCodes: Record<string, number>;
  /** Responses that are not the route's right answer (non-2xx; for the number lookup: non-3xx). */
  unexpected: number;
  /** Connection errors and timeouts (timeouts are counted in errors too). */
  errors: number;
  timeouts: number;
};

export type RouteLoad = LoadResult & { id: Route["id"]; label: string; path: string; cache?: string | null };

function summarise(result: AutocannonResult, duration: number, connections: number, expectedRedirects: boolean): LoadResult {
  const status = { "2xx": result["2xx"], "3xx": result["3xx"], "4xx": result["4xx"], "5xx": result["5xx"] };
  const requests = status["2xx"] + status["3xx"] + status["4xx"] + status["5xx"] + result["1xx"];
  return {
    duration,
    connections,
    requests,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    status,
    otherCodes: Object.fromEntries(Object.entries(result.statusCodeStats).filter(([code]) => code !== "200").map(([code, { count }]) => [code, count])),
    unexpected: expectedRedirects ? requests - status["3xx"] : result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export async function loadRoute(base: string, route: Route, duration: number, connections: number): Promise<RouteLoad> {
  const result = await autocannon({ url: base + route.path, headers: BENCH_HEADERS, connections, duration, timeout: route.download ? DOWNLOAD_TIMEOUT_S : PAGE_TIMEOUT_S });
  return { id: route.id, label: route.label, path: route.path, ...summarise(result, duration, connections, Boolean(route.redirects)) };
}

export type MixedLoad = {
  duration: number;
  pages: LoadResult & { routes: number };
  downloads: LoadResult;
  total: { requests: number; errors: number; timeouts: number; unexpected: number; non2xx: number };
};

/**
 * The mixed load: two autocannon instances at once for `duration` seconds. Most connections share one round-robin
 * over every page and API route: whichever connection sends next asks for the next route in turn, so each route gets
 * the same share of the requests and the connections do not move through the list in lockstep (with autocannon's
 * plain `requests` list every connection starts at the first route, and all of them would hit the slowest route at
 * the same moment). A tenth of the connections (at least one; or as asked) download the full samlet export over and over, so the
 * heavy downloads run alongside the pages without making up most of the requests. The number lookup's redirects are
 * its right answer; any other non-2xx is unexpected.
 */
export async function mixedLoad(base: string, routes: Route[], duration: number, connections: number, downloadConnectionsWanted: number | null = null): Promise<MixedLoad> {
  const pageRoutes = routes.filter((r) => !r.download);
  const downloadRoutes = routes.filter((r) => r.download);
  const downloadConnections = downloadRoutes.length ? (downloadConnectionsWanted ?? Math.max(1, Math.round(connections / 10))) : 0;
  const pageConnections = connections - downloadConnections;
  let next = 0;
  const [pagesResult, downloadsResult] = await Promise.all([
    autocannon({ url: base, headers: BENCH_HEADERS, connections: pageConnections, duration, timeout: PAGE_TIMEOUT_S, requests: [{ method: "GET", path: "/", setupRequest: (request) => ({ ...request, path: pageRoutes[next++ % pageRoutes.length].path }) }] }),
    downloadConnections
      ? autocannon({ url: base, headers: BENCH_HEADERS, connections: downloadConnections, duration, timeout: DOWNLOAD_TIMEOUT_S, requests: downloadRoutes.map((r) => ({ method: "GET", path: r.path })) })
      : Promise.resolve(null),
  ]);
  const pages = summarise(pagesResult, duration, pageConnections, false);
  // Each page connection asks the routes in turn, so the redirects come from the number lookup: count them as right.
  const expectedRedirects = pageRoutes.some((r) => r.redirects) ? pages.status["3xx"] : 0;
  pages.unexpected -= expectedRedirects;
  const downloads = downloadsResult ? summarise(downloadsResult, duration, downloadConnections, false) : summarise(emptyResult(), duration, 0, false);
  return {
    duration,
    pages: { ...pages, routes: pageRoutes.length },
    downloads,
    total: {
      requests: pages.requests + downloads.requests,
      errors: pages.errors + downloads.errors,
      timeouts: pages.timeouts + downloads.timeouts,
      unexpected: pages.unexpected + downloads.unexpected,
      non2xx: pages.requests - pages.status["2xx"] + downloads.requests - downloads.status["2xx"],
    },
  };
}

function emptyResult(): AutocannonResult {
  const stats = { average: 0, mean: 0, stddev: 0, min: 0, max: 0, total: 0, p50: 0, p90: 0, p99: 0 };
  return {
    duration: 0, errors: 0, timeouts: 0, non2xx: 0, resets: 0, "1xx": 0, "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0, statusCodeStats: {},
    latency: { ...stats, totalCount: 0 }, requests: { ...stats, sent: 0 }, throughput: stats,
  };
}
