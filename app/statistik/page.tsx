import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { ChartGrid } from "@/components/charts/chart-figure";
import { CrossTable } from "@/components/charts/cross-table";
import { formatCalendarDate } from "@/lib/format/danish";
import { getLatestSnapshot } from "@/lib/register/snapshot";
import { getRegisterStatistics } from "@/lib/register/statistics";
import { HeadlineFigures } from "./_components/headline-figures";
import { KommuneTable } from "./_components/kommune-table";
import { largestKommuner, toChartData } from "./_lib/chart-data";
import { ejerformSummary, largestKommunerSummary, lovgrundlagSummary, regionSummary, typeSummary } from "./_lib/summaries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Statistik" };

const LARGEST = 15;

export default async function StatisticsPage() {
  const [stats, snapshot] = await Promise.all([getRegisterStatistics(), getLatestSnapshot()]);
  const units = stats.totals.anvisningsenheder;
  const largest = largestKommuner(stats.kommuner, LARGEST);
  return (
    <>
      <h1>Statistik</h1>
      <div className="mt-4 space-y-3">
        <p className="text-lg">
          Registrets aktive daginstitutioner, anvisningsenheder og alternative adresser i tal: fordelt på institutionstype,
          ejerform, lovgrundlag, region og kommune.
        </p>
        <p className="font-medium">
          {snapshot ? `Tal fra øjebliksbilledet af ${formatCalendarDate(snapshot.snapshotDato)}.` : "Der er endnu ikke indlæst data."}
        </p>
        <p>
          En anvisningsenhed tælles i sin daginstitutions kommune, og en enhed uden daginstitution i den kommune, hvor den
          ligger. Enheder med en manglende eller ukendt kode tælles under »Mangler« eller »Ukendt kode«, så hver
          fordeling giver det samlede antal.
        </p>
        <p>
          Koder, som ingen aktive enheder har, er ikke vist. Hvad koderne betyder, står i{" "}
          <PageLink href="/kodelister">kodelisterne</PageLink>. Selve data kan hentes under{" "}
          <PageLink href="/eksport">Download data</PageLink>.
        </p>
      </div>

      <section aria-labelledby="afsnit-noegletal" className="mt-10">
        <h2 id="afsnit-noegletal">Nøgletal</h2>
        <HeadlineFigures totals={stats.totals} />
      </section>

      <section aria-labelledby="afsnit-typer" className="mt-12">
        <h2 id="afsnit-typer">Institutionstyper og ejerformer</h2>
        <ChartGrid>
          <BarChartFigure
            id="typer"
            caption="Aktive anvisningsenheder efter institutionstype"
            summary={typeSummary(stats.typer)}
            data={toChartData(stats.typer.items)}
            total={stats.typer.total}
            categoryHeader="Institutionstype"
            countHeader="Anvisningsenheder"
          />
          <BarChartFigure
            id="ejerformer"
            caption="Aktive anvisningsenheder efter daginstitutionens ejerform"
            summary={ejerformSummary(stats.ejerformer)}
            data={toChartData(stats.ejerformer.items)}
            total={stats.ejerformer.total}
            categoryHeader="Ejerform"
            countHeader="Anvisningsenheder"
          />
        </ChartGrid>
        <div className="mt-8">
          <CrossTable
            id="type-ejerform"
            caption="Aktive anvisningsenheder efter institutionstype og ejerform"
            cornerHeader="Institutionstype"
            rows={stats.typeEjerform.rows}
            columns={stats.typeEjerform.columns}
            cells={stats.typeEjerform.cells}
          />
        </div>
      </section>

      <section aria-labelledby="afsnit-lovgrundlag" className="mt-12">
        <h2 id="afsnit-lovgrundlag">Lovgrundlag</h2>
        <ChartGrid>
          <BarChartFigure
            id="lovgrundlag"
            caption="Aktive daginstitutioner efter lovgrundlag"
            summary={lovgrundlagSummary(stats.lovgrundlag)}
            data={toChartData(stats.lovgrundlag.items)}
            total={stats.lovgrundlag.total}
            categoryHeader="Lovgrundlag"
            countHeader="Daginstitutioner"
          />
        </ChartGrid>
      </section>

      <section aria-labelledby="afsnit-geografi" className="mt-12">
        <h2 id="afsnit-geografi">Regioner og kommuner</h2>
        <ChartGrid>
          <BarChartFigure
            id="regioner"
            caption="Aktive anvisningsenheder efter region"
            summary={regionSummary(stats.regioner)}
            data={toChartData(stats.regioner.items)}
            total={stats.regioner.total}
            categoryHeader="Region"
            countHeader="Anvisningsenheder"
          />
          <BarChartFigure
            id="stoerste-kommuner"
            caption={`De ${LARGEST} kommuner med flest aktive anvisningsenheder`}
            summary={largestKommunerSummary(largest, units)}
            data={largest.map((k) => ({ key: k.key, label: k.navn, value: k.anvisningsenheder }))}
            total={units}
            categoryHeader="Kommune"
            countHeader="Anvisningsenheder"
            showShare={false}
            selection
          />
        </ChartGrid>
        <h3 className="mt-10" id="alle-kommuner">
          Alle kommuner
        </h3>
        <p className="mt-2">
          Aktive daginstitutioner (efter den kommune, der administrerer dem) og anvisningsenheder i hver kommune. Vælg en
          kommune for at se dens dagtilbud.
        </p>
        <KommuneTable kommuner={stats.kommuner} labelledBy="alle-kommuner" />
      </section>
    </>
  );
}
