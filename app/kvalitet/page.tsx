import type { Metadata } from "next";
import { ParamErrors } from "@/components/param-errors";
import { FindingsTable } from "@/components/quality/findings-table";
import { QualityDownloadLinks } from "@/components/quality/quality-download-links";
import { QualityFilterForm } from "@/components/quality/quality-filter-form";
import { SeveritySummary } from "@/components/quality/severity-summary";
import { Pagination } from "@/components/register-table/pagination";
import { formatCalendarDate } from "@/lib/format/danish";
import { parseQualityList, qualityQuery, type QualityListState } from "@/lib/params/quality";
import { countQualityFindings, listQualityFindings, qualityFacets } from "@/lib/register/quality";
import { getLatestSnapshot } from "@/lib/register/snapshot";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Datakvalitet" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QualityPage({ searchParams }: Props) {
  const parsed = parseQualityList(await searchParams);
  const [snapshot, counts] = await Promise.all([getLatestSnapshot(), countQualityFindings()]);
  return (
    <>
      <h1>Datakvalitet</h1>
      <div className="mt-2 max-w-text space-y-2 text-lg">
        <p>
          Portalen kontrollerer registrets oplysninger med en række regler: om ejerform, lovgrundlag og
          institutionstyper passer sammen, om numre og adresser er gyldige, og om strukturen hænger sammen. Registret
          selv viser ingen sådan kontrol; fundene her er portalens egne, og rettelser sker i registret.
        </p>
        <p>
          Fundene beregnes forfra ved hver indlæsning
          {snapshot ? `; de viste er fra øjebliksbilledet af ${formatCalendarDate(snapshot.snapshotDato)}` : ""}. Kun
          aktive poster kontrolleres. <a href="/kvalitet/regler">Se alle regler, hvad de betyder, og hvem der kan rette fundene</a>.
        </p>
      </div>
      <SeveritySummary counts={counts} />
      <section aria-labelledby="fund" className="mt-10">
        <h2 id="fund">Fund</h2>
        {parsed.ok ? <FindingsList state={parsed.state} /> : <ParamErrors errors={parsed.errors} resetHref="/kvalitet" />}
      </section>
    </>
  );
}

async function FindingsList({ state }: { state: QualityListState }) {
  const [page, facets] = await Promise.all([listQualityFindings(state), qualityFacets(state)]);
  const href = (side: number) => `/kvalitet${qualityQuery(state, { side })}`;
  const pagination = { side: state.side, prSide: page.prSide, total: page.total, sider: page.sider, href, noun: { one: "fund", many: "fund" } };
  return (
    <>
      <QualityFilterForm state={state} facets={facets} />
      {page.total > 0 && <QualityDownloadLinks state={state} total={page.total} />}
      {state.side > page.sider ? (
        <p className="mt-6" role="status">
          Siden {state.side} findes ikke; listen har {page.sider} {page.sider === 1 ? "side" : "sider"}. <a href={href(1)}>Gå til første side</a>
        </p>
      ) : page.total === 0 ? (
        <p className="mt-6" role="status">Ingen fund med disse filtre.</p>
      ) : (
        <>
          <Pagination {...pagination} position="top" />
          <FindingsTable rows={page.rows} caption="Fund i registret" />
          <Pagination {...pagination} position="bottom" />
        </>
      )}
    </>
  );
}
