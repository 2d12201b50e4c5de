import { formatNumber } from "@/lib/format/danish";
import { kommuneHref } from "@/lib/links";
import type { KommuneStat } from "@/lib/register/statistics";

const cell = "border-b border-grey-300 px-3 py-2";
const number = `${cell} text-right tabular-nums`;

/**
 * Every kommune with its region and counts, in Danish alphabetical order; the name links to the kommune's page.
 * On a phone the table scrolls sideways in a focusable region named by `labelledBy`.
 */
export function KommuneTable({ kommuner, labelledBy }: { kommuner: KommuneStat[]; labelledBy: string }) {
  const sum = (pick: (k: KommuneStat) => number) => kommuner.reduce((acc, k) => acc + pick(k), 0);
  return (
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className="mt-4 overflow-x-auto">
      <table className="w-full max-w-4xl border-collapse text-left">
        <caption className="sr-only">Aktive daginstitutioner og anvisningsenheder i hver kommune</caption>
        <thead>
          <tr className="border-b-2 border-grey-700 bg-grey-100">
            <th scope="col" aria-sort="ascending" className="px-3 py-2">Kommune</th>
            <th scope="col" className="px-3 py-2">Kode</th>
            <th scope="col" className="px-3 py-2">Region</th>
            <th scope="col" className="px-3 py-2 text-right">Daginstitutioner</th>
            <th scope="col" className="px-3 py-2 text-right">Anvisningsenheder</th>
          </tr>
        </thead>
        <tbody>
          {kommuner.map((k) => (
            <tr key={k.key}>
              <th scope="row" className={`${cell} font-normal`}>
                {k.kind === "kode" && k.kode !== null ? <a href={kommuneHref(k.kode)}>{k.navn}</a> : k.navn}
              </th>
              <td className={`${cell} tabular-nums`}>{k.kode ?? ""}</td>
              <td className={cell}>{k.regionNavn ?? ""}</td>
              <td className={number}>{formatNumber(k.daginstitutioner)}</td>
              <td className={number}>{formatNumber(k.anvisningsenheder)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" colSpan={3} className="px-3 py-2">I alt</th>
            <td className="px-3 py-2 text-right tabular-nums">{formatNumber(sum((k) => k.daginstitutioner))}</td>
            <td className="px-3 py-2 text-right tabular-nums">{formatNumber(sum((k) => k.anvisningsenheder))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
