import type { MatrixEntry } from "@/lib/quality/cross-validation-matrix";

type Labels = { ejerform: Map<number, { navn: string }>; lovgrundlag: Map<number, { navn: string; lovhenvisning: string | null }>; institutionstype: Map<number, { navn: string }> };

const cell = "border-b border-grey-300 px-3 py-2 align-top";
const named = (list: Map<number, { navn: string }>, kode: number) => `${kode} ${list.get(kode)?.navn ?? "(ukendt kode)"}`;

/** The cross-validation matrix: for each lovgrundlag, the ejerformer and institution types it allows. */
export function MatrixTable({ entries, labels }: { entries: MatrixEntry[]; labels: Labels }) {
  return (
    <div className="mt-4 overflow-x-auto" role="region" aria-label="Krydsvalideringstabel" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Krydsvalidering: tilladte ejerformer og institutionstyper for hvert lovgrundlag (udledt)</caption>
        <thead>
          <tr className="border-b-2 border-grey-700 bg-grey-100">
            <th scope="col" aria-sort="ascending" className="px-3 py-2">Lovgrundlag</th>
            <th scope="col" className="px-3 py-2">Tilladte ejerformer</th>
            <th scope="col" className="px-3 py-2">Tilladte institutionstyper</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const lov = labels.lovgrundlag.get(entry.lovgrundlag);
            return (
              <tr key={entry.lovgrundlag}>
                <th scope="row" className={`${cell} font-normal`}>
                  <span className="font-semibold">{named(labels.lovgrundlag, entry.lovgrundlag)}</span>
                  {lov?.lovhenvisning && <span className="block text-sm">{lov.lovhenvisning}</span>}
                </th>
                <td className={cell}>{entry.ejerform === null ? "Alle" : <CodeList codes={entry.ejerform} list={labels.ejerform} />}</td>
                <td className={cell}>
                  <CodeList codes={entry.institutionstyper} list={labels.institutionstype} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CodeList({ codes, list }: { codes: number[]; list: Map<number, { navn: string }> }) {
  return (
    <ul>
      {codes.map((kode) => (
        <li key={kode}>{named(list, kode)}</li>
      ))}
    </ul>
  );
}
