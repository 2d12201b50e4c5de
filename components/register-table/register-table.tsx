"use client";

import { flexRender, getCoreRowModel, useReactTable, type VisibilityState } from "@tanstack/react-table";
import { LIST_COLUMNS, listQuery, withQuery, SORTABLE_COLUMNS, type ListColumn, type RegisterListState, type SortColumn } from "@/lib/params/list-state";
import type { UnitListRow } from "@/lib/register/unit-list";
import { COLUMN_LABELS, UNIT_COLUMNS } from "./columns";

type Props = {
  rows: UnitListRow[];
  state: RegisterListState;
  basePath: string;
  omit?: (keyof RegisterListState)[];
  caption: string;
  /** Columns that say the same on every row of this view (the kommune on a kommune's page). */
  hiddenColumns?: ListColumn[];
};

const sortable = new Set<string>(SORTABLE_COLUMNS);

/**
 * The register's table: sorting and paging happen on the server, so headers are plain links that change the URL
 * (they work without JavaScript), and `aria-sort` tells which column orders the rows.
 */
export function RegisterTable({ rows, state, basePath, omit = [], caption, hiddenColumns = [] }: Props) {
  const columnVisibility: VisibilityState = Object.fromEntries(LIST_COLUMNS.map((id) => [id, state.kolonner.includes(id) && !hiddenColumns.includes(id)]));
  const table = useReactTable({
    data: rows,
    columns: UNIT_COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    state: { columnVisibility, sorting: [{ id: state.sorter, desc: state.retning === "desc" }] },
    getRowId: (row) => row.nummer,
  });

  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b-2 border-grey-700">
              {group.headers.map((header) => {
                const id = header.column.id as ListColumn;
                const active = state.sorter === id;
                const ariaSort = active ? (state.retning === "asc" ? "ascending" : "descending") : undefined;
                const nextDirection = active && state.retning === "asc" ? "desc" : "asc";
                return (
                  <th key={header.id} scope="col" aria-sort={ariaSort} className="px-2 py-2 align-bottom font-semibold whitespace-nowrap">
                    {sortable.has(id) ? (
                      <a href={withQuery(basePath, listQuery(state, { sorter: id as SortColumn, retning: nextDirection }, omit))} className="text-ink">
                        {COLUMN_LABELS[id]}
                        <span aria-hidden="true">{active ? (state.retning === "asc" ? " ▲" : " ▼") : ""}</span>
                        <span className="sr-only">{active ? `, sorteret ${state.retning === "asc" ? "stigende" : "faldende"}` : ", sortér"}</span>
                      </a>
                    ) : (
                      COLUMN_LABELS[id]
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="border-b border-grey-200 align-top">
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className="px-2 py-2">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
