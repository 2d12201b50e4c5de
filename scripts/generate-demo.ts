/**
 * Writes the deterministic demo of the register: one snapshot per day of its short history, each in
 * `<out>/<YYYY-MM-DD>/` (four CSV files + demo.json), the last day being the demo snapshot.
 *
 *   npx tsx scripts/generate-demo.ts [--out <dir>] [--seed N] [--scale N]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_DEFAULT_SCALE, DEMO_DEFAULT_SEED, DEMO_QUALITY_BREAKS, DEMO_RULE_BREAKS } from "../lib/demo/generate";
import { writeDemoHistory } from "../lib/demo/history";
import { runScript } from "./run-script";

const USAGE = `Usage: npm run demo:generate -- [--out <dir>] [--seed N] [--scale N]
  --out    directory to write into (default .data/demo; one folder per day is created in it)
  --seed   integer seed of the PRNG (default ${DEMO_DEFAULT_SEED}); the same seed gives byte-identical files
  --scale  volume factor, 1 = national volume (~4,900 active units; default ${DEMO_DEFAULT_SCALE})`;

const KINDS = ["OPRETTET", "NEDLAGT", "GENAABNET", "FLYTTET", "AENDRET"] as const;

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
  const { days, changes, snapshot } = await writeDemoHistory(out, { seed, scale });

  console.log(`Demo history (seed ${seed}, scale ${scale}) written to ${path.resolve(out)}, one folder per snapshot date:`);
  for (const day of days) {
    const ofDay = changes.filter((c) => c.snapshotDato === day.snapshotDato);
    const summary = KINDS.map((art) => [art, ofDay.filter((c) => c.art === art).length] as const)
      .filter(([, n]) => n > 0)
      .map(([art, n]) => `${n} ${art.toLowerCase()}`)
      .join(", ");
    console.log(`  ${day.snapshotDato}/  ${day.files.length} files${summary ? `; changes against the day before: ${summary}` : " (the first day)"}`);
  }
  const c = snapshot.counts;
  console.log(
    `Last day (${snapshot.manifest.snapshotDato}): ${c.daginstitutioner.toLocaleString("en-US")} daginstitutioner (${c.daginstitutionerAktive} active), ` +
      `${c.anvisningsenheder.toLocaleString("en-US")} anvisningsenheder (${c.anvisningsenhederAktive} active, ${c.anvisningsenhederNedlagte} closed), ` +
      `${c.alternativeAdresser} alternative addresses; samlet ${c.samlet.toLocaleString("en-US")} rows.`,
  );
  const irr = snapshot.irregularities;
  console.log(
    `Deliberate rule breaks: ${irr.activeUnitsWithoutPNummer.length} active units without p-nummer, ${irr.unitsWithoutCvr.length} without CVR, ` +
      `${irr.unitsWithInvalidCvr.length} with an invalid CVR check digit, ${irr.unitsWithoutDaginstitution.length} without daginstitution ` +
      `(target ${Object.values(DEMO_RULE_BREAKS).join("/")}); ${irr.unitsInNeighbourKommune.length} units in a neighbouring kommune; ` +
      `${irr.sharedPNumre.length} shared p-numre.`,
  );
  console.log(`Deliberate data-quality problems: ${Object.keys(DEMO_QUALITY_BREAKS).map((key) => `${key} ${irr[key as keyof typeof DEMO_QUALITY_BREAKS].length}`).join(", ")}.`);
  const shown = (dir: string) => (path.relative(process.cwd(), dir).startsWith("..") ? path.resolve(dir) : path.relative(process.cwd(), dir));
  console.log(`Import them in order: npm run import -- --sequence ${days.map((d) => shown(d.dir)).join(" ")}`);
  console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
});
