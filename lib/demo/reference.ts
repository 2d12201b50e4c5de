import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

/** The inputs of the demo generator: aggregates, postcodes, kommuner and code lists (read once per process). */
export type Fordelinger = {
  antal_aktive_anvisningsenheder: number;
  antal_pr_kommunekode: Record<string, number>;
  antal_pr_instType3_og_ejerformKode: Record<string, Record<string, number>>;
  telefon: { formater_andel: Record<string, number> };
  email: { andel_med_email: number };
  enhedsnummer: { G_cifre_min: number; G_cifre_max: number };
  adresse: { andel_husnummer_med_bogstav: number };
};

export type Kommune = { kode: number; navn: string; regionskode: number };
export type Postnummer = { postNummer: string; byNavn: string; kommuneKode: number; weight: number };

export type DemoReference = {
  fordelinger: Fordelinger;
  kommuner: Kommune[];
  kommuneNavn: Map<number, string>;
  /** Postcodes per kommune; a kommune without any in the data file borrows one named after it, or its neighbour's. */
  postnumre: Map<number, Postnummer[]>;
  /** The kommuner the data file lists each postcode under (the same file as prisma/reference/postnumre_kommuner.csv). */
  kommunerForPostnummer: Map<string, Set<number>>;
  /** The kommune with the nearest code in the same region (a stand-in for "neighbouring"). */
  neighbour: Map<number, number>;
  labels: { ejerform: Map<number, string>; lovgrundlag: Map<number, string>; institutionstype: Map<number, string> };
};

const file = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

function readCsv(relative: string): Record<string, string>[] {
  return parse(fs.readFileSync(file(relative), "utf8"), { delimiter: ";", columns: true, skip_empty_lines: true, bom: true });
}

let cached: DemoReference | null = null;

export function loadDemoReference(): DemoReference {
  if (cached) return cached;
  const fordelinger = JSON.parse(fs.readFileSync(file("./data/fordelinger.json"), "utf8")) as Fordelinger;
  const codes = JSON.parse(fs.readFileSync(file("../../prisma/reference/kodelister.json"), "utf8")) as Record<
    "ejerform" | "lovgrundlag" | "institutionstype",
    { kode: number; navn: string }[]
  >;
  const kommuner = readCsv("../../prisma/reference/kommuner.csv")
    .map((row) => ({ kode: Number(row.kommunekode), navn: row.navn, regionskode: Number(row.regionskode) }))
    .sort((a, b) => a.kode - b.kode);

  const neighbour = new Map<number, number>();
  for (const k of kommuner) {
    const candidates = kommuner.filter((other) => other.kode !== k.kode && other.regionskode === k.regionskode);
    const pool = candidates.length > 0 ? candidates : kommuner.filter((other) => other.kode !== k.kode);
    pool.sort((a, b) => Math.abs(a.kode - k.kode) - Math.abs(b.kode - k.kode) || a.kode - b.kode);
    neighbour.set(k.kode, pool[0].kode);
  }

  const postnumre = new Map<number, Postnummer[]>();
  const kommunerForPostnummer = new Map<string, Set<number>>();
  for (const row of readCsv("./data/postnumre_kommuner.csv")) {
    const entry = { postNummer: row.postnummer, byNavn: row.bynavn, kommuneKode: Number(row.kommunekode), weight: Math.max(1, Number(row.antal_enheder) || 1) };
    kommunerForPostnummer.set(entry.postNummer, (kommunerForPostnummer.get(entry.postNummer) ?? new Set()).add(entry.kommuneKode));
    const list = postnumre.get(entry.kommuneKode) ?? [];
    list.push(entry);
    postnumre.set(entry.kommuneKode, list);
  }
  const all = [...postnumre.values()].flat();
  for (const k of kommuner) {
    if (postnumre.has(k.kode)) continue;
    // A kommune the data file has no postcode for: a postcode named after the kommune's town, else the neighbour's.
    const named = all.filter((p) => p.byNavn === k.navn || p.byNavn.startsWith(`${k.navn} `));
    if (named.length > 0) {
      postnumre.set(k.kode, named.map((p) => ({ ...p, kommuneKode: k.kode })));
      continue;
    }
    let other = neighbour.get(k.kode);
    const seen = new Set<number>([k.kode]);
    while (other !== undefined && !postnumre.has(other) && !seen.has(other)) {
      seen.add(other);
      other = neighbour.get(other);
    }
    const borrowed = (other !== undefined && postnumre.get(other)) || [...postnumre.values()][0];
    postnumre.set(k.kode, borrowed);
  }

  const toMap = (list: { kode: number; navn: string }[]) => new Map(list.map((c) => [c.kode, c.navn]));
  cached = {
    fordelinger,
    kommuner,
    kommuneNavn: new Map(kommuner.map((k) => [k.kode, k.navn])),
    postnumre,
    kommunerForPostnummer,
    neighbour,
    labels: { ejerform: toMap(codes.ejerform), lovgrundlag: toMap(codes.lovgrundlag), institutionstype: toMap(codes.institutionstype) },
  };
  return cached;
}
