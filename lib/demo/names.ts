import type { Random } from "./random";
import {
  AREAS, CLUSTER_PATTERNS, DAGPLEJE_GROUP_PATTERNS, DAGPLEJE_PATTERNS, FEATURES, KLUB_CLUSTER_PATTERNS, LANDSBY_PATTERNS,
  NAME_ENDINGS, NAME_STEMS, NAME_WORDS, OUTDOOR_NAMES, PLACE_FIRSTS, PLACE_LASTS, QUOTED_NAMES, SHORT_PLACES,
  STREET_ENDINGS, STREET_PREFIXES, STREET_STEMS, UNIT_PATTERNS, VILLAGE_ENDINGS, VILLAGE_PREFIXES,
} from "./words";

export const NAME_MIN = 3;
export const NAME_MAX = 59;

export type UnitNameKind = keyof typeof UNIT_PATTERNS;

const REPEATED_ENDING = /(huset|haven|have|gården|stuen|stue|hus)\b.*\1\b/i;

/** "Regnbuen", or a compound such as "Bøgehuset" / "Lærkereden". */
export function compoundWord(rng: Random): string {
  if (rng.chance(0.45)) return rng.pick(NAME_WORDS);
  for (;;) {
    const stem = rng.pick(NAME_STEMS);
    const ending = rng.weighted(NAME_ENDINGS);
    const word = stem + ending;
    if (!/eeng|engeng|(.)\1\1/i.test(word)) return word;
  }
}

/** A place-like name: "Søndervang", "Bøgelund". */
export function placeName(rng: Random): string {
  for (;;) {
    const first = rng.pick(PLACE_FIRSTS);
    const last = rng.pick(PLACE_LASTS);
    if (!first.toLowerCase().startsWith(last.slice(0, 3))) return first + last;
  }
}

export function streetName(rng: Random): string {
  const stem = rng.pick(STREET_STEMS);
  let ending = rng.weighted(STREET_ENDINGS);
  if (stem.toLowerCase().endsWith(ending.trim().slice(0, 3).toLowerCase())) ending = "vej";
  return rng.weighted(STREET_PREFIXES) + stem + ending;
}

export function villageName(rng: Random): string {
  const stem = rng.pick(NAME_STEMS).replace(/e$/, "");
  return rng.weighted(VILLAGE_PREFIXES) + stem + rng.pick(VILLAGE_ENDINGS);
}

export function outdoorName(rng: Random): string {
  return `${rng.pick(OUTDOOR_NAMES)} ${rng.chance(0.5) ? rng.pick(SHORT_PLACES) : placeName(rng)}`;
}

/** Fills `{x}`, `{place}`, `{area}`, `{feature}`, `{short}` and `{n}` in a pattern. */
export function fill(rng: Random, pattern: string, fixed: { area?: string; n?: number } = {}): string {
  return pattern
    .replace("{x}", () => compoundWord(rng))
    .replace("{place}", () => placeName(rng))
    .replace("{area}", () => fixed.area ?? rng.pick(AREAS))
    .replace("{feature}", () => rng.pick(FEATURES))
    .replace("{short}", () => rng.pick(SHORT_PLACES))
    .replace("{n}", () => String(fixed.n ?? rng.int(1, 9)));
}

/** Draws names until one fits 3-59 characters and is not in `taken`; accepts a duplicate after a few tries. */
export function uniqueName(draw: () => string, taken: Set<string>): string {
  let name = draw();
  for (let i = 0; i < 12 && (taken.has(name) || name.length < NAME_MIN || name.length > NAME_MAX); i++) name = draw();
  if (name.length > NAME_MAX) name = name.slice(0, NAME_MAX).trimEnd();
  taken.add(name);
  return name;
}

/** The name of an anvisningsenhed; about 1 % carry quotes, a few `&`, `-` or `;` as real names do. */
export function unitName(rng: Random, kind: UnitNameKind): string {
  const r = rng.next();
  if (r < 0.012 && kind !== "special") {
    const prefix = { klub: "Klub", vuggestue: "Vuggestuen", boernehave: "Børnehaven" }[kind as string] ?? "Børnehuset";
    return `${prefix} "${rng.pick(QUOTED_NAMES)}"`;
  }
  if (r < 0.017 && (kind === "aldersintegreret" || kind === "privat")) return `Vuggestue & Børnehave ${compoundWord(rng)}`;
  let base = fill(rng, rng.weighted(UNIT_PATTERNS[kind]));
  // Avoid "Børnehuset Søhuset", "Vuggestuen Uglestuen".
  for (let i = 0; i < 6 && REPEATED_ENDING.test(base); i++) base = fill(rng, rng.weighted(UNIT_PATTERNS[kind]));
  if (r < 0.024) return `${base} - ${rng.chance(0.5) ? rng.pick(AREAS) : `afd. ${placeName(rng)}`}`;
  if (r < 0.0252) return `${base}; ${rng.pick(["Vuggestuen", "Børnehaven", `afd. ${rng.pick(AREAS)}`])}`;
  return base;
}

export function dagplejeName(rng: Random, area: string): string {
  return fill(rng, rng.weighted(DAGPLEJE_PATTERNS), { area });
}

export function dagplejeGroupName(rng: Random, area: string, n: number): string {
  return fill(rng, rng.weighted(DAGPLEJE_GROUP_PATTERNS), { area: rng.chance(0.7) ? area : undefined, n });
}

export function clusterName(rng: Random): string {
  return fill(rng, rng.weighted(CLUSTER_PATTERNS));
}

export function klubClusterName(rng: Random): string {
  return fill(rng, rng.weighted(KLUB_CLUSTER_PATTERNS));
}

export function landsbyName(rng: Random): string {
  return fill(rng, rng.weighted(LANDSBY_PATTERNS));
}

/** A unit inside a named cluster is sometimes called "<cluster>, afd. <unit>". */
export function branchName(rng: Random, clusterName: string, unitName: string): string {
  const prefix = /^(Daginstitution|Dagtilbud|Børneunivers|Område|Børnehusene|Institutionsklyngen|Klynge|Børnebyen) /;
  if (!prefix.test(clusterName)) return unitName;
  const stripped = clusterName.replace(/^(Daginstitution|Dagtilbud|Børneunivers|Område|Børnehusene) /, "");
  const short = /^[A-ZÆØÅ]/.test(stripped) ? stripped : clusterName;
  const name = rng.chance(0.5) ? `${short}, afd. ${unitName}` : `${unitName} (${short})`;
  return name.length <= NAME_MAX ? name : unitName;
}

/** ASCII slug for e-mail addresses: "Børnehuset Regnbuen" → "boernehuset-regnbuen". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
