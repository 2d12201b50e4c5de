import { ChangeTable } from "@/components/changes/change-table";
import { exportHref } from "@/components/register-table/download-links";
import { qualityExportHref } from "@/components/quality/quality-download-links";
import { SeverityBadge } from "@/components/quality/severity-badge";
import { formatNumber } from "@/lib/format/danish";
import { changesExportHref, changesFeedHref, changesHref } from "@/lib/links";
import { changeQuery, DEFAULT_CHANGE_STATE } from "@/lib/params/changes";
import { DEFAULT_QUALITY_STATE, qualityQuery } from "@/lib/params/quality";
import { DEFAULT_LIST_STATE, type Filter } from "@/lib/params/register-list";
import { findRule } from "@/lib/quality/rules";
import { SEVERITIES, SEVERITY_PLURAL } from "@/lib/quality/rule-types";
import type { FacetValue } from "@/lib/register/facets";
import type { ActiveClosed, KommuneOverview as Overview } from "@/lib/register/kommune-overview";

type Props = { kode: number; navn: string; overview: Overview; basePath: string };

/** The page a kommune's office bookmarks: its numbers, open findings, latest changes and its data to take away. */
export function KommuneOverview({ kode, navn, overview, basePath }: Props) {
  const tableHref = (filter: Filter, value: string) => `${basePath}?visning=tabel&${filter}=${encodeURIComponent(value)}`;
  const quality = { ...DEFAULT_QUALITY_STATE, kommune: kode };
  const changes = changeQuery({ ...DEFAULT_CHANGE_STATE, kommune: kode });
  return (
    <>
      <section aria-labelledby="tal" className="mt-6">
        <h2 id="tal">Kommunen i tal</h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-3">
          <Figure label="Daginstitutioner" counts={overview.daginstitutioner} />
          <Figure label="Anvisningsenheder" counts={overview.anvisningsenheder} />
          <Figure label="Alternative adresser" counts={overview.alternativeAdresser} />
        </dl>
        <div className="mt-6 grid gap-6 lg:grid-cols-3">
          <Breakdown title="Aktive enheder efter type" values={overview.perType} total={overview.anvisningsenheder.aktive} href={(v) => tableHref("type", v)} />
          <Breakdown title="Efter ejerform" values={overview.perEjerform} total={overview.anvisningsenheder.aktive} href={(v) => tableHref("ejerform", v)} />
          <Breakdown title="Efter lovgrundlag" values={overview.perLovgrundlag} total={overview.anvisningsenheder.aktive} href={(v) => tableHref("lovgrundlag", v)} />
        </div>
      </section>

      <section aria-labelledby="kvalitet" className="mt-10">
        <h2 id="kvalitet">Datakvalitet</h2>
        {overview.kvalitet.total === 0 ? (
          <p className="mt-2">Portalens kontrol fandt intet at bemærke ved kommunens registreringer.</p>
        ) : (
          <>
            <p className="mt-2 max-w-text">
              {`Portalens kontrol fandt ${formatNumber(overview.kvalitet.total)} ${overview.kvalitet.total === 1 ? "forhold" : "forhold"} ved kommunens registreringer: `}
              {SEVERITIES.map((s) => `${formatNumber(overview.kvalitet.perAlvorlighed[s])} ${SEVERITY_PLURAL[s].toLowerCase()}`).join(", ")}.
            </p>
            <ul className="mt-4 space-y-2">
              {overview.kvalitet.perRegel.map((row) => (
                <li key={row.regel} className="flex flex-wrap items-center gap-2">
                  <SeverityBadge alvorlighed={row.alvorlighed} />
                  <a href={`/kvalitet${qualityQuery(quality, { regel: row.regel })}`}>{findRule(row.regel)?.titel ?? row.regel}</a>
                  <span className="tabular-nums">({formatNumber(row.antal)})</span>
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <a href={`/kvalitet${qualityQuery(quality)}`}>Se alle kommunens fund</a>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="seneste" className="mt-10">
        <h2 id="seneste">Seneste ændringer</h2>
        {overview.seneste.length === 0 ? (
          <p className="mt-2">Portalen har endnu ikke set ændringer i kommunens registreringer.</p>
        ) : (
          <ChangeTable rows={overview.seneste} caption={`De seneste ændringer i ${navn} Kommune`} />
        )}
        <p className="mt-4">
          <a href={changesHref(changes)}>Alle ændringer i kommunen</a>
          <span aria-hidden="true"> · </span>
          <a href={changesFeedHref(changes)} type="application/atom+xml">Abonnér på kommunens ændringer (Atom-feed)</a>
        </p>
      </section>

      <section aria-labelledby="hent" className="mt-10">
        <h2 id="hent">Hent kommunens data</h2>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>
            {"Alle kommunens anvisningsenheder, også nedlagte: "}
            <a href={exportHref({ ...DEFAULT_LIST_STATE, kommune: kode, status: "alle" }, "csv-excel")} download>Excel (CSV)</a>
            <span aria-hidden="true"> · </span>
            <a href={exportHref({ ...DEFAULT_LIST_STATE, kommune: kode, status: "alle" }, "json")} download>JSON</a>
          </li>
          <li>
            {"Kommunens fund fra datakvalitetskontrollen: "}
            <a href={qualityExportHref(quality, "csv-excel")} download>Excel (CSV)</a>
          </li>
          <li>
            {"Kommunens ændringer: "}
            <a href={changesExportHref(changes, "csv-excel")} download>Excel (CSV)</a>
          </li>
        </ul>
      </section>
    </>
  );
}

function Figure({ label, counts }: { label: string; counts: ActiveClosed }) {
  return (
    <div className="rounded-small border border-grey-300 bg-grey-100 px-4 py-3">
      <dt className="font-semibold">{label}</dt>
      <dd className="text-3xl font-semibold tabular-nums">{formatNumber(counts.aktive)}</dd>
      <dd className="text-sm">{counts.nedlagte > 0 ? `aktive; ${formatNumber(counts.nedlagte)} nedlagte` : "aktive"}</dd>
    </div>
  );
}

function Breakdown({ title, values, total, href }: { title: string; values: FacetValue[]; total: number; href: (value: string) => string }) {
  const withoutCode = total - values.reduce((n, v) => n + v.count, 0);
  return (
    <table className="w-full border-collapse text-left">
      <caption className="text-left font-semibold">{title}</caption>
      <thead>
        <tr className="border-b-2 border-grey-700">
          <th scope="col" className="px-2 py-1">Værdi</th>
          <th scope="col" className="px-2 py-1 text-right">Enheder</th>
        </tr>
      </thead>
      <tbody>
        {values.map((v) => (
          <tr key={v.value} className="border-b border-grey-200">
            <td className="px-2 py-1"><a href={href(v.value)}>{v.label}</a></td>
            <td className="px-2 py-1 text-right tabular-nums">{formatNumber(v.count)}</td>
          </tr>
        ))}
        {withoutCode > 0 && (
          <tr className="border-b border-grey-200">
            <td className="px-2 py-1">Uden kode</td>
            <td className="px-2 py-1 text-right tabular-nums">{formatNumber(withoutCode)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
