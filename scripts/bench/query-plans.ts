/** EXPLAIN (ANALYZE, BUFFERS) of the search's SQL on the benchmark database (captured by ./explain-search.ts). */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { CapturedPlan } from "./explain-search";

/** Tables with a row per record: a sequential scan of these grows with the register. */
export const BIG_TABLES = ["anvisningsenhed", "daginstitution", "aendring", "import_fund", "kvalitetsfund"];

/** One `Seq Scan` node: the table, the rows it returned, and its filter (none: the whole table, e.g. to build a hash join). */
export type SeqScan = { table: string; rows: number | null; filter: string | null; removed: number | null };

export type QueryPlan = CapturedPlan & { label: string; seqScans: SeqScan[]; otherSeqScans: SeqScan[] };

export function seqScans(plan: string): SeqScan[] {
  const lines = plan.split("\n");
  const out: SeqScan[] = [];
  lines.forEach((line, i) => {
    const match = /Seq Scan on (\w+)/.exec(line);
    if (!match) return;
    const indent = line.search(/\S/);
    const scan: SeqScan = { table: match[1], rows: null, filter: null, removed: null };
    const rows = /actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+)/.exec(line);
    if (rows) scan.rows = Number(rows[1]);
    // The node's own detail lines follow, indented deeper, until the next node ("->") or a shallower line.
    for (const detail of lines.slice(i + 1)) {
      if (detail.search(/\S/) <= indent || detail.trim().startsWith("->")) break;
      const filter = /^\s*Filter: (.*)$/.exec(detail);
      if (filter) scan.filter = filter[1];
      const removed = /Rows Removed by Filter: (\d+)/.exec(detail);
      if (removed) scan.removed = Number(removed[1]);
    }
    out.push(scan);
  });
  return out;
}

export async function explainSearches(
  searches: { label: string; query: string }[],
  databaseEnv: Record<string, string>,
  workDir: string,
): Promise<QueryPlan[]> {
  const output = path.join(workDir, "query-plans.json");
  await new Promise<void>((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/bench/explain-search.ts", output, ...searches.map((s) => s.query)], {
      env: { ...process.env, ...databaseEnv },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`explain-search.ts exited with code ${code}`))));
  });
  const plans = JSON.parse(fs.readFileSync(output, "utf8")) as CapturedPlan[];
  return plans.map((plan, i) => {
    const scans = seqScans(plan.plan);
    return { ...plan, label: searches[i].label, seqScans: scans.filter((t) => BIG_TABLES.includes(t.table)), otherSeqScans: scans.filter((t) => !BIG_TABLES.includes(t.table)) };
  });
}
