/**
 * npm run import -- <files or folders> [--snapshot-date YYYY-MM-DD]
 * Imports the register's official CSV exports (any of the four files, alone or together) into the configured
 * database. All or nothing: a file that cannot be stored faithfully rejects the whole import.
 */
import { parseArgs } from "node:util";
import { connectDatabase } from "../lib/db/client";
import { describeTarget } from "../lib/db/config";
import { IMPORT_RULES } from "../lib/import/findings";
import { ImportError } from "../lib/import/import-error";
import { importSnapshot, type ImportSummary } from "../lib/import/import-snapshot";
import { runScript } from "./run-script";

const USAGE = "Usage: npm run import -- <files or folders> [--snapshot-date YYYY-MM-DD]";

runScript(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "snapshot-date": { type: "string" } } });
  if (positionals.length === 0) throw new Error(USAGE);
  const dateText = values["snapshot-date"];
  if (dateText !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateText)) throw new Error(`--snapshot-date must be YYYY-MM-DD. ${USAGE}`);

  const started = Date.now();
  const db = await connectDatabase();
  console.log(`Importing into ${describeTarget(db.target)}`);
  try {
    const summary = await importSnapshot(db, positionals, {
      snapshotDato: dateText ? new Date(`${dateText}T00:00:00Z`) : undefined,
      onProgress: (message) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`),
    });
    printSummary(summary);
  } catch (error) {
    if (error instanceof ImportError) throw new Error(`import rejected, the database is unchanged.\n  ${error.message}`);
    throw error;
  } finally {
    await db.close();
  }
});

function printSummary(summary: ImportSummary) {
  const { totals } = summary;
  console.log(`\nSnapshot ${summary.snapshotId} of ${summary.snapshotDato.toISOString().slice(0, 10)}${summary.demo ? " (demo data)" : ""}: ${summary.files.join(", ")}`);
  console.table(
    Object.fromEntries(
      Object.entries(summary.counts)
        .filter(([, counts]) => counts)
        .map(([level, counts]) => [level, counts]),
    ),
  );
  console.log(`inserted ${totals.indsat} · updated ${totals.opdateret} · closed ${totals.lukket} · reopened ${totals.genaabnet} · unchanged ${totals.uaendret} · findings ${summary.findings.length}`);
  const byRule = new Map<string, number>();
  for (const f of summary.findings) byRule.set(f.regel, (byRule.get(f.regel) ?? 0) + 1);
  for (const [rule, count] of byRule) {
    const example = summary.findings.find((f) => f.regel === rule)!;
    console.log(`  ${rule} (${count}): ${IMPORT_RULES[rule as keyof typeof IMPORT_RULES].titel}; e.g. ${example.fil} line ${example.linje}${example.nummer ? ` ${example.nummer}` : ""}`);
  }
  console.log(`Done in ${(summary.durationMs / 1000).toFixed(1)} s.`);
}
