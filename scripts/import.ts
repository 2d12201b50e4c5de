/**
 * npm run import -- <files or folders> [--snapshot-date YYYY-MM-DD]
 * npm run import -- --sequence <folder> <folder> ...
 * Imports the register's official CSV exports (any of the four files, alone or together) into the configured
 * database. All or nothing: a file that cannot be stored faithfully rejects the whole import. With --sequence every
 * folder is one snapshot, imported in the order given, each with its own date; the first rejected one stops the run.
 */
import { parseArgs } from "node:util";
import { connectDatabase } from "../lib/db/client";
import { describeTarget } from "../lib/db/config";
import { IMPORT_RULES } from "../lib/import/findings";
import { ImportError } from "../lib/import/import-error";
import { importSnapshot, type ImportSummary } from "../lib/import/import-snapshot";
import { runScript } from "./run-script";

const USAGE = `Usage: npm run import -- <files or folders> [--snapshot-date YYYY-MM-DD]
       npm run import -- --sequence <folder> <folder> ...   (one snapshot per folder, in this order; each dated by
                                                            its demo.json, else today)`;

runScript(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "snapshot-date": { type: "string" }, sequence: { type: "boolean" } } });
  if (positionals.length === 0) throw new Error(USAGE);
  const dateText = values["snapshot-date"];
  if (dateText !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateText)) throw new Error(`--snapshot-date must be YYYY-MM-DD.\n${USAGE}`);
  if (values.sequence && dateText !== undefined) throw new Error(`--sequence takes each snapshot's date from its folder; leave out --snapshot-date.\n${USAGE}`);
  const snapshots = values.sequence ? positionals.map((folder) => [folder]) : [positionals];

  const started = Date.now();
  const db = await connectDatabase();
  console.log(`Importing ${values.sequence ? `${snapshots.length} snapshots in order ` : ""}into ${describeTarget(db.target)}`);
  const done: string[] = [];
  try {
    for (const inputs of snapshots) {
      if (values.sequence) console.log(`\n${done.length + 1}/${snapshots.length}: ${inputs[0]}`);
      const summary = await importSnapshot(db, inputs, {
        snapshotDato: dateText ? new Date(`${dateText}T00:00:00Z`) : undefined,
        onProgress: (message) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`),
      });
      printSummary(summary);
      done.push(inputs[0]);
    }
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    if (!values.sequence) throw new Error(`import rejected, the database is unchanged.\n  ${error.message}`);
    throw new Error(`${sequenceStopped(snapshots.map((inputs) => inputs[0]), done)}\n  ${error.message}`);
  } finally {
    await db.close();
  }
  if (values.sequence) console.log(`\nImported ${done.length} snapshots in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});

/** Which folder of a sequence was rejected, and what became of the ones before and after it. */
function sequenceStopped(folders: string[], done: string[]): string {
  const rest = folders.length - done.length - 1;
  const skipped = rest === 0 ? "" : rest === 1 ? ", and the folder after it was not tried" : `, and the ${rest} folders after it were not tried`;
  const kept = done.length === 0 ? "No earlier folder was imported" : `${done.length === 1 ? "The earlier folder" : `The ${done.length} earlier folders`} stayed imported (${done.join(", ")})`;
  return `import of ${folders[done.length]} rejected (${done.length + 1} of ${folders.length}); it changed nothing${skipped}. ${kept}.`;
}

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
  console.log(
    `inserted ${totals.indsat} · updated ${totals.opdateret} · closed ${totals.lukket} · reopened ${totals.genaabnet} · unchanged ${totals.uaendret} · ` +
      `changes recorded ${summary.aendringer} · findings ${summary.findings.length}`,
  );
  const byRule = new Map<string, number>();
  for (const f of summary.findings) byRule.set(f.regel, (byRule.get(f.regel) ?? 0) + 1);
  for (const [rule, count] of byRule) {
    const example = summary.findings.find((f) => f.regel === rule)!;
    console.log(`  ${rule} (${count}): ${IMPORT_RULES[rule as keyof typeof IMPORT_RULES].titel}; e.g. ${example.fil} line ${example.linje}${example.nummer ? ` ${example.nummer}` : ""}`);
  }
  console.log(`Done in ${(summary.durationMs / 1000).toFixed(1)} s.`);
}
