import fs from "node:fs";
import path from "node:path";
import type { Database } from "../db/client";
import { DEMO_MANIFEST_NAME } from "../demo/constants";
import { setUpDatabase } from "../db/setup";
import { refreshQualityFindings } from "../quality/refresh";
import { applySnapshot, type LevelCounts } from "./apply";
import type { Finding } from "./findings";
import { ImportError } from "./import-error";
import { parseFiles } from "./parse-files";
import type { Level } from "./records";
import { validateSnapshot, type ExistingParents, type ReferenceData } from "./validate";


export type ImportOptions = {
  /** The day the files were exported; defaults to the demo manifest's date, else today in Denmark. */
  snapshotDato?: Date;
  onProgress?: (message: string) => void;
};

export type ImportSummary = {
  snapshotId: number;
  snapshotDato: Date;
  demo: boolean;
  files: string[];
  counts: Record<Level, LevelCounts | null>;
  totals: LevelCounts;
  /** Change records written (history); none for a level's first import. */
  aendringer: number;
  findings: Finding[];
  durationMs: number;
};

/** Expands folders to their .csv files (sorted) and reads a demo manifest lying beside the files. */
export function resolveInputs(inputs: string[]): { files: string[]; manifest: { snapshotDato: string } | null } {
  const files: string[] = [];
  const folders = new Set<string>();
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (!stat) throw new ImportError(input, null, null, "no such file or folder");
    if (stat.isDirectory()) {
      const csvs = fs.readdirSync(input).filter((name) => name.toLowerCase().endsWith(".csv")).sort();
      if (csvs.length === 0) throw new ImportError(input, null, null, "the folder holds no .csv files");
      files.push(...csvs.map((name) => path.join(input, name)));
      folders.add(path.resolve(input));
    } else {
      files.push(input);
      folders.add(path.resolve(path.dirname(input)));
    }
  }
  const manifests = [...folders].map((folder) => path.join(folder, DEMO_MANIFEST_NAME)).filter((file) => fs.existsSync(file));
  const manifest = manifests.length ? (JSON.parse(fs.readFileSync(manifests[0], "utf8")) as { snapshotDato: string }) : null;
  return { files, manifest };
}

export function todayInDenmark(now = new Date()): Date {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(now);
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Imports one snapshot: reads and validates every file first, then applies all of it in one transaction, or
 * nothing. Sets up an empty database (migrations, reference data) before the first import.
 */
export async function importSnapshot(db: Database, inputs: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => {});
  const { files, manifest } = resolveInputs(inputs);
  const snapshotDato = options.snapshotDato ?? (manifest ? new Date(`${manifest.snapshotDato}T00:00:00Z`) : todayInDenmark());

  progress(`reading ${files.length} file(s)`);
  const parsed = parseFiles(files);
  for (const file of parsed.files) progress(`${file.name}: ${file.kind}, ${file.rows} rows`);

  await setUpDatabase(db);
  await refuseOlderThanLatest(db, snapshotDato, files[0]);
  const findings = validateSnapshot(parsed, await loadReferenceMaps(db), await loadExistingParents(db));
  progress(`validated: ${findings.length} finding(s)`);

  const kilde = parsed.files.map((f) => f.name).join(", ");
  const result = await db.prisma.$transaction(
    async (tx) => {
      const applied = await applySnapshot(tx, parsed, findings, { snapshotDato, kilde, demo: manifest !== null, varighedMs: Date.now() - started, onProgress: progress });
      const quality = await refreshQualityFindings(tx, applied.snapshotId);
      progress(`data quality: ${quality.total} finding(s)`);
      return applied;
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  progress("analysing tables");
  await db.prisma.$executeRawUnsafe(db.target.kind === "pglite" ? "VACUUM ANALYZE" : "ANALYZE");

  const totals: LevelCounts = { indsat: 0, opdateret: 0, lukket: 0, genaabnet: 0, uaendret: 0 };
  for (const counts of Object.values(result.counts)) {
    for (const key of Object.keys(totals) as (keyof LevelCounts)[]) totals[key] += counts?.[key] ?? 0;
  }
  const durationMs = Date.now() - started;
  await db.prisma.snapshot.update({ where: { id: result.snapshotId }, data: { varighedMs: durationMs } });
  return { snapshotId: result.snapshotId, snapshotDato, demo: manifest !== null, files: kilde.split(", "), counts: result.counts, totals, aendringer: result.aendringer, findings, durationMs };
}

/** An older snapshot would roll the register back and invent changes; the same date may come again (a corrected file). */
async function refuseOlderThanLatest(db: Database, snapshotDato: Date, file: string): Promise<void> {
  const latest = await db.prisma.snapshot.findFirst({ orderBy: { id: "desc" }, select: { snapshotDato: true } });
  if (latest && snapshotDato.getTime() < latest.snapshotDato.getTime()) {
    const day = (date: Date) => date.toISOString().slice(0, 10);
    throw new ImportError(
      file, null, null,
      `the snapshot is dated ${day(snapshotDato)}, older than the latest imported snapshot (${day(latest.snapshotDato)}); importing it would roll the register back`,
    );
  }
}

async function loadReferenceMaps(db: Database): Promise<ReferenceData> {
  const [ejerform, lovgrundlag, institutionstype, kommune] = await Promise.all([
    db.prisma.ejerform.findMany(),
    db.prisma.lovgrundlag.findMany(),
    db.prisma.institutionstype.findMany(),
    db.prisma.kommune.findMany(),
  ]);
  const toMap = (rows: { kode: number; navn: string }[]) => new Map(rows.map((r) => [r.kode, r.navn]));
  return { ejerform: toMap(ejerform), lovgrundlag: toMap(lovgrundlag), institutionstype: toMap(institutionstype), kommune: toMap(kommune) };
}

async function loadExistingParents(db: Database): Promise<ExistingParents> {
  const [daginstitutioner, anvisningsenheder] = await Promise.all([
    db.prisma.daginstitution.findMany({ where: { status: "AKTIV" }, select: { nummer: true, admKommuneKode: true } }),
    db.prisma.anvisningsenhed.findMany({ where: { status: "AKTIV" }, select: { nummer: true } }),
  ]);
  return {
    daginstitutioner: new Map(daginstitutioner.map((d) => [d.nummer, { admKommuneKode: d.admKommuneKode }])),
    anvisningsenheder: new Set(anvisningsenheder.map((a) => a.nummer)),
  };
}
