import { formatCalendarDate } from "@/lib/format/danish";
import { KIND_LABELS, LEVEL_LABELS } from "@/lib/format/change-labels";
import type { ChangeValue, ChangeView } from "@/lib/register/changes";

type Props = {
  rows: ChangeView[];
  caption: string;
  /** Leave out the record columns where the table is about one record (its history). */
  showRecord?: boolean;
};

/** Changes found by the portal's imports: when, which record, what kind, and the value before and after. */
export function ChangeTable({ rows, caption, showRecord = true }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-grey-700">
            <th scope="col" className="px-2 py-2">Indlæst</th>
            {showRecord && <th scope="col" className="px-2 py-2">Post</th>}
            {showRecord && <th scope="col" className="px-2 py-2">Kommune</th>}
            <th scope="col" className="px-2 py-2">Ændring</th>
            <th scope="col" className="px-2 py-2">Før</th>
            <th scope="col" className="px-2 py-2">Efter</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-grey-200 align-top">
              <td className="whitespace-nowrap px-2 py-2">{formatCalendarDate(row.snapshotDato)}</td>
              {showRecord && (
                <td className="px-2 py-2">
                  <a href={row.href}>{row.navn || row.nummer}</a>
                  <span className="block text-sm text-grey-700">
                    {LEVEL_LABELS[row.niveau]} <span className="font-mono">{row.nummer}</span>
                  </span>
                </td>
              )}
              {showRecord && <td className="px-2 py-2">{row.kommune ? (row.kommune.navn ?? row.kommune.kode) : "–"}</td>}
              <td className="px-2 py-2">
                <span className="font-semibold">{KIND_LABELS[row.art]}</span>
                {row.feltNavn && row.art === "aendret" && <span className="block">{row.feltNavn}</span>}
              </td>
              <td className="px-2 py-2">
                <Value value={row.foer} show={row.felt !== null} />
              </td>
              <td className="px-2 py-2">
                <Value value={row.efter} show={row.felt !== null} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Value({ value, show }: { value: ChangeValue; show: boolean }) {
  if (!show) return null;
  if (value.tekst === null) return <span className="text-grey-700">(tom)</span>;
  return value.href ? <a href={value.href}>{value.tekst}</a> : <span className="break-words">{value.tekst}</span>;
}
