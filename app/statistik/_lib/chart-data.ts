import type { ChartDatum } from "@/components/charts/chart-types";
import type { KommuneStat, StatItem } from "@/lib/register/statistics";

/** A breakdown's items as bars; unknown and missing categories are drawn muted. */
export const toChartData = (items: StatItem[]): ChartDatum[] =>
  items.map((item) => ({ key: item.key, label: item.label, value: item.count, muted: item.kind !== "kode" }));

const collator = new Intl.Collator("da");

/** The known kommuner with the most active anvisningsenheder, largest first. */
export const largestKommuner = (kommuner: KommuneStat[], howMany: number): KommuneStat[] =>
  kommuner
    .filter((k) => k.kind === "kode" && k.anvisningsenheder > 0)
    .sort((a, b) => b.anvisningsenheder - a.anvisningsenheder || collator.compare(a.navn, b.navn))
    .slice(0, howMany);
