/**
 * npm run bench -- [--no-build] [--scale N] [--duration S] [--connections N] [--mixed-duration S] [--mixed-connections N]
 *                  [--mixed-downloads N] [--downloads N] [--no-lighthouse] [--port P] [--out FILE]
 *
 * The portal under load, written to docs/benchmarks.md (a section per database kind and scale). Builds the portal,
 * loads the demo history at `scale` × national volume into a throwaway PGlite (or DATABASE_URL, emptied first, only
 * when its name contains "bench" or "test"), captures the query plans of the search, serves the build with
 * `next start`, and measures: Lighthouse on four pages, complete downloads of the samlet export with the server's
 * memory, every route alone with autocannon (against a static and a dynamic baseline), and a mixed load. The server
 * and the temporary folder are removed at the end, also on failure or Ctrl-C. Not part of `npm test`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeTarget } from "../lib/db/config";
import { benchTarget, prepareDatabase, sectionKey, waitForDatabaseIdle } from "./bench/database";
import { measureExportDownloads } from "./bench/downloads";
import { runLighthouse } from "./bench/lighthouse";
import { loadRoute, mixedLoad, type RouteLoad } from "./bench/load";
import { copenhagenTime, describeMachine } from "./bench/machine";
import { isDefaultLoad, optionArgs, parseOptions } from "./bench/options";
import { recordServerGroup, startJanitor } from "./bench/janitor";
import { explainSearches } from "./bench/query-plans";
import { renderSection, writeReport, type BenchRun } from "./bench/report";
import { benchRoutes, EXPORT_PATH, warmRoutes } from "./bench/routes";
import { BENCH_API_RATE_LIMIT, buildPortal, isPrerendered, killNow, startServer, waitForIdle, type Server } from "./bench/server";
import { runScript } from "./run-script";

/**
 * A route runs --duration seconds, or longer when one request takes so long that not every connection would finish
 * one in that time (the slow pages at 20×, the full export): about connections × one request's time, at most this long.
 */
const MAX_ROUTE_S = 120;
const MAX_EXPORT_ROUTE_S = 300;

const started = performance.now();
function log(message: string): void {
  const s = Math.round((performance.now() - started) / 1000);
  console.log(`[${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}] ${message}`);
}

/** The command that reproduces this run, with a DATABASE_URL's password left out. */
function commandLine(args: string[]): string {
  const url = process.env.DATABASE_URL?.trim();
  let prefix = "";
  if (url) {
    const u = new URL(url);
    prefix = `DATABASE_URL=${u.protocol}//${u.username ? `${u.username}${u.password ? ":<password>" : ""}@` : ""}${u.host}${u.pathname} `;
  }
  return `${prefix}npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`;
}

runScript(async () => {
  const options = parseOptions(process.argv.slice(2));
  const machine = describeMachine();
  const date = copenhagenTime();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dagtilbud-bench-"));
  startJanitor(work);
  let server: Server | null = null;
  const removeWork = () => fs.rmSync(work, { recursive: true, force: true });
  // Ctrl-C, kill, or an exit that skips the finally below (the janitor covers a SIGKILL, see ./bench/janitor.ts).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the server and removing ${work}`);
      killNow(server);
      removeWork();
      process.exit(130);
    });
  }
  process.once("exit", () => {
    killNow(server);
    removeWork();
  });

  try {
    const target = benchTarget(work);
    log(`benchmark on ${describeTarget(target)}, scale ${options.scale}; work folder ${work}`);
    const buildSeconds = options.build ? buildPortal(log) : null;
    if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No build in .next: run without --no-build (or `npm run build`).");
    const staticPrerendered = isPrerendered("/tilgaengelighed");

    const db = await prepareDatabase(target, work, options.scale, log);
    log(`data: ${db.volume.anvisningsenheder.toLocaleString("en")} anvisningsenheder, ${db.volume.daginstitutioner.toLocaleString("en")} daginstitutioner, ${db.volume.alternativeAdresser} alternative addresses; picks ${JSON.stringify(db.picks)}`);
    const routes = benchRoutes(db.picks);

    log("query plans of the search (EXPLAIN ANALYZE)");
    const plans = await explainSearches(
      [
        { label: "Name search (the measured route: a common word)", query: db.picks.searchWord },
        { label: "Name search, selective (a record's full name)", query: db.picks.recordUnitName },
        { label: "Number lookup", query: db.picks.lookupNumber },
      ],
      db.serverEnv,
      work,
    );
    for (const plan of plans) log(`  ${plan.label}: ${plan.executionMs ?? "?"} ms${plan.seqScans.length ? `, Seq Scan on ${plan.seqScans.map((scan) => `${scan.table}${scan.filter ? " (filtered)" : ""}`).join(", ")}` : ""}`);

    server = await startServer(options.port, db.serverEnv, log, (pgid) => recordServerGroup(work, pgid));
    const base = server.base;
    log("warming the routes");
    const warmed = await warmRoutes(base, routes, log);

    const settle = async () => {
      const waited = (await waitForDatabaseIdle(target)) + (await waitForIdle(server!.serverPid()));
      if (waited > 1) log(`  (waited ${waited.toFixed(1)} s for the server to finish the requests it had accepted)`);
    };

    let lighthouse: BenchRun["lighthouse"] = null;
    if (options.lighthouse) {
      await settle();
      log("lighthouse");
      const page = (id: string) => routes.find((r) => r.id === id)!;
      lighthouse = await runLighthouse(base, [page("front"), page("kommune"), page("nameSearch"), page("record")].map(({ label, path }) => ({ label, path })), work, log);
    }

    await settle();
    log(`samlet export: ${options.downloads} sequential and ${options.downloads} concurrent downloads`);
    const downloads = await measureExportDownloads(base + EXPORT_PATH, server.serverPid, options.downloads);
    const single = [...downloads.sequential.downloads.map((d) => d.seconds)].sort((a, b) => a - b)[Math.floor(options.downloads / 2)];
    log(`  ${downloads.sequential.downloads[0].bytes.toLocaleString("en")} bytes, median ${single.toFixed(2)} s; RSS ${Math.round(downloads.sequential.rss.min / 2 ** 20)}–${Math.round(downloads.sequential.rss.max / 2 ** 20)} MB`);

    const results: RouteLoad[] = [];
    for (const route of routes) {
      const seconds = route.download ? single : warmed.get(route.id)?.seconds ?? 0;
      const duration = Math.min(route.download ? MAX_EXPORT_ROUTE_S : MAX_ROUTE_S, Math.max(options.duration, Math.ceil(seconds * options.connections * 1.2)));
      await settle();
      log(`autocannon ${route.path} (${options.connections} connections, ${duration} s)`);
      const result = { ...(await loadRoute(base, route, duration, options.connections)), cache: warmed.get(route.id)?.cache ?? null };
      log(`  ${result.reqPerSec.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.unexpected}, errors ${result.errors}`);
      results.push(result);
    }

    await settle();
    log(`mixed load: ${options.mixedConnections} connections, ${options.mixedDuration} s`);
    const mixed = await mixedLoad(base, routes, options.mixedDuration, options.mixedConnections, options.mixedDownloads);
    log(`  ${mixed.total.requests} requests, ${mixed.total.errors} errors, ${mixed.total.timeouts} timeouts, ${mixed.total.unexpected} unexpected status`);
    const loadAtEnd = os.loadavg()[0];

    await server.stop();
    server = null;
    recordServerGroup(work, null);

    const run: BenchRun = {
      key: sectionKey(target, options.scale),
      kind: target.kind,
      scale: options.scale,
      date,
      command: commandLine(optionArgs(options)),
      defaultLoad: isDefaultLoad(options),
      machine,
      loadAtEnd,
      database: { version: db.version, description: target.kind === "pglite" ? "a throwaway folder" : describeTarget(target).replace(/^PostgreSQL at /, "at ") },
      volume: db.volume,
      load: db.load,
      picks: db.picks,
      buildSeconds,
      staticPrerendered,
      apiRateLimit: BENCH_API_RATE_LIMIT,
      settings: { duration: options.duration, connections: options.connections, mixedDuration: options.mixedDuration, mixedConnections: options.mixedConnections, downloads: options.downloads },
      routes: results,
      downloads,
      mixed,
      lighthouse,
      plans,
      totalSeconds: (performance.now() - started) / 1000,
    };
    writeReport(options.out, run);
    const section = renderSection(run);
    const routeTable = section.slice(section.indexOf("| route |"), section.indexOf("\n\n", section.indexOf("| route |")));
    console.log(`\n${routeTable}\n`);
    log(`wrote the section "${run.key}" of ${options.out}`);
  } finally {
    await server?.stop();
    server = null;
    removeWork();
  }
});
