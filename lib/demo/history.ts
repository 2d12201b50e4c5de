import path from "node:path";
import { DEMO_HISTORY_DATES } from "./constants";
import { buildDemo, type DemoOptions, type DemoSnapshot, snapshotOf, writeSnapshotFiles } from "./generate";
import { modelForDay } from "./history-days";
import type { PlannedChange } from "./history-plan";

export type { PlannedChange } from "./history-plan";

export type DemoHistory = {
  /** One snapshot per DEMO_HISTORY_DATES, oldest first; the last is generateDemoSnapshot's. */
  days: DemoSnapshot[];
  /** What importing the days in order should record, sorted by date, level, number, kind and field. */
  changes: PlannedChange[];
};

const LEVEL_ORDER = { DAGINSTITUTION: 0, ANVISNINGSENHED: 1, ALTERNATIV_ADRESSE: 2 } as const;

type ChangeKey = Pick<PlannedChange, "snapshotDato" | "niveau" | "nummer" | "art" | "felt">;

/** Orders change rows by date, level, number, kind and field (the order `changes` has). */
export function compareChanges(a: ChangeKey, b: ChangeKey): number {
  const text = (x: string | null) => x ?? "";
  return (
    a.snapshotDato.localeCompare(b.snapshotDato) ||
    LEVEL_ORDER[a.niveau] - LEVEL_ORDER[b.niveau] ||
    a.nummer.localeCompare(b.nummer) ||
    a.art.localeCompare(b.art) ||
    text(a.felt).localeCompare(text(b.felt))
  );
}

/**
 * The demo as a short history: a snapshot for each of DEMO_HISTORY_DATES, derived backwards from the final one, and
 * the changes between them. Deterministic: the same options give the same rows on every day.
 */
export function generateDemoHistory(options?: DemoOptions): DemoHistory {
  const { seed, scale, model, plan } = buildDemo(options);
  return {
    days: DEMO_HISTORY_DATES.map((date) => snapshotOf(modelForDay(model, plan, date), date, seed, scale)),
    changes: [...plan.changes].sort(compareChanges),
  };
}

export type WrittenDemoHistory = {
  days: { snapshotDato: string; dir: string; files: string[] }[];
  changes: PlannedChange[];
  /** The last day. */
  snapshot: DemoSnapshot;
};

/** Writes each day's four CSV files and `demo.json` into `<dir>/<YYYY-MM-DD>/`. */
export async function writeDemoHistory(dir: string, options?: DemoOptions): Promise<WrittenDemoHistory> {
  const history = generateDemoHistory(options);
  const days: WrittenDemoHistory["days"] = [];
  for (const day of history.days) {
    const dayDir = path.join(dir, day.manifest.snapshotDato);
    days.push({ snapshotDato: day.manifest.snapshotDato, dir: dayDir, files: await writeSnapshotFiles(dayDir, day) });
  }
  return { days, changes: history.changes, snapshot: history.days.at(-1)! };
}
