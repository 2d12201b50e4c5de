/**
 * The benchmark's database: the demo history (five daily snapshots, `scale` times the national volume) loaded through
 * the importer into a throwaway PGlite folder, or into DATABASE_URL after emptying it (only a database whose name
 * says it may be emptied). Also picks the real numbers and words the routes ask for.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { connectDatabase, type Database } from "../../lib/db/client";
import { describeTarget, type DatabaseTarget } from "../../lib/db/config";
import { setUpWithDemoData } from "../../lib/demo/load-demo";

export type DataVolume = {
  anvisningsenheder: number;
  anvisningsenhederAktive: number;
  daginstitutioner: number;
  daginstitutionerAktive: number;
  alternativeAdresser: number;
  aendringer: number;
};

/** Real records and words of the loaded data that the measured routes use. */
export type Picks = {
  /** The first active anvisningsenhed of København (101) by number: the record page. */
  recordUnit: string;
  /** Its name: a selective name search (query plan only). */
  recordUnitName: string;
  /** The first active daginstitution of København by number: the number lookup (answers a redirect). */
  lookupNumber: string;
  /** The most frequent word (5+ letters) in the names of active anvisningsenheder: the name search. */
  searchWord: string;
  /** How many active anvisningsenheder have that word in their name. */
  searchWordUnits: number;
};

export type BenchDatabase = {
  target: DatabaseTarget;
  /** Environment for `next start`: exactly one of PGLITE_DIR / DATABASE_URL set. */
  serverEnv: Record<string, string>;
  /** "PGlite 0.5.16 (PostgreSQL 18.x)" or "PostgreSQL 15.x". */
  version: string;
  load: { days: number; rows: number; changes: number; seconds: number; daySeconds: number[] };
  volume: DataVolume;
  picks: Picks;
};

/** Only a database whose name says it is for benchmarks or tests may be emptied. */
export function benchTarget(workDir: string, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: "pglite", dir: path.join(workDir, "pglite") };
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/bench|test/i.test(name)) {
    throw new Error(`The benchmark empties the DATABASE_URL database; its name must contain "bench" or "test" (got "${name}"). Unset DATABASE_URL to use a throwaway PGlite.`);
  }
  return { kind: "postgres", url };
}

/** The database kind and scale as a short key: "pglite-scale-1", "postgres-scale-20". */
export function sectionKey(target: DatabaseTarget, scale: number): string {
  return `${target.kind}-scale-${scale}`;
}

async function count(db: Database, sql: string): Promise<number> {
  const [row] = await db.prisma.$queryRawUnsafe<{ n: bigint | number }[]>(sql);
  return Number(row.n);
}

async function volumeOf(db: Database): Promise<DataVolume> {
  return {
    anvisningsenheder: await count(db, "SELECT count(*) AS n FROM anvisningsenhed"),
    anvisningsenhederAktive: await count(db, "SELECT count(*) AS n FROM anvisningsenhed WHERE status = 'aktiv'"),
    daginstitutioner: await count(db, "SELECT count(*) AS n FROM daginstitution"),
    daginstitutionerAktive: await count(db, "SELECT count(*) AS n FROM daginstitution WHERE status = 'aktiv'"),
    alternativeAdresser: await count(db, "SELECT count(*) AS n FROM alternativ_adresse"),
    aendringer: await count(db, "SELECT count(*) AS n FROM aendring"),
  };
}

async function picksOf(db: Database): Promise<Picks> {
  const unit = await db.prisma.anvisningsenhed.findFirst({ where: { kommuneKode: 101, status: "AKTIV" }, orderBy: { nummer: "asc" }, select: { nummer: true, navn: true } });
  const institution = await db.prisma.daginstitution.findFirst({ where: { admKommuneKode: 101, status: "AKTIV" }, orderBy: { nummer: "asc" }, select: { nummer: true } });
  if (!unit || !institution) throw new Error("The demo data have no active record in København (101).");
  const [word] = await db.prisma.$queryRawUnsafe<{ word: string; n: bigint | number }[]>(`
    SELECT lower(w) AS word, count(*) AS n
    FROM anvisningsenhed a, regexp_split_to_table(a.navn, '\\s+') AS w
    WHERE a.status = 'aktiv' AND length(w) >= 5 AND w !~ '[[:digit:][:punct:]]'
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
  if (!word) throw new Error("The demo data have no names to search for.");
  return { recordUnit: unit.nummer, recordUnitName: unit.navn, lookupNumber: institution.nummer, searchWord: word.word, searchWordUnits: Number(word.n) };
}

async function versionOf(db: Database): Promise<string> {
  const [row] = await db.prisma.$queryRawUnsafe<{ v: string }[]>("SELECT current_setting('server_version') AS v");
  if (db.target.kind === "postgres") return `PostgreSQL ${row.v}`;
  const pglite = JSON.parse(fs.readFileSync("node_modules/@electric-sql/pglite/package.json", "utf8")) as { version: string };
  return `PGlite ${pglite.version} (PostgreSQL ${row.v}, WebAssembly, in the server process)`;
}

/** Empties the target (PostgreSQL) or uses a fresh folder (PGlite) and loads the demo history at `scale`. */
export async function prepareDatabase(target: DatabaseTarget, workDir: string, scale: number, log: (message: string) => void): Promise<BenchDatabase> {
  const db = await connectDatabase(target);
  try {
    if (target.kind === "postgres") {
      log(`emptying ${describeTarget(target)}`);
      await db.prisma.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
      await db.prisma.$executeRawUnsafe("CREATE SCHEMA public");
    }
    log(`loading the demo history at ${scale}× national volume into ${describeTarget(target)}`);
    const started = performance.now();
    const summary = await setUpWithDemoData(db, path.join(workDir, "demo"), (message) => {
      if (message.startsWith("demo snapshot")) log(`  ${message}`);
    }, { scale });
    const seconds = (performance.now() - started) / 1000;
    if (!summary) throw new Error("The benchmark database was not empty.");
    const rows = summary.days.reduce((n, day) => n + day.totals.indsat, 0);
    const changes = summary.days.reduce((n, day) => n + day.aendringer, 0);
    log(`  loaded in ${seconds.toFixed(1)} s (${summary.days.map((d) => (d.durationMs / 1000).toFixed(1)).join(" + ")} s per day)`);
    // The demo's CSV files are not needed any more; at 20× they are a few hundred MB.
    fs.rmSync(path.join(workDir, "demo"), { recursive: true, force: true });
    return {
      target,
      serverEnv: target.kind === "postgres" ? { DATABASE_URL: target.url, PGLITE_DIR: "" } : { DATABASE_URL: "", PGLITE_DIR: target.dir },
      version: await versionOf(db),
      load: { days: summary.days.length, rows, changes, seconds, daySeconds: summary.days.map((d) => d.durationMs / 1000) },
      volume: await volumeOf(db),
      picks: await picksOf(db),
    };
  } finally {
    await db.close();
  }
}

/**
 * PostgreSQL keeps running the queries of requests autocannon has given up on: waits (at most `maxMs`) until no other
 * connection to the database is running a statement. Returns the seconds waited; PGlite runs inside the server
 * process, whose CPU the caller watches.
 */
export async function waitForDatabaseIdle(target: DatabaseTarget, maxMs = 120_000): Promise<number> {
  if (target.kind !== "postgres") return 0;
  const started = performance.now();
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    let quiet = 0;
    while (quiet < 2 && performance.now() - started < maxMs) {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'",
      );
      quiet = rows[0].n === 0 ? quiet + 1 : 0;
      if (quiet < 2) await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
  return (performance.now() - started) / 1000;
}
