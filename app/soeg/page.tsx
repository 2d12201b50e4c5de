import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ParamErrors } from "@/components/param-errors";
import { Pagination } from "@/components/register-table/pagination";
import { StatusBadge } from "@/components/status-badge";
import { formatNumber } from "@/lib/format/danish";
import { recordHref, searchHref, type RecordLevel } from "@/lib/links";
import { MAX_QUERY, parseSearch, SEARCH_PAGE_SIZE, type SearchState } from "@/lib/params/search";
import { SEARCH_LIMIT, searchRegister, type SearchResult } from "@/lib/register/search";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Søg" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LEVEL_LABELS: Record<RecordLevel, string> = { daginstitution: "Daginstitution", anvisningsenhed: "Anvisningsenhed", alternativ_adresse: "Alternativ adresse" };
const KIND_LABELS: Record<SearchResult["kind"], string> = { institutionsnummer: "institutionsnummeret", cvr: "CVR-nummeret", pnummer: "p-nummeret", postnummer: "postnummeret", tekst: "" };

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseSearch(await searchParams);
  const q = parsed.ok ? parsed.state.q : parsed.q;
  const result = parsed.ok && q ? await searchRegister(q) : null;
  if (result?.redirect) redirect(result.redirect);
  return (
    <>
      <h1>Søg i registret</h1>
      <form method="get" action="/soeg" role="search" className="mt-6 flex max-w-2xl flex-wrap items-end gap-2">
        <label className="grow">
          <span className="block font-semibold">Navn, adresse, postnummer, institutionsnummer, CVR eller p-nummer</span>
          <input type="search" name="q" defaultValue={q} maxLength={MAX_QUERY} className="mt-1 w-full rounded-control border border-grey-700 px-3 py-2" />
        </label>
        <button type="submit" className="rounded-control bg-primary px-6 py-2 font-semibold text-white">Søg</button>
      </form>
      {!parsed.ok && <ParamErrors errors={parsed.errors} resetHref={searchHref(q)} />}
      {parsed.ok && result && <Results state={parsed.state} result={result} />}
    </>
  );
}

function Results({ state, result }: { state: SearchState; result: SearchResult }) {
  if (result.tooShort) return <p className="mt-6" role="status">Skriv mindst 3 bogstaver eller et helt nummer.</p>;
  const what = KIND_LABELS[result.kind];
  const total = result.hits.length;
  const sider = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const summary =
    total === 0
      ? `Ingen resultater for ${what ? `${what} ${result.value}` : `“${state.q}”`}.`
      : `${result.limited ? `De første ${formatNumber(SEARCH_LIMIT)}` : formatNumber(total)} ${total === 1 ? "resultat" : "resultater"} for ${what ? `${what} ${result.value}` : `“${state.q}”`}.`;
  if (state.side > sider) {
    return (
      <p className="mt-8" role="status">
        Siden {state.side} findes ikke; søgningen har {sider} {sider === 1 ? "side" : "sider"}.{" "}
        <a href={searchHref(state.q)}>Gå til første side</a>
      </p>
    );
  }
  const first = (state.side - 1) * SEARCH_PAGE_SIZE;
  return (
    <section aria-labelledby="resultater" className="mt-8">
      <h2 id="resultater">Resultater</h2>
      <p className="mt-2" role="status">{summary}{result.limited ? " Gør søgningen mere præcis for at se flere." : ""}</p>
      <ol start={first + 1} className="mt-4 divide-y divide-grey-200 border-y border-grey-200">
        {result.hits.slice(first, first + SEARCH_PAGE_SIZE).map((hit) => (
          <li key={`${hit.level}-${hit.nummer}`} className="py-3">
            <a href={recordHref(hit.level, hit.nummer)} className="text-lg font-semibold">{hit.navn}</a>{" "}
            <span className="font-mono text-grey-700">{hit.nummer}</span> <StatusBadge status={hit.status} />
            <p className="text-grey-700">{[LEVEL_LABELS[hit.level], hit.adresse, hit.kommuneNavn && `${hit.kommuneNavn} Kommune`].filter(Boolean).join(" · ")}</p>
          </li>
        ))}
      </ol>
      {sider > 1 && (
        <Pagination side={state.side} prSide={SEARCH_PAGE_SIZE} total={total} sider={sider} href={(side) => searchHref(state.q, side)} position="bottom" label="Sider med resultater" noun={{ one: "resultat", many: "resultater" }} />
      )}
    </section>
  );
}
