/** Fixed facts of the demo snapshot; re-exported from ./generate. */

/** The snapshot is "taken" on this date; nothing in the output depends on the clock. */
export const DEMO_SNAPSHOT_DATO = "2026-11-20";
export const DEMO_GENERATOR = "dagtilbudsregisteret-demo/1";
export const DEMO_MANIFEST_NAME = "demo.json";
export const DEMO_DEFAULT_SEED = 20261120;
export const DEMO_DEFAULT_SCALE = 1;

/**
 * Register rules the demo breaks on purpose, as real exports do, in exact numbers (independent of scale, as long as
 * there are enough units). All are active anvisningsenheder, each break on a different unit; everything else is clean.
 */
export const DEMO_RULE_BREAKS = {
  /** Active units with an empty `pNummer`. */
  activeUnitsWithoutPNummer: 4,
  /** Units with an empty `cvrNummer`. */
  unitsWithoutCvr: 2,
  /** Units whose `cvrNummer` has 8 digits but fails the modulus-11 check. */
  unitsWithInvalidCvr: 1,
  /** Units with an empty parent `daginstitutionsNummer`. */
  unitsWithoutDaginstitution: 2,
} as const;

/**
 * Active units located in a neighbouring kommune (their `kommuneKode` differs from the parent's `admKommuneKode`);
 * legal in the register, but an importer may report it.
 */
export const DEMO_UNITS_IN_NEIGHBOUR_KOMMUNE = 24;

/** Alternative addresses at scale 1: active ones under active units, closed ones under closed units. */
export const DEMO_ALTERNATIVE_ADRESSER = { aktive: 35, nedlagte: 2 } as const;

/** Pairs of units (outside dagpleje) that share one p-nummer, at any scale with enough clusters. */
export const DEMO_SHARED_P_NUMMER_PAIRS = 5;

/** Bulk-migration timestamps that about 60 % of rows share, as UTC instants (Danish local time in the comment). */
export const DEMO_BULK_TIMESTAMPS: ReadonlyArray<readonly [Date, number]> = [
  [new Date(Date.UTC(2021, 11, 1, 9, 18, 47)), 45], // 01-12-2021 10:18:47
  [new Date(Date.UTC(2021, 2, 15, 7, 2, 13)), 35], // 15-03-2021 08:02:13
  [new Date(Date.UTC(2023, 1, 2, 5, 45, 30)), 20], // 02-02-2023 06:45:30
];
