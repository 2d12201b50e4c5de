import { positionFor } from "./geo";
import { streetName, villageName } from "./names";
import { type Random, weightedPicker } from "./random";
import type { DemoReference, Postnummer } from "./reference";

export type DemoAddress = {
  dawaId: string;
  vejNavn: string;
  husNummer: string;
  supplerendeBynavn: string | null;
  postNummer: string;
  byNavn: string;
  kommuneKode: number;
  etage: string | null;
  doer: string | null;
  geoBredde: number | null;
  geoLaengde: number | null;
  vejKode: number;
};

/** Fictional addresses on real postcodes: street from words + ending, one vejKode per street and kommune. */
export class AddressBook {
  private readonly pickers = new Map<number, (rng: Random) => Postnummer>();
  private readonly streets = new Map<number, Map<string, number>>();
  private readonly vejKoder = new Map<number, Set<number>>();
  private readonly letterShare: number;

  constructor(private readonly reference: DemoReference) {
    this.letterShare = reference.fordelinger.adresse.andel_husnummer_med_bogstav;
  }

  /** A postcode of the kommune, weighted by how many units the data file has there. */
  postcode(rng: Random, kommuneKode: number): Postnummer {
    let picker = this.pickers.get(kommuneKode);
    if (!picker) {
      const list = this.reference.postnumre.get(kommuneKode);
      if (!list) throw new Error(`no postcodes for kommune ${kommuneKode}`);
      picker = weightedPicker(list, (p) => p.weight);
      this.pickers.set(kommuneKode, picker);
    }
    return picker(rng);
  }

  address(rng: Random, kommuneKode: number, options: { postcode?: Postnummer; street?: string } = {}): DemoAddress {
    const postcode = options.postcode ?? this.postcode(rng, kommuneKode);
    const vejNavn = options.street ?? this.street(rng, kommuneKode);
    const vejKode = this.vejKode(rng, kommuneKode, vejNavn);
    // Every address gets a position; the demo's units without coordinates are deliberate (quality-breaks.ts).
    const position = positionFor(rng, Number(postcode.postNummer));
    const floor = rng.chance(0.006);
    return {
      dawaId: rng.uuid(),
      vejNavn,
      husNummer: this.houseNumber(rng),
      supplerendeBynavn: rng.chance(0.05) ? villageName(rng) : null,
      postNummer: postcode.postNummer,
      byNavn: postcode.byNavn,
      kommuneKode,
      etage: floor ? rng.pick(["st", "1", "kl"]) : null,
      doer: floor && rng.chance(0.6) ? rng.pick(["tv", "th", "mf"]) : null,
      geoBredde: position?.lat ?? null,
      geoLaengde: position?.lon ?? null,
      vejKode,
    };
  }

  /** A new street name, or now and then one the kommune already has (units on the same street). */
  private street(rng: Random, kommuneKode: number): string {
    const known = this.streets.get(kommuneKode);
    if (known && known.size > 3 && rng.chance(0.08)) return rng.pick([...known.keys()]);
    return streetName(rng);
  }

  private vejKode(rng: Random, kommuneKode: number, vejNavn: string): number {
    let known = this.streets.get(kommuneKode);
    let taken = this.vejKoder.get(kommuneKode);
    if (!known || !taken) {
      known = new Map();
      taken = new Set();
      this.streets.set(kommuneKode, known);
      this.vejKoder.set(kommuneKode, taken);
    }
    const existing = known.get(vejNavn);
    if (existing !== undefined) return existing;
    let code = rng.int(1, 9999);
    while (taken.has(code)) code = rng.int(1, 9999);
    known.set(vejNavn, code);
    taken.add(code);
    return code;
  }

  private houseNumber(rng: Random): string {
    const n = 1 + Math.floor(Math.pow(rng.next(), 1.8) * 150);
    if (!rng.chance(this.letterShare)) return String(n);
    return n + rng.weighted([["A", 55], ["B", 30], ["C", 10], ["D", 5]] as const);
  }
}
