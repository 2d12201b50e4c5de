import { DEMO_QUALITY_BREAKS } from "./constants";
import type { DemoDaginstitution, DemoUnit } from "./model";
import type { Random } from "./random";
import type { DemoReference } from "./reference";

/** The numbers of the records that carry each deliberate data-quality break (see DEMO_QUALITY_BREAKS). */
export type QualityIrregularities = { [K in keyof typeof DEMO_QUALITY_BREAKS]: string[] };

type Input = {
  reference: DemoReference;
  daginstitutioner: DemoDaginstitution[];
  /** Active units that carry no other break and have no alternative address, in random order. */
  candidates: DemoUnit[];
  /** Units that have an alternative address. */
  altParents: Set<DemoUnit>;
};

/** A type that no § 19 lovgrundlag allows (krydsvalidering.json): a fritidshjem registered under a § 19 daginstitution. */
const MISFIT_TYPE = 6020;
/** A wrong § 19 paragraph for the daginstitution's ejerform: kommunal under stk. 3, selvejende under stk. 2. */
const MISFIT_LOVGRUNDLAG: Record<number, number> = { 1: 2, 2: 1 };

/**
 * Puts the data-quality problems of DEMO_QUALITY_BREAKS into the finished model, each on its own clean record, and
 * returns which records carry them (fewer only in a demo too small to have enough clean records). The import rules
 * do not catch these; the portal's data-quality pages do.
 */
export function applyQualityBreaks(rng: Random, { reference, daginstitutioner, candidates, altParents }: Input): QualityIrregularities {
  const used = new Set<DemoDaginstitution>();
  const pool = [...candidates];
  const take = (count: number, accept: (u: DemoUnit) => boolean) => {
    const out: DemoUnit[] = [];
    for (let i = 0; i < pool.length && out.length < count; ) {
      const u = pool[i];
      if (!used.has(u.daginstitution) && accept(u)) {
        out.push(...pool.splice(i, 1));
        used.add(u.daginstitution);
      } else i++;
    }
    return out;
  };
  const clean = new Set(candidates);
  const activeUnits = (d: DemoDaginstitution) => d.units.filter((u) => u.aktiv).length;
  const wholeCluster = (d: DemoDaginstitution) => d.aktiv && d.group === "paragraf19" && d.units.every((u) => clean.has(u));

  // Ejerform and lovgrundlag that do not fit: one kommunal, one selvejende, each with a wrong § 19 paragraph.
  const misfits: DemoDaginstitution[] = [];
  for (let i = 0; i < DEMO_QUALITY_BREAKS.daginstitutionerWithEjerformOutsideLovgrundlag; i++) {
    const ejerform = i % 2 === 0 ? 1 : 2;
    const d = pickOne(rng, daginstitutioner.filter((x) => !used.has(x) && x.ejerformKode === ejerform && x.lovgrundlagKode === ejerform && wholeCluster(x)));
    if (!d) break;
    d.lovgrundlagKode = MISFIT_LOVGRUNDLAG[ejerform];
    used.add(d);
    misfits.push(d);
  }

  const wrongType = take(DEMO_QUALITY_BREAKS.unitsWithTypeOutsideLovgrundlag, (u) => wholeCluster(u.daginstitution) && activeUnits(u.daginstitution) >= 2);
  for (const u of wrongType) u.instType3 = MISFIT_TYPE;

  // A daginstitution left active after its only unit closed, and one closed while its only unit stays active.
  const forgotten: DemoDaginstitution[] = [];
  for (let i = 0; i < DEMO_QUALITY_BREAKS.activeDaginstitutionerWithoutActiveUnit; i++) {
    const d = pickOne(rng, daginstitutioner.filter((x) => !x.aktiv && !used.has(x) && x.units.every((u) => !u.aktiv && !altParents.has(u))));
    if (!d) break;
    d.aktiv = true;
    used.add(d);
    forgotten.push(d);
  }
  const orphaned = take(DEMO_QUALITY_BREAKS.activeUnitsUnderClosedDaginstitution, (u) => wholeCluster(u.daginstitution) && u.daginstitution.units.length === 1);
  for (const u of orphaned) u.daginstitution.aktiv = false;

  const withoutPosition = take(DEMO_QUALITY_BREAKS.activeUnitsWithoutCoordinates, () => true);
  for (const u of withoutPosition) u.address = { ...u.address, geoBredde: null, geoLaengde: null };

  const unreachable = take(DEMO_QUALITY_BREAKS.activeUnitsWithoutContact, () => true);
  for (const u of unreachable) {
    u.email = null;
    u.telefonNummer = null;
  }

  // A postcode of the neighbouring kommune, which the reference lists for that kommune only.
  const { kommunerForPostnummer, postnumre, neighbour } = reference;
  const foreignPostcode = (kommuneKode: number) =>
    (postnumre.get(neighbour.get(kommuneKode)!) ?? []).filter((p) => kommunerForPostnummer.get(p.postNummer)?.has(p.kommuneKode) && !kommunerForPostnummer.get(p.postNummer)!.has(kommuneKode));
  const misplaced = take(
    DEMO_QUALITY_BREAKS.activeUnitsWithPostnummerOutsideKommune,
    (u) => kommunerForPostnummer.get(u.address.postNummer)?.has(u.address.kommuneKode) === true && foreignPostcode(u.address.kommuneKode).length > 0,
  );
  for (const u of misplaced) {
    const p = rng.pick(foreignPostcode(u.address.kommuneKode));
    u.address = { ...u.address, postNummer: p.postNummer, byNavn: p.byNavn };
  }

  const numbers = (list: { nummer: string }[]) => list.map((x) => x.nummer).sort();
  return {
    daginstitutionerWithEjerformOutsideLovgrundlag: numbers(misfits),
    unitsWithTypeOutsideLovgrundlag: numbers(wrongType),
    activeDaginstitutionerWithoutActiveUnit: numbers(forgotten),
    activeUnitsUnderClosedDaginstitution: numbers(orphaned),
    activeUnitsWithoutCoordinates: numbers(withoutPosition),
    activeUnitsWithoutContact: numbers(unreachable),
    activeUnitsWithPostnummerOutsideKommune: numbers(misplaced),
  };
}

/** One at random, or undefined when a very small demo (scale well below 1) has none left. */
function pickOne<T>(rng: Random, list: T[]): T | undefined {
  return list.length === 0 ? undefined : rng.pick(list);
}
