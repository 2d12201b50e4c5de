import { StatusBadge } from "@/components/status-badge";
import { formatNumber } from "@/lib/format/danish";
import { recordHref } from "@/lib/links";
import type { HierarchyUnit, KommuneHierarchy as Hierarchy } from "@/lib/register/kommuner";

/** Daginstitutioner → anvisningsenheder → alternative adresser, folded with <details> (no JavaScript needed). */
export function KommuneHierarchy({ hierarchy }: { hierarchy: Hierarchy }) {
  const { daginstitutioner, enhederUdenDaginstitution } = hierarchy;
  if (daginstitutioner.length === 0 && enhederUdenDaginstitution.length === 0) return <p className="mt-4">Ingen enheder med det valgte filter.</p>;
  return (
    <div className="mt-4 space-y-2">
      {daginstitutioner.map((d) => (
        <details key={d.nummer} className="rounded-small border border-grey-300">
          <summary className="cursor-pointer px-4 py-3">
            <span className="font-semibold">{d.navn}</span> <span className="font-mono text-grey-700">{d.nummer}</span>
            <span className="text-grey-700">{` · ${[d.ejerformNavn, d.lovgrundlagNavn].filter(Boolean).join(" · ")} · ${formatNumber(d.enheder.length)} ${d.enheder.length === 1 ? "enhed" : "enheder"}`}</span>
            {d.status === "NEDLAGT" && <> <StatusBadge status={d.status} /></>}
          </summary>
          <div className="border-t border-grey-200 px-4 py-3">
            <p><a href={recordHref("daginstitution", d.nummer)}>Se daginstitutionen {d.navn}</a></p>
            <UnitList units={d.enheder} />
          </div>
        </details>
      ))}
      {enhederUdenDaginstitution.length > 0 && (
        <section aria-labelledby="uden-daginstitution" className="mt-6">
          <h3 id="uden-daginstitution">Enheder uden kendt daginstitution ({formatNumber(enhederUdenDaginstitution.length)})</h3>
          <UnitList units={enhederUdenDaginstitution} />
        </section>
      )}
    </div>
  );
}

function UnitList({ units }: { units: HierarchyUnit[] }) {
  if (units.length === 0) return <p className="mt-2 text-grey-700">Ingen anvisningsenheder med det valgte filter.</p>;
  return (
    <ul className="mt-2 space-y-2">
      {units.map((u) => (
        <li key={u.nummer}>
          <a href={recordHref("anvisningsenhed", u.nummer)}>{u.navn}</a> <span className="font-mono text-grey-700">{u.nummer}</span>
          <span className="text-grey-700">{` · ${u.typeNavn ?? "Ingen type"} · ${u.adresse}`}</span> <StatusBadge status={u.status} />
          {u.alternativeAdresser.length > 0 && (
            <ul className="mt-1 ml-6 list-disc">
              {u.alternativeAdresser.map((a) => (
                <li key={a.nummer}>
                  Alternativ adresse: <a href={recordHref("alternativ_adresse", a.nummer)}>{a.navn ?? a.adresse}</a>{" "}
                  <span className="font-mono text-grey-700">{a.nummer}</span> <span className="text-grey-700">{a.adresse}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
