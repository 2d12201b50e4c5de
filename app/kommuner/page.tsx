import type { Metadata } from "next";
import { formatNumber } from "@/lib/format/danish";
import { kommuneHref } from "@/lib/links";
import { listKommuner } from "@/lib/register/kommuner";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kommuner" };

export default async function KommunerPage() {
  const kommuner = await listKommuner();
  const regions = [...new Map(kommuner.map((k) => [k.regionKode, k.regionNavn]))];
  return (
    <>
      <h1>Kommuner</h1>
      <p className="mt-2 max-w-text text-lg">
        Landets 98 kommuner med antallet af aktive daginstitutioner og anvisningsenheder, som kommunen administrerer.
      </p>
      {regions.map(([kode, navn]) => {
        const rows = kommuner.filter((k) => k.regionKode === kode);
        return (
          <section key={kode} aria-labelledby={`region-${kode}`} className="mt-10">
            <h2 id={`region-${kode}`}>{navn}</h2>
            <table className="mt-4 w-full max-w-3xl border-collapse text-left">
              <caption className="sr-only">{`Kommuner i ${navn}`}</caption>
              <thead>
                <tr className="border-b-2 border-grey-700">
                  <th scope="col" className="px-2 py-2">Kommune</th>
                  <th scope="col" className="px-2 py-2">Kode</th>
                  <th scope="col" className="px-2 py-2 text-right">Daginstitutioner</th>
                  <th scope="col" className="px-2 py-2 text-right">Anvisningsenheder</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((k) => (
                  <tr key={k.kode} className="border-b border-grey-200">
                    <td className="px-2 py-2"><a href={kommuneHref(k.kode)}>{k.navn}</a></td>
                    <td className="px-2 py-2 font-mono">{k.kode}</td>
                    <td className="px-2 py-2 text-right tabular-nums">{formatNumber(k.daginstitutioner)}</td>
                    <td className="px-2 py-2 text-right tabular-nums">{formatNumber(k.anvisningsenheder)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
