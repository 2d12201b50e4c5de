import { UdledtMarker } from "@/components/udledt-marker";
import { formatNumber } from "@/lib/format/danish";
import { browseHref } from "@/lib/links";
import type { CodeList } from "@/lib/register/code-lists";
import { CODE_LIST_META } from "./code-list-meta";

const cell = "border-b border-grey-300 px-3 py-2 align-top";

/** One code list: code, label (with "Udledt"), description, legal reference, and active records as a browse link. */
export function CodeListTable({ list }: { list: CodeList }) {
  const meta = CODE_LIST_META[list.name];
  const total = list.entries.reduce((sum, entry) => sum + entry.antal, 0) + list.udenKode;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">
          {meta.title} ({meta.column}): koder, betegnelser og antal {meta.countNoun}
        </caption>
        <thead>
          <tr className="border-b-2 border-grey-700 bg-grey-100">
            <th scope="col" aria-sort="ascending" className="px-3 py-2">
              Kode
            </th>
            <th scope="col" className="px-3 py-2">
              Betegnelse
            </th>
            <th scope="col" className="px-3 py-2">
              Beskrivelse
            </th>
            {meta.showLaw && (
              <th scope="col" className="px-3 py-2">
                Lovhenvisning
              </th>
            )}
            <th scope="col" className="px-3 py-2 text-right">
              {meta.countLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {list.entries.map((entry) => (
            <tr key={entry.kode} id={`${list.name}-kode-${entry.kode}`} className="target:bg-info-light">
              <th scope="row" className={`${cell} font-semibold tabular-nums`}>
                {entry.kode}
              </th>
              <td className={cell}>
                {entry.navn}
                {entry.udledt && <UdledtMarker />}
              </td>
              <td className={`${cell} text-sm`}>
                {entry.ukendt ? "Koden bruges i registrets data, men findes ikke i portalens kodeliste." : entry.beskrivelse}
              </td>
              {meta.showLaw && <td className={`${cell} text-sm`}>{entry.lovhenvisning}</td>}
              <td className={`${cell} text-right tabular-nums`}>
                <a href={browseHref({ [meta.filter]: entry.kode })}>
                  {formatNumber(entry.antal)}
                  <span className="sr-only">
                    {" "}
                    {meta.countNoun} med {meta.title.toLowerCase()} {entry.kode}
                  </span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" colSpan={meta.showLaw ? 4 : 3} className="px-3 py-2 text-left">
              I alt
            </th>
            <td className="px-3 py-2 text-right tabular-nums">{formatNumber(total)}</td>
          </tr>
        </tfoot>
      </table>
      {list.udenKode > 0 && (
        <p className="mt-2 text-sm">
          Desuden er der {formatNumber(list.udenKode)} {meta.countNoun} uden {meta.title.toLowerCase()}.
        </p>
      )}
    </div>
  );
}
