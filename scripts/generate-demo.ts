/**
 * Writes a deterministic demo snapshot of the register (four CSV files + demo.json).
 *
 *   npx tsx scripts/generate-demo.ts [--out <dir>] [--seed N] [--scale N]
 */
import path from "node:path";
import { DEMO_DEFAULT_SCALE, DEMO_DEFAULT_SEED, DEMO_RULE_BREAKS, writeDemoSnapshot } from "../lib/demo/generate";

const USAGE = `Usage: npx tsx scripts/generate-demo.ts [--out <dir>] [--seed N] [--scale N]
  --out    directory to write into (default .data/demo; created if missing)
  --seed   integer seed of the PRNG (default ${DEMO_DEFAULT_SEED}); the same seed gives byte-identical files
  --scale  volume factor, 1 = national volume (~4,900 active units; default ${DEMO_DEFAULT_SCALE})`;

function parseArgs(argv: string[]): { out: string; seed: number; scale: number } {
  const options = { out: ".data/demo", seed: DEMO_DEFAULT_SEED, scale: DEMO_DEFAULT_SCALE };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") fail(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--out":
        options.out = value();
        break;
      case "--seed": {
        const v = value();
        if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(Number(v))) fail(`--seed must be an integer, got "${v}"`);
        options.seed = Number(v);
        break;
      }
      case "--scale": {
        const v = Number(value());
        if (!(v > 0 && v <= 10)) fail(`--scale must be a number above 0 and at most 10`);
        options.scale = v;
        break;
      }
      case "--help":
      case "-h":
        console.log(USAGE);
        process.exit(0);
      default:
        fail(`unknown argument "${argv[i]}"`);
    }
  }
  return options;
}

function fail(message: string): never {
  console.error(`generate-demo: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
const { out, seed, scale } = parseArgs(process.argv.slice(2));
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
