/**
 * Lighthouse 12.8.2 (its CLI, default config = the mobile preset) in headless Chromium: the four category scores per
 * page and, for a category below its target, the audits that cost points.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { computeMedianRun, filterToValidRuns } from "lighthouse/core/lib/median-run.js";

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type CategoryId = (typeof LIGHTHOUSE_CATEGORIES)[number];
export const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu";

/** Below this a category's failing audits are listed. */
export const TARGET: Record<CategoryId, number> = { performance: 0.95, accessibility: 1, "best-practices": 1, seo: 1 };

/** `weight` > 0: the audit counts in the category score (the performance metrics); 0: a diagnostic or opportunity. */
export type FailingAudit = { id: string; title: string; score: number; weight: number; displayValue?: string };
export type LighthousePage = {
  label: string;
  path: string;
  scores: Partial<Record<CategoryId, number | null>>;
  /** Per category below target: its audits scoring below 1. */
  failing: Partial<Record<CategoryId, FailingAudit[]>>;
  metrics: { fcpMs?: number; lcpMs?: number; tbtMs?: number; cls?: number; speedIndexMs?: number };
  /** An attempt failed and the spare one was used (see runLighthouse). */
  retried?: boolean;
  /** The performance score of every valid run; the other fields are from the median run. */
  runs?: (number | null)[];
  /** Lighthouse's measure of the CPU during the run (environment.benchmarkIndex). */
  benchmarkIndex?: number;
  error?: string;
};

type LighthouseJson = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string; numericValue?: number }>;
  runtimeError?: { code: string; message: string };
  environment?: { benchmarkIndex?: number };
};

export function chromePath(): string {
  return process.env.CHROME_PATH || "/usr/bin/chromium";
}

function runCli(url: string, output: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "node_modules/.bin/lighthouse",
      [url, "--output=json", `--output-path=${output}`, `--only-categories=${LIGHTHOUSE_CATEGORIES.join(",")}`, `--chrome-flags=${CHROME_FLAGS}`, "--quiet"],
      { env: { ...process.env, CHROME_PATH: chromePath() }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stderr }));
  });
}

/** Runs per page; the report keeps Lighthouse's own median run (computeMedianRun, its advice against variance). */
export const LIGHTHOUSE_RUNS = 3;

export async function runLighthouse(base: string, pages: { label: string; path: string }[], workDir: string, log: (message: string) => void): Promise<LighthousePage[]> {
  if (!fs.existsSync(chromePath())) throw new Error(`No Chromium at ${chromePath()}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  const results: LighthousePage[] = [];
  for (const [i, page] of pages.entries()) {
    const started = performance.now();
    const reports: LighthouseJson[] = [];
    const errors: string[] = [];
    // Lighthouse now and then fails to record the trace (NO_NAVSTART, NO_FCP) on a busy machine: one spare attempt.
    for (let attempt = 0; reports.length < LIGHTHOUSE_RUNS && attempt < LIGHTHOUSE_RUNS + 1; attempt++) {
      const outcome = await runReport(base + page.path, path.join(workDir, `lighthouse-${i}-${attempt}.json`));
      if ("error" in outcome) {
        errors.push(outcome.error);
        log(`  lighthouse ${page.path}: ${outcome.error}`);
      } else reports.push(outcome.report);
    }
    const valid = filterToValidRuns(reports);
    const result: LighthousePage = valid.length
      ? { ...summarise(page, computeMedianRun(valid)), runs: valid.map((report) => report.categories.performance?.score ?? null), retried: errors.length > 0 }
      : { ...page, scores: {}, failing: {}, metrics: {}, error: errors.at(-1) ?? "no run with FCP and TTI" };
    log(`  lighthouse ${page.path}: ${result.error ?? LIGHTHOUSE_CATEGORIES.map((id) => `${id} ${result.scores[id] ?? "–"}`).join(", ")}${result.runs ? ` (performance of the runs: ${result.runs.join(", ")})` : ""} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    results.push(result);
  }
  return results;
}

async function runReport(url: string, output: string): Promise<{ report: LighthouseJson } | { error: string }> {
  const { code, stderr } = await runCli(url, output);
  if (code !== 0 || !fs.existsSync(output)) return { error: `lighthouse exited with code ${code}: ${stderr.trim().split("\n").slice(-3).join(" ")}` };
  const report = JSON.parse(fs.readFileSync(output, "utf8")) as LighthouseJson;
  if (report.runtimeError) return { error: `${report.runtimeError.code}: ${report.runtimeError.message}` };
  return { report };
}

function summarise(page: { label: string; path: string }, report: LighthouseJson): LighthousePage {
  const result: LighthousePage = { ...page, scores: {}, failing: {}, metrics: {} };
  for (const id of LIGHTHOUSE_CATEGORIES) {
    const category = report.categories[id];
    result.scores[id] = category?.score ?? null;
    if (category && (category.score ?? 0) < TARGET[id]) {
      result.failing[id] = category.auditRefs
        .map((ref) => ({ ref, audit: report.audits[ref.id] }))
        .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && !["notApplicable", "informative", "manual"].includes(audit.scoreDisplayMode))
        .map(({ ref, audit }) => ({ id: ref.id, title: audit.title, score: audit.score!, weight: ref.weight, displayValue: audit.displayValue }))
        .sort((a, b) => b.weight - a.weight || a.score - b.score);
    }
  }
  const metric = (id: string) => report.audits[id]?.numericValue;
  result.benchmarkIndex = report.environment?.benchmarkIndex;
  result.metrics = { fcpMs: metric("first-contentful-paint"), lcpMs: metric("largest-contentful-paint"), tbtMs: metric("total-blocking-time"), cls: metric("cumulative-layout-shift"), speedIndexMs: metric("speed-index") };
  return result;
}
