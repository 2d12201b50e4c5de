/**
 * docs/benchmarks.md: one section per database kind and scale ("pglite-scale-1", "postgres-scale-20", …). A run
 * replaces only its own section; the header and the comparison across runs are rebuilt from the data every section
 * carries in an HTML comment, so national and 20× runs stay side by side in one file.
 */
import fs from "node:fs";
import path from "node:path";
import type { DataVolume, Picks } from "./database";
import type { ExportDownloads } from "./downloads";
import { CHROME_FLAGS, LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_RUNS, TARGET, type LighthousePage } from "./lighthouse";
import { BENCH_HEADERS, type LoadResult, type MixedLoad, type RouteLoad } from "./load";
import type { Machine } from "./machine";
import type { QueryPlan } from "./query-plans";
import type { RouteId } from "./routes";

export type BenchRun = {
  key: string;
  kind: "pglite" | "postgres";
  scale: number;
  /** Wall-clock time in Denmark when the run started. */
  date: string;
  command: string;
  defaultLoad: boolean;
  machine: Machine;
  loadAtEnd: number;
  database: { version: string; description: string };
  volume: DataVolume;
  load: { days: number; rows: number; changes: number; seconds: number; daySeconds: number[] };
  picks: Picks;
  buildSeconds: number | null;
  staticPrerendered: boolean;
  apiRateLimit: string;
  settings: { duration: number; connections: number; mixedDuration: number; mixedConnections: number; downloads: number };
  routes: RouteLoad[];
  downloads: ExportDownloads;
  mixed: MixedLoad;
  lighthouse: LighthousePage[] | null;
  plans: QueryPlan[];
  totalSeconds: number;
};

/** What a section keeps for the comparison across runs. */
type SectionData = {
  key: string;
  title: string;
  date: string;
  units: number;
  routes: { id: RouteId; requests: number; reqPerSec: number; p50: number; p99: number }[];
  exportBytes: number;
  exportSeconds: number;
  exportRssSpreadMb: number;
  mixedRequests: number;
  mixedErrors: number;
  mixedUnexpected: number;
  loadSeconds?: number;
  plans?: { label: string; executionMs: number | null; seqScan: boolean }[];
};

const ROUTE_NAMES: Record<RouteId, string> = {
  staticFile: "reference: static file (/icon.svg)",
  static: "baseline static (/tilgaengelighed)",
  dynamic: "baseline dynamic (/soeg, no query)",
  front: "front page",
  kommune: "København overview",
  kommuneHierarchy: "København hierarchy",
  record: "record page",
  nameSearch: "name search",
  numberLookup: "number lookup (redirect)",
  browse: "filtered browse",
  api: "API list, kommune 101",
  codeList: "code list page",
  export: "samlet export (full CSV)",
};

const KIND_ORDER = { pglite: 0, postgres: 1 } as const;
const en = (n: number, digits = 0) => n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number) => `${en(bytes / 1024 / 1024, 1)} MB`;
const rate = (n: number) => (n >= 100 ? en(n) : en(n, 1));
const ms = (n: number) => (n >= 100 ? en(n) : en(n, 1));
const ratio = (a: number, b: number) => (a > 0 && b > 0 ? `${en(a / b, 2)}×` : "–");
const score = (n: number | null | undefined) => (n === null || n === undefined ? "–" : n.toFixed(2));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};

export function sectionTitle(kind: "pglite" | "postgres", scale: number): string {
  const db = kind === "pglite" ? "PGlite (embedded)" : "PostgreSQL";
  return `${db}, ${scale === 1 ? "national volume (scale 1)" : `${scale}× national volume (scale ${scale})`}`;
}

function table(head: string[], rows: (string | number)[][], align?: ("l" | "r")[]): string {
  const sep = head.map((_, i) => ((align?.[i] ?? (i === 0 ? "l" : "r")) === "r" ? "---:" : "---"));
  return [`| ${head.join(" | ")} |`, `| ${sep.join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** " (307: 512, 503: 3)": the status codes other than 200, if any. */
function codes(r: LoadResult): string {
  const entries = Object.entries(r.otherCodes ?? {});
  return entries.length ? ` (${entries.map(([code, n]) => `${code}: ${en(n)}`).join(", ")})` : "";
}

function routeTable(run: BenchRun): string {
  const base = (id: RouteId) => run.routes.find((r) => r.id === id);
  const staticRoute = base("static");
  const dynamicRoute = base("dynamic");
  const rows = run.routes.map((r) => [
    `${r.label}${r.duration !== run.settings.duration ? ` (${r.duration} s)` : ""}`,
    `\`${r.path}\``,
    r.cache ?? "–",
    rate(r.reqPerSec),
    r.requests ? ms(r.p50) : "–",
    r.requests ? ms(r.p99) : "–",
    `${en(r.unexpected)}${codes(r)}`,
    en(r.errors),
    staticRoute ? ratio(r.reqPerSec, staticRoute.reqPerSec) : "–",
    dynamicRoute ? ratio(r.reqPerSec, dynamicRoute.reqPerSec) : "–",
    staticRoute ? ratio(r.p50, staticRoute.p50) : "–",
    dynamicRoute ? ratio(r.p50, dynamicRoute.p50) : "–",
  ]);
  return table(
    ["route", "path", "served as", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "req/s ÷ static", "req/s ÷ dynamic", "p50 ÷ static", "p50 ÷ dynamic"],
    rows,
    ["l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
  );
}

function downloadsSection(run: BenchRun): string {
  const { sequential, concurrent } = run.downloads;
  const size = sequential.downloads[0];
  const rows = sequential.downloads.map((d, i) => [String(i + 1), en(d.bytes), en(d.lines - 1), en(d.seconds, 2), en(d.firstByteSeconds, 2), en(d.bytes / 1024 / 1024 / d.seconds, 1)]);
  const rss = (r: typeof sequential.rss) => [mb(r.before), mb(r.min), mb(r.max), `${en((r.max - r.min) / 1024 / 1024, 1)} MB`, mb(r.after), en(r.samples)];
  const concurrentSeconds = concurrent.downloads.map((d) => d.seconds);
  return [
    `${run.settings.downloads} complete downloads of \`/eksport/officielle/samlet_udtraek.csv\` one after another, then ${run.settings.downloads} at once; the`,
    "resident memory (VmRSS) of the `next-server` process sampled every 100 ms meanwhile.",
    "",
    table(["download", "bytes", "rows", "seconds", "first byte s", "MB/s"], rows),
    "",
    table(
      ["run", "wall s", "per download s (min / median / max)", "RSS before", "RSS min", "RSS max", "max − min", "RSS after", "samples"],
      [
        [`${run.settings.downloads} sequential`, en(sequential.wallSeconds, 2), `${en(Math.min(...sequential.downloads.map((d) => d.seconds)), 2)} / ${en(median(sequential.downloads.map((d) => d.seconds)), 2)} / ${en(Math.max(...sequential.downloads.map((d) => d.seconds)), 2)}`, ...rss(sequential.rss)],
        [`${run.settings.downloads} concurrent`, en(concurrent.wallSeconds, 2), `${en(Math.min(...concurrentSeconds), 2)} / ${en(median(concurrentSeconds), 2)} / ${en(Math.max(...concurrentSeconds), 2)}`, ...rss(concurrent.rss)],
      ],
    ),
    "",
    `File: ${en(size.bytes)} bytes (${mb(size.bytes)}), ${en(size.lines - 1)} data rows.`,
  ].join("\n");
}

function mixedSection(run: BenchRun): string {
  const m = run.mixed;
  const row = (name: string, r: LoadResult, routes: string) => [
    name, en(r.connections), routes, en(r.requests), rate(r.reqPerSec), r.requests ? ms(r.p50) : "–", r.requests ? ms(r.p99) : "–", en(r.status["2xx"]), en(r.status["3xx"]), en(r.status["4xx"]), en(r.status["5xx"]), en(r.errors), en(r.timeouts),
  ];
  const met = m.total.errors === 0 && m.total.unexpected === 0;
  return [
    `${m.duration} s, ${en(m.pages.connections + m.downloads.connections)} connections${m.downloads.connections ? " in two autocannon instances running at once" : ""}: ${m.pages.connections} connections share one round-robin over the ${m.pages.routes} page and API routes above (each request any of them sends is for the next route in turn, so every route gets an equal share)` +
      `${m.downloads.connections ? `, and ${m.downloads.connections} download the full samlet export over and over` : "; no export downloads (`--mixed-downloads 0`)"}. ` +
      `A page request taking over 30 s (a download over 600 s) counts as a timeout, which is an error.`,
    "",
    table(
      ["load", "connections", "routes", "requests", "req/s", "p50 ms", "p99 ms", "2xx", "3xx", "4xx", "5xx", "errors", "timeouts"],
      [
        row("pages + API", m.pages, String(m.pages.routes)),
        ...(m.downloads.connections ? [row("samlet export", m.downloads, "1")] : []),
        ["**total**", en(m.pages.connections + m.downloads.connections), "", `**${en(m.total.requests)}**`, "", "", "", "", "", "", "", `**${en(m.total.errors)}**`, `**${en(m.total.timeouts)}**`],
      ],
    ),
    "",
    `Non-2xx: ${en(m.total.non2xx)}, of which ${en(m.total.non2xx - m.total.unexpected)} are the number lookup's redirects (its right answer) and ${en(m.total.unexpected)} unexpected${codes(m.pages)}${m.downloads.connections ? `; downloads${codes(m.downloads) || " (all 200)"}` : ""}. ` +
      `Target zero errors and no unexpected status: **${met ? "met" : "not met"}**.`,
  ].join("\n");
}

function lighthouseSection(run: BenchRun): string {
  if (!run.lighthouse) return "Skipped (`--no-lighthouse`).";
  const rows = run.lighthouse.map((p) => [
    `${p.label}${p.retried ? " (a spare run)" : ""}`, `\`${p.path}\``,
    ...LIGHTHOUSE_CATEGORIES.map((id) => (p.error && p.scores[id] === undefined ? "error" : score(p.scores[id]))),
    p.runs ? p.runs.map((r) => score(r)).join(" · ") : "–",
    p.metrics.fcpMs !== undefined ? en(p.metrics.fcpMs) : "–",
    p.metrics.lcpMs !== undefined ? en(p.metrics.lcpMs) : "–",
    p.metrics.tbtMs !== undefined ? en(p.metrics.tbtMs) : "–",
    p.metrics.cls !== undefined ? en(p.metrics.cls, 3) : "–",
    p.benchmarkIndex !== undefined ? en(p.benchmarkIndex) : "–",
  ]);
  const failing: string[] = [];
  for (const p of run.lighthouse) {
    if (p.error) failing.push(`- ${p.label}: ${p.error}`);
    for (const id of LIGHTHOUSE_CATEGORIES) {
      const audits = p.failing[id];
      if (!audits) continue;
      const list = (group: typeof audits) => group.map((a) => `\`${a.id}\` ${a.score.toFixed(2)}${a.displayValue ? ` (${a.displayValue})` : ""}`).join(", ");
      const weighted = audits.filter((a) => a.weight > 0);
      const other = audits.filter((a) => a.weight === 0);
      const parts = [weighted.length ? `scored: ${list(weighted)}` : "", other.length ? `diagnostics: ${list(other)}` : ""].filter(Boolean);
      failing.push(`- ${p.label}, ${id} ${score(p.scores[id])}: ${parts.length ? parts.join("; ") : "no single audit below 1"}`);
    }
  }
  return [
    `Lighthouse 12.8.2, default config (mobile preset: simulated slow 4G and 4× CPU slowdown), \`--only-categories=${LIGHTHOUSE_CATEGORIES.join(",")}\`, Chromium \`${CHROME_FLAGS}\`. Each page is run ${LIGHTHOUSE_RUNS} times and the row is Lighthouse's own median run (\`computeMedianRun\`: closest to the median FCP and TTI); "runs" lists every run's performance score. Metrics in ms (CLS unitless). CPU index: Lighthouse's \`benchmarkIndex\` of the machine during that page's run (lower = a busier or slower CPU; the simulated throttling assumes about 1,000+, and TBT grows as it falls).`,
    "",
    table(["page", "path", "performance", "accessibility", "best practices", "SEO", "runs (performance)", "FCP", "LCP", "TBT", "CLS", "CPU index"], rows, ["l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"]),
    "",
    failing.length
      ? `Categories below target (performance ${TARGET.performance}, the others 1.0) and their audits scoring below 1:\n\n${failing.join("\n")}`
      : `Every category is at target (performance ≥ ${TARGET.performance}, the others 1.0).`,
  ].join("\n");
}

function plansSection(run: BenchRun): string {
  return run.plans
    .map((p) => {
      const describe = (scan: QueryPlan["seqScans"][number]) =>
        scan.filter
          ? `${scan.table} filtered row by row on \`${scan.filter}\` (${scan.rows === null ? "?" : en(scan.rows)} rows kept, ${scan.removed === null ? "?" : en(scan.removed)} removed)`
          : `${scan.table} read whole (${scan.rows === null ? "?" : en(scan.rows)} rows, no filter: the build side of a join)`;
      const small = [...new Set(p.otherSeqScans.map((scan) => scan.table))];
      const flag = p.seqScans.length
        ? `**Seq Scan on a big table:** ${p.seqScans.map(describe).join("; ")}.${small.length ? ` Small tables read whole: ${small.join(", ")}.` : ""}`
        : `No Seq Scan on a big table${small.length ? ` (small tables read whole: ${small.join(", ")})` : ""}.`;
      return [
        `#### ${p.label}: \`${p.query}\``,
        "",
        `Execution time ${p.executionMs === null ? "–" : `${en(p.executionMs, 1)} ms`}. ${flag}`,
        "",
        "<details><summary>SQL and plan</summary>",
        "",
        "```sql",
        ...p.setup.map((s) => `${s};`),
        `${p.sql.trim().replace(/\n\s*\n/g, "\n")};`,
        "```",
        "",
        "```text",
        p.plan,
        "```",
        "",
        "</details>",
      ].join("\n");
    })
    .join("\n\n");
}

export function renderSection(run: BenchRun): string {
  const v = run.volume;
  const data: SectionData = {
    key: run.key,
    title: sectionTitle(run.kind, run.scale),
    date: run.date,
    units: v.anvisningsenheder,
    routes: run.routes.map((r) => ({ id: r.id, requests: r.requests, reqPerSec: r.reqPerSec, p50: r.p50, p99: r.p99 })),
    exportBytes: run.downloads.sequential.downloads[0].bytes,
    exportSeconds: median(run.downloads.sequential.downloads.map((d) => d.seconds)),
    exportRssSpreadMb: (run.downloads.sequential.rss.max - run.downloads.sequential.rss.min) / 1024 / 1024,
    mixedRequests: run.mixed.total.requests,
    mixedErrors: run.mixed.total.errors,
    mixedUnexpected: run.mixed.total.unexpected,
    loadSeconds: run.load.seconds,
    plans: run.plans.map((p) => ({ label: p.label, executionMs: p.executionMs, seqScan: p.seqScans.some((scan) => scan.filter !== null) })),
  };
  const m = run.machine;
  const s = run.settings;
  return [
    `<!-- bench-section ${run.key} -->`,
    `<!-- bench-data ${JSON.stringify(data).replaceAll(">", "\\u003e")} -->`,
    `## ${sectionTitle(run.kind, run.scale)}`,
    "",
    `Run ${run.date}${run.defaultLoad ? "" : " (**shortened run**: not the default durations; re-run with defaults for comparable numbers)"}; the whole run took ${en(run.totalSeconds / 60, 1)} min.`,
    "",
    "```sh",
    run.command,
    "```",
    "",
    table(["", ""], [
      ["machine", `${m.cpu}, ${m.cores} cores, ${en(m.ramGb, 1)} GB RAM`],
      ["system", `${m.os}, Node ${m.node}`],
      ["load average (1 min) at start / end", `${en(m.loadAtStart, 2)} / ${en(run.loadAtEnd, 2)} (the machine is shared; load and server run on the same cores)`],
      ["database", `${run.database.version}; ${run.database.description}`],
      ["data", `demo history, ${run.load.days} daily snapshots at ${run.scale}× national volume, loaded through the importer in ${en(run.load.seconds, 1)} s (${run.load.daySeconds.map((d) => en(d, 1)).join(" + ")} s per day)`],
      ["anvisningsenheder", `${en(v.anvisningsenheder)} (${en(v.anvisningsenhederAktive)} active)`],
      ["daginstitutioner", `${en(v.daginstitutioner)} (${en(v.daginstitutionerAktive)} active)`],
      ["alternative addresses", en(v.alternativeAdresser)],
      ["recorded changes (aendring)", en(v.aendringer)],
      ["build", run.buildSeconds === null ? "existing `.next` (`--no-build`)" : `\`next build\` ${en(run.buildSeconds, 1)} s`],
      ["server", `\`next start\` (production), \`API_RATE_LIMIT=${run.apiRateLimit}\` so the API's per-client limit (default 300/min) never answers 429 here: all load comes from one client`],
    ], ["l", "l"]),
    "",
    `### Requests per route`,
    "",
    `autocannon 8.0.0, ${s.connections} connections, ${s.duration} s per route, one route at a time after warming each with a few requests, each request sending \`Accept-Encoding: ${BENCH_HEADERS["accept-encoding"]}\` as browsers do (kept pages are answered with their brotli copy; the rest is compressed per request by Next.js). ` +
      `Baselines: static = \`/tilgaengelighed\` (${run.staticPrerendered ? "prerendered at build" : "not prerendered at build in this version; \"served as\" says how the server answers it"}), dynamic = \`/soeg\` without a query (rendered per request, no search query). ` +
      "The file `/icon.svg` is a reference for a response that renders nothing. " +
      "Served as: the `X-Cache` header of the last warm-up response (the portal's page cache: `hit` = served from memory, `dynamic` = rendered per request), or Next.js's `x-nextjs-cache`; – when neither is sent. " +
      `Ratios: req/s of the route ÷ req/s of the baseline, and p50 of the route ÷ p50 of the baseline (above 1× = slower). non-2xx for the number lookup counts answers other than its redirect. Errors include timeouts. ` +
      `A route whose single request is slow runs longer than ${s.duration} s (shown after its name), about connections × one request, so that every connection finishes some requests. ` +
      "Before each measurement the harness waits until the server process (and PostgreSQL) has finished the requests the previous one left behind.",
    "",
    routeTable(run),
    "",
    `Name search: the most frequent word in the names of active anvisningsenheder, "${run.picks.searchWord}" (${en(run.picks.searchWordUnits)} of them; the page shows the first 25 of the best 100 matching records).`,
    "",
    `### Samlet export: time and server memory`,
    "",
    downloadsSection(run),
    "",
    `### Mixed load`,
    "",
    mixedSection(run),
    "",
    `### Lighthouse`,
    "",
    lighthouseSection(run),
    "",
    `### Query plans of the search`,
    "",
    `\`EXPLAIN (ANALYZE, BUFFERS)\` of the SQL \`lib/register/search.ts\` sends (captured from Prisma's query events while running the portal's own search, parameters written in), on the benchmark database; the second of two runs (warm caches). A \`Seq Scan\` on anvisningsenhed, daginstitution, aendring, import_fund or kvalitetsfund is flagged.`,
    "",
    plansSection(run),
    "",
    `<!-- /bench-section ${run.key} -->`,
  ].join("\n");
}

const SECTION = /<!-- bench-section (\S+) -->[\s\S]*?<!-- \/bench-section \1 -->/g;

function sectionOrder(key: string): [number, number] {
  const match = /^(pglite|postgres)-scale-([\d.]+)$/.exec(key);
  return match ? [KIND_ORDER[match[1] as "pglite" | "postgres"], Number(match[2])] : [9, 0];
}

function comparison(sections: SectionData[]): string {
  if (sections.length === 0) return "";
  const head = ["", ...sections.map((s) => s.title)];
  const rows: string[][] = [
    ["run", ...sections.map((s) => s.date)],
    ["anvisningsenheder", ...sections.map((s) => en(s.units))],
  ];
  for (const id of Object.keys(ROUTE_NAMES) as RouteId[]) {
    rows.push([`${ROUTE_NAMES[id]}: req/s · p50 ms`, ...sections.map((s) => {
      const r = s.routes.find((x) => x.id === id);
      return r ? `${rate(r.reqPerSec)} · ${r.requests === 0 ? "–" : ms(r.p50)}` : "–";
    })]);
  }
  rows.push(["samlet export: size · median of sequential downloads", ...sections.map((s) => `${mb(s.exportBytes)} · ${en(s.exportSeconds, 2)} s`)]);
  rows.push(["server RSS max − min while downloading", ...sections.map((s) => `${en(s.exportRssSpreadMb, 1)} MB`)]);
  rows.push(["mixed load: requests · errors · unexpected status", ...sections.map((s) => `${en(s.mixedRequests)} · ${en(s.mixedErrors)} · ${en(s.mixedUnexpected)}`)]);
  const planLabels = [...new Set(sections.flatMap((s) => s.plans?.map((p) => p.label) ?? []))];
  for (const label of planLabels) {
    rows.push([`EXPLAIN ANALYZE: ${label}, ms`, ...sections.map((s) => {
      const plan = s.plans?.find((p) => p.label === label);
      return plan?.executionMs == null ? "–" : `${en(plan.executionMs, 1)}${plan.seqScan ? " (seq scan)" : ""}`;
    })]);
  }
  rows.push(["loading the demo history through the importer", ...sections.map((s) => (s.loadSeconds === undefined ? "–" : `${en(s.loadSeconds)} s`))]);
  return table(head, rows, ["l", ...sections.map(() => "r" as const)]);
}

function header(sections: SectionData[]): string {
  return `# Benchmarks

Written by \`npm run bench\` (\`scripts/bench.ts\`, \`scripts/bench/\`); not part of \`npm test\`. Each run builds the portal,
loads the demo history (five daily snapshots, through the importer) at national volume or a multiple of it into a
throwaway embedded PGlite, or into \`DATABASE_URL\`, serves it with \`next start\`, and measures: every route alone
with autocannon against two baselines measured in the same run, the full samlet export (time and server memory), a
mixed load, Lighthouse, and the query plans of the search. A run replaces only its own section below (one per
database kind and scale); the comparison is rebuilt from all sections.

Numbers are from a shared 2-core machine with the load generator on the same cores as the server: compare runs with
each other and with the baselines of the same run rather than reading them as absolute capacity.

## How to re-run

\`\`\`sh
npm run bench                                        # PGlite, national volume (builds first)
npm run bench -- --no-build --duration 3 --mixed-duration 10 --no-lighthouse   # a quick check
# PostgreSQL (the database is emptied; its name must contain "bench" or "test"):
DATABASE_URL=postgresql://<user>:<password>@127.0.0.1:5432/dagtilbud_bench npm run bench
DATABASE_URL=postgresql://<user>:<password>@127.0.0.1:5432/dagtilbud_bench npm run bench -- --scale 20
\`\`\`

Options: \`--no-build\`, \`--scale N\` (up to 20), \`--duration S\` (10), \`--connections N\` (10), \`--mixed-duration S\` (60),
\`--mixed-connections N\` (50), \`--mixed-downloads N\` (a tenth of them), \`--downloads N\` (5), \`--no-lighthouse\`, \`--port P\` (3440), \`--out FILE\`.
Lighthouse uses \`CHROME_PATH\` (default \`/usr/bin/chromium\`).
${sections.length ? `\n## Across runs\n\nreq/s and p50 latency per route at the settings of each run (see its section).\n\n${comparison(sections)}\n` : ""}`;
}

/** Writes `run`'s section into `file`, keeping the other runs' sections. */
export function writeReport(file: string, run: BenchRun): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const sections = new Map<string, string>();
  for (const match of existing.matchAll(SECTION)) sections.set(match[1], match[0]);
  sections.set(run.key, renderSection(run));
  const ordered = [...sections.entries()].sort(([a], [b]) => {
    const [ka, sa] = sectionOrder(a);
    const [kb, sb] = sectionOrder(b);
    return ka - kb || sa - sb;
  });
  const data = ordered.flatMap(([, text]) => {
    const json = /<!-- bench-data (.*) -->/.exec(text)?.[1];
    try {
      return json ? [JSON.parse(json) as SectionData] : [];
    } catch {
      return [];
    }
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${header(data)}\n${ordered.map(([, text]) => text).join("\n\n")}\n`);
}
