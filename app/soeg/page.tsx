import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StatusBadge } from "@/components/status-badge";
import { formatNumber } from "@/lib/format/danish";
import { recordHref, type RecordLevel } from "@/lib/links";
import { SEARCH_LIMIT, searchRegister, type SearchResult } from "@/lib/register/search";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Søg" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LEVEL_LABELS: Record<RecordLevel, string> = { daginstitution: "Daginstitution", anvisningsenhed: "Anvisningsenhed", alternativ_adresse: "Alternativ adresse" };
const KIND_LABELS: Record<SearchResult["kind"], string> = { institutionsnummer: "institutionsnummeret", cvr: "CVR-nummeret", pnummer: "p-nummeret", postnummer: "postnummeret", tekst: "" };
const MAX_QUERY = 200;

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, MAX_QUERY) ?? "";
  const result = q ? await searchRegister(q) : null;
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
      {result && <Results q={q} result={result} />}
    </>
  );
}

function Results({ q, result }: { q: string; result: SearchResult }) {
  if (result.tooShort) return <p className="mt-6" role="status">Skriv mindst 3 bogstaver eller et helt nummer.</p>;
  const what = KIND_LABELS[result.kind];
  const summary =
    result.hits.length === 0
      ? `Ingen resultater for ${what ? `${what} ${result.value}` : `“${q}”`}.`
      : `${result.limited ? `De første ${formatNumber(SEARCH_LIMIT)}` : formatNumber(result.hits.length)} ${result.hits.length === 1 ? "resultat" : "resultater"} for ${what ? `${what} ${result.value}` : `“${q}”`}.`;
  return (
    <section aria-labelledby="resultater" className="mt-8">
      <h2 id="resultater">Resultater</h2>
      <p className="mt-2" role="status">{summary}{result.limited ? " Gør søgningen mere præcis for at se flere." : ""}</p>
      <ol className="mt-4 divide-y divide-grey-200 border-y border-grey-200">
        {result.hits.map((hit) => (
          <li key={`${hit.level}-${hit.nummer}`} className="py-3">
            <a href={recordHref(hit.level, hit.nummer)} className="text-lg font-semibold">{hit.navn}</a>{" "}
            <span className="font-mono text-grey-700">{hit.nummer}</span> <StatusBadge status={hit.status} />
            <p className="text-grey-700">{[LEVEL_LABELS[hit.level], hit.adresse, hit.kommuneNavn && `${hit.kommuneNavn} Kommune`].filter(Boolean).join(" · ")}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
