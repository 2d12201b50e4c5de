import fs from "node:fs/promises";
import path from "node:path";
import {
  ALTERNATIV_ADRESSE_COLUMNS, ANVISNINGSENHED_COLUMNS, DAGINSTITUTION_COLUMNS, OFFICIAL_FILE_NAMES, SAMLET_COLUMNS,
} from "../official-format/columns";
import { writeOfficialCsv } from "../official-format/csv-writer";
import { DEMO_DEFAULT_SCALE, DEMO_DEFAULT_SEED, DEMO_GENERATOR, DEMO_MANIFEST_NAME, DEMO_SNAPSHOT_DATO } from "./constants";
import { planHistory, type DemoHistoryPlan } from "./history-plan";
import { buildModel, type DemoIrregularities, type DemoModel } from "./model";
import { type CsvValue, type DemoRows, toRows } from "./rows";

export {
  DEMO_ALTERNATIVE_ADRESSER, DEMO_BULK_TIMESTAMPS, DEMO_DEFAULT_SCALE, DEMO_DEFAULT_SEED, DEMO_GENERATOR, DEMO_HISTORY_DATES,
  DEMO_HISTORY_SCHEDULE, DEMO_MANIFEST_NAME, DEMO_QUALITY_BREAKS, DEMO_RULE_BREAKS, DEMO_SHARED_P_NUMMER_PAIRS, DEMO_SNAPSHOT_DATO,
  DEMO_UNITS_IN_NEIGHBOUR_KOMMUNE,
} from "./constants";
export type { AlternativAdresseRow, AnvisningsenhedRow, DaginstitutionRow, DemoRows, SamletRow } from "./rows";
export type { DemoIrregularities } from "./model";

/** Contents of `demo.json`, written next to the four CSV files. */
export type DemoManifest = {
  demo: true;
  snapshotDato: string;
  seed: number;
  scale: number;
  generator: string;
};

export type DemoOptions = { seed?: number; scale?: number };

export type DemoCounts = {
  daginstitutioner: number;
  daginstitutionerAktive: number;
  anvisningsenheder: number;
  anvisningsenhederAktive: number;
  anvisningsenhederNedlagte: number;
  alternativeAdresser: number;
  samlet: number;
};

export type DemoSnapshot = DemoRows & {
  manifest: DemoManifest;
  counts: DemoCounts;
  /** Which records carry the deliberate irregularities (numbers sorted); the same on every day of the history. */
  irregularities: DemoIrregularities;
};

const GEO_COLUMNS = new Set(["geoBredde", "geoLaengde"]);

function resolveOptions(options: DemoOptions = {}): { seed: number; scale: number } {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const scale = options.scale ?? DEMO_DEFAULT_SCALE;
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!(scale > 0 && scale <= 20)) throw new Error(`scale must be above 0 and at most 20, got ${scale}`);
  return { seed, scale };
}

/** The final model (with the timestamps of its history's changes) and the plan of the days before it. */
export function buildDemo(options?: DemoOptions): { seed: number; scale: number; model: DemoModel; plan: DemoHistoryPlan } {
  const { seed, scale } = resolveOptions(options);
  const model = buildModel(seed, scale);
  const plan = planHistory(model, seed);
  return { seed, scale, model, plan };
}

/** The rows, counts and manifest of one day's model. */
export function snapshotOf(model: DemoModel, snapshotDato: string, seed: number, scale: number): DemoSnapshot {
  const rows = toRows(model);
  const aktive = (list: { aktivitetsstatus: CsvValue }[]) => list.filter((r) => r.aktivitetsstatus === "Aktiv").length;
  return {
    ...rows,
    manifest: { demo: true, snapshotDato, seed, scale, generator: DEMO_GENERATOR },
    counts: {
      daginstitutioner: rows.daginstitutioner.length,
      daginstitutionerAktive: aktive(rows.daginstitutioner),
      anvisningsenheder: rows.anvisningsenheder.length,
      anvisningsenhederAktive: aktive(rows.anvisningsenheder),
      anvisningsenhederNedlagte: rows.anvisningsenheder.length - aktive(rows.anvisningsenheder),
      alternativeAdresser: rows.alternativeAdresser.length,
      samlet: rows.samlet.length,
    },
    irregularities: model.irregularities,
  };
}

/**
 * A complete fictional snapshot of the register at national volume: daginstitutioner, anvisningsenheder (with about
 * 3 % closed ones) and alternative addresses, drawn from a seeded PRNG, so the same options give the same rows. It is
 * the last day of the demo's history (lib/demo/history.ts).
 */
export function generateDemoSnapshot(options?: DemoOptions): DemoSnapshot {
  const { seed, scale, model } = buildDemo(options);
  return snapshotOf(model, DEMO_SNAPSHOT_DATO, seed, scale);
}

/** Coordinates always with 6 decimals (decimal comma, as the register writes them); other values as they are. */
function forCsv(rows: ReadonlyArray<Record<string, CsvValue>>): Record<string, CsvValue>[] {
  return rows.map((row) => {
    const out: Record<string, CsvValue> = { ...row };
    for (const column of GEO_COLUMNS) {
      const value = row[column];
      if (typeof value === "number") out[column] = value.toFixed(6).replace(".", ",");
    }
    return out;
  });
}

/** The four files as they would be written, keyed by file name (BOM, `;`, CRLF). */
export function renderDemoFiles(snapshot: DemoSnapshot): Record<string, string> {
  return {
    [OFFICIAL_FILE_NAMES.daginstitutioner]: writeOfficialCsv(DAGINSTITUTION_COLUMNS, forCsv(snapshot.daginstitutioner)),
    [OFFICIAL_FILE_NAMES.anvisningsenheder]: writeOfficialCsv(ANVISNINGSENHED_COLUMNS, forCsv(snapshot.anvisningsenheder)),
    [OFFICIAL_FILE_NAMES.alternativeAdresser]: writeOfficialCsv(ALTERNATIV_ADRESSE_COLUMNS, forCsv(snapshot.alternativeAdresser)),
    [OFFICIAL_FILE_NAMES.samlet]: writeOfficialCsv(SAMLET_COLUMNS, forCsv(snapshot.samlet)),
  };
}

/** Writes the four CSV files and `demo.json` into `dir` (created if missing); returns the paths written. */
export async function writeDemoSnapshot(dir: string, options?: DemoOptions): Promise<{ files: string[]; manifest: DemoManifest; snapshot: DemoSnapshot }> {
  const snapshot = generateDemoSnapshot(options);
  return { files: await writeSnapshotFiles(dir, snapshot), manifest: snapshot.manifest, snapshot };
}

/** Writes one snapshot's four CSV files and `demo.json` into `dir` (created if missing); returns the paths. */
export async function writeSnapshotFiles(dir: string, snapshot: DemoSnapshot): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [name, content] of Object.entries(renderDemoFiles(snapshot))) {
    const file = path.join(dir, name);
    await fs.writeFile(file, content, "utf8");
    files.push(file);
  }
  const manifestFile = path.join(dir, DEMO_MANIFEST_NAME);
  await fs.writeFile(manifestFile, JSON.stringify(snapshot.manifest, null, 2) + "\n", "utf8");
  files.push(manifestFile);
  return files;
}
