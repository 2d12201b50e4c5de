import { formatCalendarDate, formatNumber } from "@/lib/format/danish";
import { getLatestSnapshot } from "@/lib/register/snapshot";
import { getRegisterTotals, type RegisterTotals } from "@/lib/register/totals";

export const dynamic = "force-dynamic";

const CARDS: { key: keyof RegisterTotals; label: string }[] = [
  { key: "anvisningsenheder", label: "Anvisningsenheder" },
  { key: "daginstitutioner", label: "Daginstitutioner" },
  { key: "kommuner", label: "Kommuner" },
  { key: "alternativeAdresser", label: "Alternative adresser" },
];

export default async function FrontPage() {
  const [snapshot, totals] = await Promise.all([getLatestSnapshot(), getRegisterTotals()]);
  return (
    <>
      <h1>Dagtilbudsregisteret</h1>
      <div className="mt-4 space-y-4 text-lg">
        <p>
          Dagtilbudsregisteret er det nationale register over daginstitutioner og deres anvisningsenheder: de
          vuggestuer, børnehaver, dagplejeordninger og andre dagtilbud, som kommunerne anviser pladser i.
        </p>
        <p>
          Hver enhed har et institutionsnummer. Det er de numre, som blandt andet Unilogin og Aula bruger til at
          knytte børn, forældre og medarbejdere til det rigtige dagtilbud.
        </p>
      </div>

      <section aria-labelledby="tal" className="mt-10">
        <h2 id="tal">Registret i tal</h2>
        <p className="mt-2 text-grey-700">
          Aktive enheder i registret. Kommuner er de kommuner, der administrerer mindst én aktiv daginstitution.
        </p>
        <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {CARDS.map(({ key, label }) => (
            <div
              key={key}
              className="flex flex-col-reverse rounded-small border border-t-4 border-grey-300 border-t-primary p-4 md:p-6"
            >
              <dt className="mt-1 font-medium text-grey-700">{label}</dt>
              <dd className="text-3xl leading-tight font-semibold tabular-nums md:text-4xl">
                {formatNumber(totals[key])}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-grey-700">
          {snapshot
            ? `Data fra øjebliksbillede af ${formatCalendarDate(snapshot.snapshotDato)}.`
            : "Der er endnu ikke indlæst data."}
        </p>
      </section>
    </>
  );
}
