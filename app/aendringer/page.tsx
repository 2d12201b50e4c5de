import type { Metadata } from "next";
import { ChangeFilters } from "@/components/changes/change-filters";
import { ChangeTable } from "@/components/changes/change-table";
import { ParamErrors } from "@/components/param-errors";
import { Pagination } from "@/components/register-table/pagination";
import { formatCalendarDate, formatNumber } from "@/lib/format/danish";
import { changesExportHref, changesFeedHref, changesHref } from "@/lib/links";
import { CHANGES_PAGE_SIZE, changeQuery, parseChangeList, type ChangeListState } from "@/lib/params/changes";
import { changeDays, listChanges } from "@/lib/register/changes";
import { listKommuner } from "@/lib/register/kommuner";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseChangeList(await searchParams);
  const query = parsed.ok ? changeQuery(parsed.state, {}, ["side"]) : "";
  return {
    title: "Ændringer",
    alternates: { types: { "application/atom+xml": [{ url: changesFeedHref(query), title: "Ændringer i Dagtilbudsregisteret (Atom)" }] } },
  };
}

export default async function ChangesPage({ searchParams }: Props) {
  const parsed = parseChangeList(await searchParams);
  const { days, foersteDato } = await changeDays(5);
  return (
    <>
      <h1>Ændringer i registret</h1>
      <p className="mt-2 max-w-text text-lg">
        Hver gang portalen indlæser et nyt øjebliksbillede af registret, sammenligner den med det forrige og gemmer, hvad der
        er ændret: nye og nedlagte enheder, genåbninger, flytninger til en anden daginstitution og hvert ændret felt med den
        gamle og den nye værdi. Registret selv gemmer ingen historik.
      </p>
      {foersteDato && (
        <p className="mt-2 max-w-text">
          {`Historikken begynder med indlæsningen af ${formatCalendarDate(foersteDato)}; det, der fandtes da, regnes ikke som oprettet.`}
          {days.length > 0 && ` Seneste indlæsninger med ændringer: ${days.map((d) => `${formatCalendarDate(d.dato)} (${formatNumber(d.antal)})`).join(", ")}.`}
        </p>
      )}
      {parsed.ok ? <ChangeList state={parsed.state} /> : <ParamErrors errors={parsed.errors} resetHref={changesHref()} />}
    </>
  );
}

async function ChangeList({ state }: { state: ChangeListState }) {
  const [page, kommuner] = await Promise.all([listChanges(state), listKommuner()]);
  const filterQuery = changeQuery(state, {}, ["side"]);
  return (
    <div className="mt-6">
      <ChangeFilters state={state} kinds={page.kinds} kommuner={kommuner} action={changesHref()} />
      <p className="my-4">
        <span id="hent-aendringer">{`Hent ændringerne (${formatNumber(page.total)}):`}</span>{" "}
        <a href={changesExportHref(filterQuery, "csv-excel")} download aria-describedby="hent-aendringer">Excel (CSV)</a>
        <span aria-hidden="true"> · </span>
        <a href={changesExportHref(filterQuery, "csv")} download aria-describedby="hent-aendringer">CSV</a>
        <span aria-hidden="true"> · </span>
        <a href={changesExportHref(filterQuery, "json")} download aria-describedby="hent-aendringer">JSON</a>
        <span aria-hidden="true"> · </span>
        <a href={changesExportHref(filterQuery, "jsonl")} download aria-describedby="hent-aendringer">JSON Lines</a>
        <span aria-hidden="true"> · </span>
        <a href={changesFeedHref(filterQuery)} type="application/atom+xml">Abonnér (Atom-feed)</a>
      </p>
      {state.side > page.sider ? (
        <p className="mt-6" role="status">
          Siden {state.side} findes ikke; listen har {page.sider} {page.sider === 1 ? "side" : "sider"}.{" "}
          <a href={changesHref(changeQuery(state, { side: 1 }))}>Gå til første side</a>
        </p>
      ) : page.total === 0 ? (
        <p className="mt-6" role="status">Ingen ændringer passer til filtrene.</p>
      ) : (
        <>
          <Pagination side={state.side} prSide={CHANGES_PAGE_SIZE} total={page.total} sider={page.sider} href={(side) => changesHref(changeQuery(state, { side }))} position="top" noun={{ one: "ændring", many: "ændringer" }} />
          <ChangeTable rows={page.rows} caption="Ændringer, nyeste indlæsning først" />
          <Pagination side={state.side} prSide={CHANGES_PAGE_SIZE} total={page.total} sider={page.sider} href={(side) => changesHref(changeQuery(state, { side }))} position="bottom" noun={{ one: "ændring", many: "ændringer" }} />
        </>
      )}
    </div>
  );
}
