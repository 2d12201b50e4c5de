import { formatNumber } from "@/lib/format/danish";
import type { ChartDatum } from "./chart-types";
import { formatShare } from "./share";

type DataTableProps = {
  caption: string;
  /** Header of the category column, e.g. "Region". */
  categoryHeader: string;
  /** Header of the count column, e.g. "Anvisningsenheder". */
  countHeader: string;
  data: ChartDatum[];
  /** The whole the shares are of; the table ends with it as "I alt". */
  total: number;
  /** Leave out the "I alt" row, e.g. when the rows are a selection of the whole. */
  hideTotal?: boolean;
};

const cell = "border-b border-grey-300 px-3 py-2";

/** The exact numbers behind a chart: category, count and share of the total (scrolls sideways on a narrow screen). */
export function DataTable({ caption, categoryHeader, countHeader, data, total, hideTotal = false }: DataTableProps) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full max-w-2xl border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-grey-700 bg-grey-100">
            <th scope="col" className="px-3 py-2">{categoryHeader}</th>
            <th scope="col" className="px-3 py-2 text-right">{countHeader}</th>
            <th scope="col" className="px-3 py-2 text-right">Andel</th>
          </tr>
        </thead>
        <tbody>
          {data.map((datum) => (
            <tr key={datum.key}>
              <th scope="row" className={`${cell} font-normal`}>{datum.label}</th>
              <td className={`${cell} text-right tabular-nums`}>{formatNumber(datum.value)}</td>
              <td className={`${cell} text-right tabular-nums`}>{formatShare(datum.value, total)}</td>
            </tr>
          ))}
        </tbody>
        {!hideTotal && (
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className="px-3 py-2">I alt</th>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(total)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatShare(total, total)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
