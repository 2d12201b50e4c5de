import { formatNumber } from "@/lib/format/danish";

type Header = { key: string; label: string };

type CrossTableProps = {
  /** Unique on the page. */
  id: string;
  caption: string;
  /** Header of the row-label column, e.g. "Institutionstype". */
  cornerHeader: string;
  rows: Header[];
  columns: Header[];
  /** cells[row][column] */
  cells: number[][];
};

const cell = "border-b border-grey-300 px-3 py-2 text-right tabular-nums";
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * A cross tabulation with row and column totals ("I alt"); numbers right-aligned. On a narrow screen it scrolls
 * sideways in a region that takes keyboard focus, so it can be scrolled without a mouse.
 */
export function CrossTable({ id, caption, cornerHeader, rows, columns, cells }: CrossTableProps) {
  const columnTotals = columns.map((_, c) => sum(cells.map((row) => row[c])));
  const captionId = `${id}-titel`;
  // The title stays outside the scrolling region so it wraps on a phone; it names both the region and the table.
  return (
    <div>
      <p id={captionId} className="text-lg font-semibold">{caption}</p>
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="mt-2 overflow-x-auto">
        <table aria-labelledby={captionId} className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-grey-700 bg-grey-100 align-bottom">
              <th scope="col" className="px-3 py-2">{cornerHeader}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="px-3 py-2 text-right">{column.label}</th>
              ))}
              <th scope="col" className="px-3 py-2 text-right">I alt</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.key}>
                <th scope="row" className="border-b border-grey-300 px-3 py-2 font-normal">{row.label}</th>
                {columns.map((column, c) => (
                  <td key={column.key} className={cell}>{formatNumber(cells[r][c])}</td>
                ))}
                <td className={`${cell} font-semibold`}>{formatNumber(sum(cells[r]))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className="px-3 py-2">I alt</th>
              {columnTotals.map((total, c) => (
                <td key={columns[c].key} className="px-3 py-2 text-right tabular-nums">{formatNumber(total)}</td>
              ))}
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(sum(columnTotals))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
