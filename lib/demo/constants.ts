/** Fixed facts of the demo snapshot; re-exported from ./generate. */

/** The snapshot is "taken" on this date; nothing in the output depends on the clock. */
export const DEMO_SNAPSHOT_DATO = "2026-11-20";

/**
 * The demo's history: one snapshot a day, the last one being DEMO_SNAPSHOT_DATO (what generateDemoSnapshot gives).
 * The earlier days are derived backwards from it (lib/demo/history-plan.ts).
 */
export const DEMO_HISTORY_DATES = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", DEMO_SNAPSHOT_DATO] as const;

/** What happens between the days, as events per snapshot date (the first date is the baseline: nothing happens). */
export type DemoHistoryEvent =
  | "unitCreated" // a new anvisningsenhed under an existing daginstitution
  | "daginstitutionCreated" // a new daginstitution with its first anvisningsenhed
  | "unitClosed" // an anvisningsenhed goes Nedlagt; its daginstitution stays
  | "daginstitutionClosed" // a daginstitution and its only anvisningsenhed go Nedlagt
  | "unitReopened" // a Nedlagt anvisningsenhed is Aktiv again
  | "unitMoved" // an anvisningsenhed moves to another daginstitution of the same kommune
  | "unitRenamed"
  | "pNummerChanged"
  | "addressChanged"
  | "phoneChanged"
  | "daginstitutionRenamed"
  | "alternativeAddressCreated";

export const DEMO_HISTORY_SCHEDULE: Readonly<Record<string, Partial<Record<DemoHistoryEvent, number>>>> = {
  "2026-11-17": { unitCreated: 2, unitClosed: 1, unitRenamed: 1, pNummerChanged: 1, phoneChanged: 1 },
  "2026-11-18": { daginstitutionCreated: 1, unitMoved: 1, unitClosed: 1, daginstitutionRenamed: 1, addressChanged: 1 },
  "2026-11-19": { unitCreated: 1, unitReopened: 1, unitMoved: 1, unitRenamed: 1, pNummerChanged: 1, daginstitutionClosed: 1 },
  "2026-11-20": {
    unitClosed: 2, unitReopened: 1, unitMoved: 1, unitRenamed: 1, pNummerChanged: 1, phoneChanged: 1, daginstitutionRenamed: 1,
    alternativeAddressCreated: 1,
  },
};
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

/**
 * Data-quality problems the demo holds on purpose (besides DEMO_RULE_BREAKS), in exact numbers, each on its own
 * record and none on a record that carries another break. The checks follow prisma/reference/krydsvalidering.json and
 * prisma/reference/postnumre_kommuner.csv.
 */
export const DEMO_QUALITY_BREAKS = {
  /** Active daginstitutioner whose ejerform is not one the matrix allows for their lovgrundlag. */
  daginstitutionerWithEjerformOutsideLovgrundlag: 2,
  /** Active units whose instType3 is not one the matrix allows for their daginstitution's lovgrundlag. */
  unitsWithTypeOutsideLovgrundlag: 1,
  /** Active daginstitutioner all of whose units are closed. */
  activeDaginstitutionerWithoutActiveUnit: 1,
  /** Active units under a closed daginstitution. */
  activeUnitsUnderClosedDaginstitution: 1,
  /** Units with empty geoBredde and geoLaengde (every other unit and alternative address has coordinates). */
  activeUnitsWithoutCoordinates: 2,
  /** Active units with neither e-mail nor telephone (a telephone "0" counts as none; no other unit lacks both). */
  activeUnitsWithoutContact: 3,
  /** Active units whose postNummer the reference lists for another kommune only. */
  activeUnitsWithPostnummerOutsideKommune: 2,
} as const;

/** Alternative addresses at scale 1: active ones under active units, closed ones under closed units. */
export const DEMO_ALTERNATIVE_ADRESSER = { aktive: 35, nedlagte: 2 } as const;

/** Pairs of units (outside dagpleje) that share one p-nummer, at any scale with enough clusters. */
export const DEMO_SHARED_P_NUMMER_PAIRS = 5;

/** Random `senestOpdateret` stamps fall between these days (UTC), so none lies inside the history's days. */
export const DEMO_TIMESTAMPS_FROM = Date.UTC(2022, 0, 1);
export const DEMO_TIMESTAMPS_TO = Date.UTC(2026, 10, 13);

/** Bulk-migration timestamps that about 60 % of rows share, as UTC instants (Danish local time in the comment). */
export const DEMO_BULK_TIMESTAMPS: ReadonlyArray<readonly [Date, number]> = [
  [new Date(Date.UTC(2021, 11, 1, 9, 18, 47)), 45], // 01-12-2021 10:18:47
  [new Date(Date.UTC(2021, 2, 15, 7, 2, 13)), 35], // 15-03-2021 08:02:13
  [new Date(Date.UTC(2023, 1, 2, 5, 45, 30)), 20], // 02-02-2023 06:45:30
];
