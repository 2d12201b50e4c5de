/**
 * Writes a deterministic demo snapshot of the register (four CSV files + demo.json).
 *
 *   npx tsx scripts/generate-demo.ts [--out <dir>] [--seed N] [--scale N]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_DEFAULT_SCALE, DEMO_DEFAULT_SEED, DEMO_RULE_BREAKS, writeDemoSnapshot } from "../lib/demo/generate";
import { runScript } from "./run-script";

const USAGE = `Usage: npm run demo:generate -- [--out <dir>] [--seed N] [--scale N]
  --out    directory to write into (default .data/demo; created if missing)
  --seed   integer seed of the PRNG (default ${DEMO_DEFAULT_SEED}); the same seed gives byte-identical files
  --scale  volume factor, 1 = national volume (~4,900 active units; default ${DEMO_DEFAULT_SCALE})`;

function parseOptions(): { out: string; seed: number; scale: number } {
  const { values } = parseArgs({ options: { out: { type: "string", default: ".data/demo" }, seed: { type: "string" }, scale: { type: "string" } } });
  const seed = values.seed === undefined ? DEMO_DEFAULT_SEED : Number(values.seed);
  const scale = values.scale === undefined ? DEMO_DEFAULT_SCALE : Number(values.scale);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer.\n${USAGE}`);
  if (!(scale > 0 && scale <= 10)) throw new Error(`--scale must be a number above 0 and at most 10.\n${USAGE}`);
  return { out: values.out, seed, scale };
}

runScript(async () => {
  const started = performance.now();
  const { out, seed, scale } = parseOptions();
  const { files, snapshot } = await writeDemoSnapshot(out, { seed, scale });
  const c = snapshot.counts;
  const rowCounts: Record<string, number> = {
    daginstitutioner: c.daginstitutioner,
    anvisningsenheder: c.anvisningsenheder,
    alternative_adresser: c.alternativeAdresser,
    samlet_udtraek: c.samlet,
  };

  console.log(`Demo snapshot (seed ${seed}, scale ${scale}, snapshot date ${snapshot.manifest.snapshotDato}) written to ${path.resolve(out)}:`);
  for (const file of files) {
    const base = path.basename(file);
    const rows = rowCounts[base.replace(/\.csv$/, "")];
    console.log(`  ${base.padEnd(26)} ${rows === undefined ? "manifest" : `${rows.toLocaleString("en-US")} rows`}`);
  }
  console.log(
    `Daginstitutioner: ${c.daginstitutionerAktive} active, ${c.daginstitutioner - c.daginstitutionerAktive} closed. ` +
      `Anvisningsenheder: ${c.anvisningsenhederAktive} active, ${c.anvisningsenhederNedlagte} closed. ` +
      `Alternative addresses: ${c.alternativeAdresser}.`,
  );
  const irr = snapshot.irregularities;
  console.log(
    `Deliberate irregularities: ${irr.activeUnitsWithoutPNummer.length} active units without p-nummer, ${irr.unitsWithoutCvr.length} without CVR, ` +
      `${irr.unitsWithInvalidCvr.length} with an invalid CVR check digit, ${irr.unitsWithoutDaginstitution.length} without daginstitution ` +
      `(target ${Object.values(DEMO_RULE_BREAKS).join("/")}); ${irr.unitsInNeighbourKommune.length} units in a neighbouring kommune; ` +
      `${irr.sharedPNumre.length} shared p-numre.`,
  );
  console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
});
