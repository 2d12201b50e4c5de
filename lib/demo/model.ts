import { formatSenestOpdateret } from "../format/senest-opdateret";
import { AddressBook, type DemoAddress } from "./addresses";
import {
  DEMO_ALTERNATIVE_ADRESSER, DEMO_BULK_TIMESTAMPS, DEMO_RULE_BREAKS, DEMO_SHARED_P_NUMMER_PAIRS, DEMO_TIMESTAMPS_FROM, DEMO_TIMESTAMPS_TO,
  DEMO_UNITS_IN_NEIGHBOUR_KOMMUNE,
} from "./constants";
import { outdoorName, slug, NAME_MAX } from "./names";
import { breakCvr, demoPhone, newCvr, newPNummer, NumberSeries } from "./numbers";
import { applyQualityBreaks, type QualityIrregularities } from "./quality-breaks";
import { Random } from "./random";
import { loadDemoReference, type DemoReference } from "./reference";
import { type Group, planClosed, planKommune, type PlannedDaginstitution, typePool, unitsPerKommune } from "./structure";

export type DemoDaginstitution = {
  nummer: string;
  navn: string;
  group: Group;
  ejerformKode: number;
  lovgrundlagKode: number;
  admKommuneKode: number;
  aktiv: boolean;
  cvr: string;
  senestOpdateret: string;
  units: DemoUnit[];
};

export type DemoUnit = {
  nummer: string;
  navn: string;
  instType3: number;
  aktiv: boolean;
  /** The daginstitution the unit was built under; `daginstitutionsNummer` is what the export shows (null = broken). */
  daginstitution: DemoDaginstitution;
  daginstitutionsNummer: string | null;
  address: DemoAddress;
  email: string | null;
  telefonNummer: string | null;
  cvrNummer: string | null;
  pNummer: string | null;
  senestOpdateret: string;
};

export type DemoAlternativAdresse = {
  nummer: string;
  navn: string;
  parent: DemoUnit;
  address: DemoAddress;
  cvrNummer: string | null;
  pNummer: string | null;
  aktiv: boolean;
  senestOpdateret: string;
};

/** The numbers of the records that carry each deliberate irregularity (see DEMO_RULE_BREAKS and DEMO_QUALITY_BREAKS). */
export type DemoIrregularities = QualityIrregularities & {
  activeUnitsWithoutPNummer: string[];
  unitsWithoutCvr: string[];
  unitsWithInvalidCvr: string[];
  unitsWithoutDaginstitution: string[];
  unitsInNeighbourKommune: string[];
  /** p-numre carried by more than one unit. */
  sharedPNumre: string[];
};

export type DemoModel = {
  reference: DemoReference;
  daginstitutioner: DemoDaginstitution[];
  units: DemoUnit[];
  alternativeAdresser: DemoAlternativAdresse[];
  irregularities: DemoIrregularities;
};

const DAY = 86_400_000;
const SPREAD_FROM = DEMO_TIMESTAMPS_FROM;
const SPREAD_DAYS = Math.round((DEMO_TIMESTAMPS_TO - SPREAD_FROM) / DAY);
const BULK_TEXT = DEMO_BULK_TIMESTAMPS.map(([date, weight]) => [formatSenestOpdateret(date), weight] as const);

const dayCache = new Map<number, { date: string; offsetHours: number }>();
const pad = (n: number) => String(Math.floor(n)).padStart(2, "0");

/**
 * A timestamp 2022-01-01 .. 2026-11-13 between 05:00 and 15:59 UTC (office hours in Denmark); with `bulkShare`, one
 * of the bulk stamps. formatSenestOpdateret is slow-ish, so it formats one instant per day (noon UTC) and the time of
 * day is shifted by that day's offset: DST switches at 01:00 UTC, so the offset at noon holds from 05:00 to 16:00 UTC.
 */
function timestamp(rng: Random, bulkShare: number): string {
  if (rng.chance(bulkShare)) return rng.weighted(BULK_TEXT);
  const seconds = rng.int(5 * 3600, 15 * 3600 + 3599);
  const day = rng.int(0, SPREAD_DAYS);
  let entry = dayCache.get(day);
  if (!entry) {
    const noon = formatSenestOpdateret(new Date(SPREAD_FROM + day * DAY + 12 * 3600_000));
    entry = { date: noon.slice(0, 10), offsetHours: Number(noon.slice(11, 13)) - 12 };
    dayCache.set(day, entry);
  }
  const local = seconds + entry.offsetHours * 3600;
  return `${entry.date} ${pad(local / 3600)}:${pad((local / 60) % 60)}:${pad(local % 60)}`;
}

export function buildModel(seed: number, scale: number): DemoModel {
  const reference = loadDemoReference();
  const stream = (label: string) => Random.derive(seed, label);

  // Structure: units per kommune, types, daginstitutioner, closed units.
  const structureRng = stream("structure");
  const perKommune = unitsPerKommune(reference, scale);
  const total = [...perKommune.values()].reduce((a, b) => a + b, 0);
  const pool = typePool(structureRng, reference, total, scale);
  const plans = new Map<number, PlannedDaginstitution[]>();
  let offset = 0;
  for (const k of reference.kommuner) {
    const n = perKommune.get(k.kode) ?? 0;
    plans.set(k.kode, planKommune(structureRng, k.kode, pool.slice(offset, offset + n)));
    offset += n;
  }
  const closed = planClosed(structureRng, perKommune, plans, pool);
  const planned = [...[...plans.values()].flat(), ...closed];

  // Numbers and CVR.
  const numberRng = stream("numbers");
  const alternatives = Math.round(DEMO_ALTERNATIVE_ADRESSER.aktive * scale) + Math.round(DEMO_ALTERNATIVE_ADRESSER.nedlagte * scale);
  const unitCount = planned.reduce((a, d) => a + d.units.length, 0);
  const { G_cifre_min: gMin, G_cifre_max: gMax } = reference.fordelinger.enhedsnummer;
  // Above about 12 times the national volume the G numbers run short; further units are numbered under H (then J, K).
  const gPrefixes = ["G", "H", "J", "K"].slice(0, Math.max(1, Math.ceil(((unitCount + alternatives) * 1.5) / (99999 - gMin + 1))));
  const g = new NumberSeries(gPrefixes, gMin, Math.min(99999, Math.max(gMax, gMin + Math.ceil((unitCount + alternatives) * 2.5))));
  const e = new NumberSeries("E", 10000, Math.min(99999, Math.max(29999, 10000 + planned.length * 4)));
  const dSeries = new NumberSeries("D", 10000, Math.min(99999, Math.max(19999, 10000 + planned.length)));
  const cvrs = new Set<string>();
  const kommuneCvr = new Map<number, string>();
  const cvrFor = (p: PlannedDaginstitution) => {
    if (p.ejerformKode !== 1) return newCvr(numberRng, cvrs);
    if (!kommuneCvr.has(p.admKommuneKode)) kommuneCvr.set(p.admKommuneKode, newCvr(numberRng, cvrs));
    return kommuneCvr.get(p.admKommuneKode)!;
  };

  // A few active § 19 units lie in a neighbouring kommune.
  const breakRng = stream("irregularities");
  const plannedActive = planned.flatMap((p) => (p.group === "paragraf19" ? p.units.filter((u) => u.aktiv) : []));
  const neighbourPlanned = new Set(breakRng.shuffle(plannedActive).slice(0, Math.min(DEMO_UNITS_IN_NEIGHBOUR_KOMMUNE, Math.floor(plannedActive.length / 50))));

  const timeRng = stream("timestamps");
  const addressRng = stream("addresses");
  const contactRng = stream("contact");
  const book = new AddressBook(reference);
  const { telefon, email } = reference.fordelinger;
  // A unit without e-mail always gets a real telephone number: the units reachable by neither are deliberate breaks.
  const phoneWithoutEmail = Object.fromEntries(Object.entries(telefon.formater_andel).filter(([format]) => format !== "tom" && format !== "nul_pladsholder"));
  const pNumre = new Set<string>();
  const daginstitutioner: DemoDaginstitution[] = [];
  const units: DemoUnit[] = [];
  const neighbourUnits = new Set<DemoUnit>();
  for (const p of planned) {
    const aktiv = p.units.some((u) => u.aktiv);
    const d: DemoDaginstitution = {
      nummer: (numberRng.chance(0.05) ? dSeries : e).take(numberRng),
      navn: p.navn, group: p.group, ejerformKode: p.ejerformKode, lovgrundlagKode: p.lovgrundlagKode, admKommuneKode: p.admKommuneKode,
      aktiv, cvr: cvrFor(p), senestOpdateret: timestamp(timeRng, aktiv ? 0.6 : 0), units: [],
    };
    daginstitutioner.push(d);
    // Most units of a daginstitution share its home postcode; dagplejegrupper spread over the kommune.
    const home = book.postcode(addressRng, d.admKommuneKode);
    const kommuneNavn = reference.kommuneNavn.get(d.admKommuneKode) ?? "kommune";
    for (const pu of p.units) {
      const elsewhere = neighbourPlanned.has(pu);
      const kommune = elsewhere ? reference.neighbour.get(d.admKommuneKode)! : d.admKommuneKode;
      const postcode = !elsewhere && d.group !== "dagpleje" && addressRng.chance(0.7) ? home : undefined;
      const unitEmail = contactRng.chance(email.andel_med_email) ? `${slug(pu.navn).slice(0, 60)}@${slug(kommuneNavn)}.demo.invalid` : null;
      const unit: DemoUnit = {
        nummer: g.take(numberRng),
        navn: pu.navn,
        instType3: pu.instType3,
        aktiv: pu.aktiv,
        daginstitution: d,
        daginstitutionsNummer: d.nummer,
        address: book.address(addressRng, kommune, { postcode }),
        email: unitEmail,
        telefonNummer: demoPhone(contactRng, unitEmail === null ? phoneWithoutEmail : telefon.formater_andel),
        cvrNummer: d.cvr,
        pNummer: newPNummer(contactRng, pNumre),
        senestOpdateret: timestamp(timeRng, pu.aktiv ? 0.6 : 0),
      };
      if (elsewhere) neighbourUnits.add(unit);
      d.units.push(unit);
      units.push(unit);
    }
  }
  const active = units.filter((u) => u.aktiv);

  // Shared p-numre: many Dagplejen use one for all their groups, plus a few pairs elsewhere.
  const sharedPNumre: string[] = [];
  const share = (group: DemoUnit[]) => {
    for (const u of group.slice(1)) u.pNummer = group[0].pNummer;
    sharedPNumre.push(group[0].pNummer!);
  };
  for (const d of daginstitutioner) {
    const activeGroups = d.units.filter((u) => u.aktiv);
    if (d.group === "dagpleje" && activeGroups.length >= 2 && contactRng.chance(0.5)) share(activeGroups);
  }
  const pairClusters = contactRng.shuffle(daginstitutioner.filter((d) => d.group === "paragraf19" && d.ejerformKode === 1 && d.units.filter((u) => u.aktiv).length >= 2));
  for (const d of pairClusters.slice(0, DEMO_SHARED_P_NUMMER_PAIRS)) share(d.units.filter((u) => u.aktiv).slice(0, 2));

  // Deliberate breaks of register rules, each on its own clean active unit.
  const sharing = new Set(sharedPNumre);
  const eligible = breakRng.shuffle(active.filter((u) => !neighbourUnits.has(u) && !sharing.has(u.pNummer!)));
  const take = (count: number, accept: (u: DemoUnit) => boolean = () => true) => {
    const out: DemoUnit[] = [];
    for (let i = 0; i < eligible.length && out.length < count; ) {
      if (accept(eligible[i])) out.push(...eligible.splice(i, 1));
      else i++;
    }
    return out;
  };
  const withoutP = take(DEMO_RULE_BREAKS.activeUnitsWithoutPNummer);
  for (const u of withoutP) u.pNummer = null;
  const withoutCvr = take(DEMO_RULE_BREAKS.unitsWithoutCvr);
  for (const u of withoutCvr) u.cvrNummer = null;
  const invalidCvr = take(DEMO_RULE_BREAKS.unitsWithInvalidCvr);
  for (const u of invalidCvr) u.cvrNummer = breakCvr(u.cvrNummer!);
  const withParent = (d: DemoDaginstitution) => d.units.filter((x) => x.daginstitutionsNummer !== null && x.aktiv).length;
  const orphans = take(DEMO_RULE_BREAKS.unitsWithoutDaginstitution, (u) => withParent(u.daginstitution) >= 2);
  for (const u of orphans) u.daginstitutionsNummer = null;

  // Alternative addresses: active ones under clean active § 19 units, a couple of closed ones under closed units.
  const altRng = stream("alternative-adresser");
  const parents = [
    ...altRng.shuffle(eligible.filter((u) => u.daginstitution.group === "paragraf19")).slice(0, Math.round(DEMO_ALTERNATIVE_ADRESSER.aktive * scale)),
    ...altRng.shuffle(units.filter((u) => !u.aktiv)).slice(0, Math.round(DEMO_ALTERNATIVE_ADRESSER.nedlagte * scale)),
  ];
  const alternativeAdresser = parents.map((parent): DemoAlternativAdresse => {
    const sameStreet = altRng.chance(0.2);
    const address = book.address(altRng, parent.address.kommuneKode, sameStreet ? { street: parent.address.vejNavn, postcode: { postNummer: parent.address.postNummer, byNavn: parent.address.byNavn, kommuneKode: parent.address.kommuneKode, weight: 1 } } : {});
    const style = altRng.weighted([["udegruppe", 45], ["afd", parent.navn.includes("afd.") ? 0 : 30], ["own", 25]] as const);
    let navn = style === "udegruppe" ? `${parent.navn} (udegruppe)` : style === "afd" ? `${parent.navn} afd. ${address.vejNavn}` : outdoorName(altRng);
    if (navn.length > NAME_MAX) navn = outdoorName(altRng);
    const withCvr = altRng.chance(0.6);
    return {
      nummer: (altRng.chance(0.95) ? g.tryTake(Number(parent.nummer.slice(1)) + 1, parent.nummer[0]) : null) ?? g.take(altRng),
      navn, parent, address,
      cvrNummer: withCvr ? parent.cvrNummer : null,
      pNummer: withCvr && altRng.chance(0.6) ? newPNummer(altRng, pNumre) : null,
      aktiv: parent.aktiv,
      senestOpdateret: timestamp(altRng, parent.aktiv ? 0.3 : 0),
    };
  });

  // Data-quality problems the import rules do not catch, on units that carry nothing else.
  const altParents = new Set(parents);
  const quality = applyQualityBreaks(stream("quality-breaks"), { reference, daginstitutioner, candidates: eligible.filter((u) => !altParents.has(u)), altParents });

  const numbers = (list: DemoUnit[]) => list.map((u) => u.nummer).sort();
  return {
    reference, daginstitutioner, units, alternativeAdresser,
    irregularities: {
      ...quality,
      activeUnitsWithoutPNummer: numbers(withoutP), unitsWithoutCvr: numbers(withoutCvr), unitsWithInvalidCvr: numbers(invalidCvr),
      unitsWithoutDaginstitution: numbers(orphans), unitsInNeighbourKommune: numbers([...neighbourUnits]), sharedPNumre: [...sharedPNumre].sort(),
    },
  };
}
