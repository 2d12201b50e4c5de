import { formatShare } from "@/components/charts/share";
import { formatNumber } from "@/lib/format/danish";
import type { Breakdown, KommuneStat, StatItem } from "@/lib/register/statistics";

/**
 * The text summaries of the statistics page's charts: one or two Danish sentences with the key numbers, for
 * everyone who does not read the chart (and as the charts' descriptions).
 */

const UNITS = { one: "anvisningsenhed", many: "anvisningsenheder" };
const DAGINSTITUTIONER = { one: "daginstitution", many: "daginstitutioner" };
type Noun = typeof UNITS;

const count = (n: number, noun: Noun) => `${formatNumber(n)} ${n === 1 ? noun.one : noun.many}`;
const withShare = (item: StatItem, total: number) => `${item.label} med ${formatNumber(item.count)} (${formatShare(item.count, total)})`;
const known = (breakdown: Breakdown) => breakdown.items.filter((item) => item.kind === "kode");

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}`;
}

const ofTotal = (item: StatItem, total: number) => `${formatNumber(item.count)} af ${formatNumber(total)} (${formatShare(item.count, total)})`;

/** "Derefter følger B med 761 (16 %) og C med 645 (13 %)." for the next known categories. */
function followers(breakdown: Breakdown): string {
  const next = known(breakdown).slice(1, 3);
  return next.length ? ` Derefter følger ${joinAnd(next.map((item) => withShare(item, breakdown.total)))}.` : "";
}

/** "Færrest har E med 310 (6 %)." for the smallest known category. */
function smallest(breakdown: Breakdown): string {
  const items = known(breakdown);
  return items.length > 1 ? ` Færrest har ${withShare(items.at(-1)!, breakdown.total)}.` : "";
}

/** "2 anvisningsenheder er talt med under »Mangler«." when some records have no known category. */
function unaccounted(breakdown: Breakdown, noun: Noun): string {
  const rest = breakdown.items.filter((item) => item.kind !== "kode");
  const n = rest.reduce((sum, item) => sum + item.count, 0);
  return n ? ` ${count(n, noun)} er talt med under ${joinAnd(rest.map((item) => `»${item.label}«`))}.` : "";
}

type Lead = (top: StatItem, total: number) => string;

function summary(breakdown: Breakdown, noun: Noun, lead: Lead, then: (breakdown: Breakdown) => string = followers): string {
  const [top] = known(breakdown);
  if (!top) return breakdown.total ? unaccounted(breakdown, noun).trim() : `Der er ingen aktive ${noun.many}.`;
  return lead(top, breakdown.total) + then(breakdown) + unaccounted(breakdown, noun);
}

export const typeSummary = (b: Breakdown) =>
  summary(b, UNITS, (top, total) =>
    `${top.label} er den største institutionstype med ${formatNumber(top.count)} af ${formatNumber(total)} aktive anvisningsenheder (${formatShare(top.count, total)}).`,
  );

export const ejerformSummary = (b: Breakdown) =>
  summary(b, UNITS, (top, total) => `Flest aktive anvisningsenheder hører til en daginstitution med ejerformen ${top.label}: ${ofTotal(top, total)}.`);

export const lovgrundlagSummary = (b: Breakdown) =>
  summary(b, DAGINSTITUTIONER, (top, total) => `Flest aktive daginstitutioner har lovgrundlaget ${top.label}: ${ofTotal(top, total)}.`);

export const regionSummary = (b: Breakdown) =>
  summary(b, UNITS, (top, total) => `Flest aktive anvisningsenheder hører til ${top.label}: ${ofTotal(top, total)}.`, smallest);

export function largestKommunerSummary(kommuner: KommuneStat[], total: number): string {
  if (!kommuner.length) return "Ingen kommuner har aktive anvisningsenheder.";
  const [top] = kommuner;
  const sum = kommuner.reduce((acc, k) => acc + k.anvisningsenheder, 0);
  return (
    `${top.navn} har flest aktive anvisningsenheder: ${formatNumber(top.anvisningsenheder)}. ` +
    `De ${kommuner.length} kommuner med flest har tilsammen ${formatNumber(sum)} af ${formatNumber(total)} (${formatShare(sum, total)}).`
  );
}
