import {
  branchName, clusterName, dagplejeGroupName, dagplejeName, klubClusterName, landsbyName, uniqueName, unitName, type UnitNameKind,
} from "./names";
import type { Random } from "./random";
import type { DemoReference } from "./reference";
import { AREAS } from "./words";

/** The national number of active anvisningsenheder at scale 1 (the register has about 4,899). */
export const ACTIVE_UNITS_TARGET = 4900;
const SPECIAL_6022 = 14;
const VARIANT_6014 = 15;
const CLOSED_SHARE = 0.03;

export type Group = "dagpleje" | "klub" | "fritidshjem" | "special" | "paragraf19";

/** A daginstitution before numbers, addresses and contact data are drawn. */
export type PlannedDaginstitution = {
  navn: string;
  group: Group;
  ejerformKode: number;
  lovgrundlagKode: number;
  admKommuneKode: number;
  units: PlannedUnit[];
};

export type PlannedUnit = { navn: string; instType3: number; aktiv: boolean; daginstitution: PlannedDaginstitution };

type Slot = { instType3: number; ejerformKode: number };

/** Active units per kommune: the aggregate scaled to ≈ 4,900 × scale nationally, at least one each. */
export function unitsPerKommune(reference: DemoReference, scale: number): Map<number, number> {
  const counts = reference.fordelinger.antal_pr_kommunekode;
  const sum = Object.values(counts).reduce((a, b) => a + b, 0);
  const factor = (ACTIVE_UNITS_TARGET * scale) / sum;
  return new Map(reference.kommuner.map((k) => [k.kode, Math.max(1, Math.round((counts[String(k.kode)] ?? 1) * factor))]));
}

/** Type × ejerform for `total` units in the aggregate's proportions (largest remainder), plus 6014 and 6022. */
export function typePool(rng: Random, reference: DemoReference, total: number, scale: number): Slot[] {
  const n6022 = Math.min(Math.round(SPECIAL_6022 * scale), Math.floor(total / 20));
  const combos: { slot: Slot; count: number }[] = [];
  for (const [type, byEjerform] of Object.entries(reference.fordelinger.antal_pr_instType3_og_ejerformKode)) {
    for (const [ejerform, count] of Object.entries(byEjerform)) {
      // Dagpleje is kommunal in this demo: the few selvejende/private 6013 rows are counted as kommunal.
      const slot = { instType3: Number(type), ejerformKode: type === "6013" ? 1 : Number(ejerform) };
      const existing = combos.find((c) => c.slot.instType3 === slot.instType3 && c.slot.ejerformKode === slot.ejerformKode);
      if (existing) existing.count += count;
      else combos.push({ slot, count });
    }
  }
  const base = combos.reduce((a, c) => a + c.count, 0);
  const wanted = total - n6022;
  const exact = combos.map((c) => (c.count * wanted) / base);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; i < wanted - counts.reduce((a, b) => a + b, 0); i++) counts[order[i][1]]++;

  const pool: Slot[] = [];
  combos.forEach((c, i) => {
    for (let j = 0; j < counts[i]; j++) pool.push({ ...c.slot });
  });
  // 6014 is counted under 6011 in the aggregate: turn a few børnehaver into the variant.
  const boernehaver = rng.shuffle(pool.filter((s) => s.instType3 === 6011));
  for (const slot of boernehaver.slice(0, Math.round(VARIANT_6014 * scale))) slot.instType3 = 6014;
  for (let i = 0; i < n6022; i++) pool.push({ instType3: 6022, ejerformKode: rng.weighted([[1, 8], [2, 2]] as const) });
  return rng.shuffle(pool);
}

function groupOf(type: number): Group {
  if (type === 6013) return "dagpleje";
  if (type === 6021) return "klub";
  if (type === 6020) return "fritidshjem";
  if (type === 6022) return "special";
  return "paragraf19";
}

function nameKind(slot: Slot, rng: Random): UnitNameKind {
  if (slot.ejerformKode === 3 && rng.chance(0.35)) return "privat";
  return ({ 6010: "vuggestue", 6011: "boernehave", 6014: "boernehave", 6020: "fritidshjem", 6021: "klub", 6022: "special" } as Record<number, UnitNameKind>)[slot.instType3] ?? "aldersintegreret";
}

/** Splits a list into clusters with sizes drawn from `[size, weight]` pairs. */
function partition<T>(rng: Random, items: T[], sizes: ReadonlyArray<readonly [number, number]>): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; ) {
    const size = rng.weighted(sizes);
    out.push(items.slice(i, i + size));
    i += size;
  }
  return out;
}

const LOVGRUNDLAG: Record<Exclude<Group, "paragraf19">, number> = { dagpleje: 5, klub: 8, fritidshjem: 7, special: 9 };
const P19_LOVGRUNDLAG: Record<number, number> = { 1: 1, 2: 2, 3: 4 };
const P19_SIZES: Record<number, ReadonlyArray<readonly [number, number]>> = {
  1: [[1, 38], [2, 26], [3, 19], [4, 17]],
  2: [[1, 70], [2, 30]],
  3: [[1, 88], [2, 12]],
};

/**
 * Groups one kommune's active units into daginstitutioner so that ejerform, lovgrundlag and unit types fit:
 * dagpleje under one or two "Dagplejen <area>" (lovgrundlag 5), klubber (8), fritidshjem (7), 6022 (9), and the
 * § 19 types in clusters by ejerform (1 → lovgrundlag 1 or 6, 2 → 2, 3 → 4).
 */
export function planKommune(rng: Random, kommuneKode: number, slots: Slot[]): PlannedDaginstitution[] {
  const result: PlannedDaginstitution[] = [];
  const names = new Set<string>();
  const make = (group: Group, ejerformKode: number, lovgrundlagKode: number): PlannedDaginstitution => {
    const d: PlannedDaginstitution = { navn: "", group, ejerformKode, lovgrundlagKode, admKommuneKode: kommuneKode, units: [] };
    result.push(d);
    return d;
  };
  const addUnits = (d: PlannedDaginstitution, cluster: Slot[], clusterNameDraw: () => string) => {
    for (const slot of cluster) d.units.push({ navn: uniqueName(() => unitName(rng, nameKind(slot, rng)), names), instType3: slot.instType3, aktiv: true, daginstitution: d });
    if (cluster.length === 1 && rng.chance(0.85)) d.navn = d.units[0].navn;
    else {
      d.navn = uniqueName(clusterNameDraw, names);
      if (cluster.length > 1) for (const u of d.units) if (rng.chance(0.2)) u.navn = branchName(rng, d.navn, u.navn);
    }
  };

  const dagpleje = slots.filter((s) => s.instType3 === 6013);
  if (dagpleje.length > 0) {
    const districts = dagpleje.length >= 8 && rng.chance(dagpleje.length >= 20 ? 0.7 : 0.4) ? 2 : 1;
    const areas = rng.shuffle(AREAS.slice(0, 5)).slice(0, districts);
    areas.forEach((area, index) => {
      const d = make("dagpleje", 1, LOVGRUNDLAG.dagpleje);
      d.navn = uniqueName(() => dagplejeName(rng, area), names);
      const mine = dagpleje.filter((_, i) => i % districts === index);
      mine.forEach((slot, n) => d.units.push({ navn: uniqueName(() => dagplejeGroupName(rng, area, n + 1), names), instType3: slot.instType3, aktiv: true, daginstitution: d }));
    });
  }

  for (const ejerform of [1, 2, 3]) {
    const klubber = slots.filter((s) => s.instType3 === 6021 && s.ejerformKode === ejerform);
    const sizes: ReadonlyArray<readonly [number, number]> = ejerform === 1 ? [[1, 55], [2, 30], [3, 15]] : [[1, 1]];
    for (const cluster of partition(rng, klubber, sizes)) addUnits(make("klub", ejerform, LOVGRUNDLAG.klub), cluster, () => klubClusterName(rng));
  }

  for (const slot of slots.filter((s) => s.instType3 === 6020 || s.instType3 === 6022)) {
    const group = groupOf(slot.instType3) as "fritidshjem" | "special";
    addUnits(make(group, slot.ejerformKode, LOVGRUNDLAG[group]), [slot], () => clusterName(rng));
  }

  for (const ejerform of [1, 2, 3]) {
    const units = slots.filter((s) => groupOf(s.instType3) === "paragraf19" && s.ejerformKode === ejerform);
    for (const cluster of partition(rng, units, P19_SIZES[ejerform])) {
      const landsby = ejerform === 1 && rng.chance(0.02);
      const d = make("paragraf19", ejerform, landsby ? 6 : P19_LOVGRUNDLAG[ejerform]);
      addUnits(d, cluster, () => (landsby ? landsbyName(rng) : clusterName(rng)));
    }
  }
  return result;
}

/**
 * About 3 % closed units: a little over half inside an active daginstitution that fits them, the rest alone under a
 * closed daginstitution of their own.
 */
export function planClosed(rng: Random, perKommune: Map<number, number>, plans: Map<number, PlannedDaginstitution[]>, pool: Slot[]): PlannedDaginstitution[] {
  const activeTotal = [...perKommune.values()].reduce((a, b) => a + b, 0);
  const kommuner = [...perKommune.entries()];
  const closedDaginstitutioner: PlannedDaginstitution[] = [];
  const names = new Set<string>();
  for (let i = 0; i < Math.round(activeTotal * CLOSED_SHARE); i++) {
    const kommuneKode = rng.weighted(kommuner);
    const slot = rng.pick(pool);
    const group = groupOf(slot.instType3);
    const candidates = (plans.get(kommuneKode) ?? []).filter((d) => d.group === group && d.ejerformKode === slot.ejerformKode);
    const navn = uniqueName(() => (group === "dagpleje" ? dagplejeGroupName(rng, rng.pick(AREAS), rng.int(1, 9)) : unitName(rng, nameKind(slot, rng))), names);
    if (candidates.length > 0 && rng.chance(0.6)) {
      const d = rng.pick(candidates);
      d.units.push({ navn, instType3: slot.instType3, aktiv: false, daginstitution: d });
      continue;
    }
    const lovgrundlag = group === "paragraf19" ? P19_LOVGRUNDLAG[slot.ejerformKode] : LOVGRUNDLAG[group];
    const d: PlannedDaginstitution = { navn, group, ejerformKode: group === "dagpleje" ? 1 : slot.ejerformKode, lovgrundlagKode: lovgrundlag, admKommuneKode: kommuneKode, units: [] };
    d.units.push({ navn, instType3: slot.instType3, aktiv: false, daginstitution: d });
    closedDaginstitutioner.push(d);
  }
  return closedDaginstitutioner;
}
