import type { Metadata } from "next";
import { RegisterListView } from "@/components/register-table/register-list-view";
import { formatNumber } from "@/lib/format/danish";
import { kommuneHref } from "@/lib/links";
import { listQuery, parseRegisterList, withQuery, type ParsedList } from "@/lib/params/register-list";
import { getKommune, getKommuneHierarchy } from "@/lib/register/kommuner";
import { getKommuneOverview } from "@/lib/register/kommune-overview";
import { KommuneHierarchy } from "./kommune-hierarchy";
import { KommuneOverview } from "./kommune-overview";
import { notFoundPage } from "@/app/_lib/not-found-page";

export const dynamic = "force-dynamic";

const VIEWS = ["overblik", "hierarki", "tabel"] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS: Record<View, string> = { overblik: "Overblik", hierarki: "Hierarki", tabel: "Tabel" };

type Props = { params: Promise<{ kode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function kommuneFrom(params: Props["params"]) {
  const { kode } = await params;
  return /^\d{1,4}$/.test(kode) ? getKommune(Number(kode)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kommune = await kommuneFrom(params);
  return { title: kommune ? `${kommune.navn} Kommune` : "Kommunen findes ikke" };
}

export default async function KommunePage({ params, searchParams }: Props) {
  const kommune = await kommuneFrom(params);
  if (!kommune) notFoundPage("/kommuner", (await params).kode);
  const query = await searchParams;
  const visning = VIEWS.find((view) => view === query.visning) ?? "overblik";
  const parsed: ParsedList = parseRegisterList(query, { kommune: kommune.kode });
  const basePath = kommuneHref(kommune.kode);
  const tabHref = (view: View) =>
    view === "overblik" ? basePath : withQuery(`${basePath}?visning=${view}`, parsed.ok ? listQuery(parsed.state, {}, ["kommune"]) : "");

  return (
    <>
      <p className="text-grey-700">{kommune.region.navn} · kommunekode <span className="font-mono">{kommune.kode}</span></p>
      <h1>{kommune.navn} Kommune</h1>
      <nav aria-label="Visning" className="mt-6 flex gap-2 border-b border-grey-300">
        {VIEWS.map((view) => (
          <a key={view} href={tabHref(view)} aria-current={visning === view ? "page" : undefined} className={`rounded-t-small px-4 py-2 ${visning === view ? "border border-b-0 border-grey-300 bg-white font-semibold text-ink" : ""}`}>
            {VIEW_LABELS[view]}
          </a>
        ))}
      </nav>
      {visning === "overblik" ? (
        <KommuneOverview kode={kommune.kode} navn={kommune.navn} overview={await getKommuneOverview(kommune.kode)} basePath={basePath} />
      ) : visning === "tabel" ? (
        <div className="mt-6">
          <RegisterListView parsed={parsed} basePath={`${basePath}?visning=tabel`} filters={["type", "ejerform", "lovgrundlag"]} omit={["kommune"]} hiddenColumns={["kommune"]} caption={`Anvisningsenheder i ${kommune.navn} Kommune`} />
        </div>
      ) : (
        <HierarchyView kode={kommune.kode} parsed={parsed} basePath={basePath} />
      )}
    </>
  );
}

async function HierarchyView({ kode, parsed, basePath }: { kode: number; parsed: ParsedList; basePath: string }) {
  const status = parsed.ok ? parsed.state.status : "aktiv";
  const hierarchy = await getKommuneHierarchy(kode, status);
  const units = hierarchy.daginstitutioner.reduce((n, d) => n + d.enheder.length, 0) + hierarchy.enhederUdenDaginstitution.length;
  return (
    <section aria-labelledby="hierarki" className="mt-6">
      <h2 id="hierarki">Daginstitutioner og deres anvisningsenheder</h2>
      <form method="get" action={basePath} className="mt-4 flex flex-wrap items-end gap-4">
        <input type="hidden" name="visning" value="hierarki" />
        <label>
          <span className="block font-semibold">Status</span>
          <select name="status" defaultValue={status} className="mt-1 rounded-control border border-grey-700 bg-white px-2 py-2">
            <option value="aktiv">Aktive</option>
            <option value="nedlagt">Nedlagte</option>
            <option value="alle">Alle</option>
          </select>
        </label>
        <button type="submit" className="rounded-control bg-primary px-6 py-2 font-semibold text-white">Vis</button>
      </form>
      <p className="mt-4">{`${formatNumber(hierarchy.daginstitutioner.length)} daginstitutioner med ${formatNumber(units)} anvisningsenheder.`}</p>
      <KommuneHierarchy hierarchy={hierarchy} />
    </section>
  );
}
