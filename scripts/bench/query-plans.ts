/** EXPLAIN (ANALYZE, BUFFERS) of the search's SQL on the benchmark database (captured by ./explain-search.ts). */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { CapturedPlan } from "./explain-search";

/** Tables with a row per record: a sequential scan of these grows with the register. */
export const BIG_TABLES = ["anvisningsenhed", "daginstitution", "aendring", "import_fund", "kvalitetsfund"];

export type QueryPlan = CapturedPlan & { label: string; seqScans: string[]; otherSeqScans: string[] };

function seqScans(plan: string): string[] {
  return [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]);
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
    return { ...plan, label: searches[i].label, seqScans: scans.filter((t) => BIG_TABLES.includes(t)), otherSeqScans: scans.filter((t) => !BIG_TABLES.includes(t)) };
  });
}
