/** Official names that are not "<navn> Kommune". */
const SPECIAL: Record<number, string> = {
  101: "Københavns Kommune",
  400: "Bornholms Regionskommune",
};

/** The kommune's official name: 751 Aarhus → "Aarhus Kommune", 101 København → "Københavns Kommune". */
export function officialKommuneName(kode: number, navn: string): string {
  return SPECIAL[kode] ?? `${navn} Kommune`;
}
