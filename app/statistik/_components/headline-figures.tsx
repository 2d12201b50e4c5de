import { formatNumber } from "@/lib/format/danish";
import type { RegisterStatistics } from "@/lib/register/statistics";

const FIGURES: { key: keyof RegisterStatistics["totals"]; label: string }[] = [
  { key: "daginstitutioner", label: "Daginstitutioner" },
  { key: "anvisningsenheder", label: "Anvisningsenheder" },
  { key: "alternativeAdresser", label: "Alternative adresser" },
  { key: "kommunerMedEnheder", label: "Kommuner med anvisningsenheder" },
];

/** The active register's totals as cards (label under the number, read label first). */
export function HeadlineFigures({ totals }: { totals: RegisterStatistics["totals"] }) {
  return (
    <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {FIGURES.map(({ key, label }) => (
        <div key={key} className="flex flex-col-reverse rounded-small border border-t-4 border-grey-300 border-t-primary p-4 md:p-6">
          <dt className="mt-1 font-medium text-grey-700">{label}</dt>
          <dd className="text-3xl leading-tight font-semibold tabular-nums md:text-4xl">{formatNumber(totals[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
