import type { ExportFormat } from "@/lib/export/view-export";
import { formatNumber } from "@/lib/format/danish";
import { DEFAULT_LIST_STATE, listQuery, withQuery, type RegisterListState } from "@/lib/params/register-list";

const FORMATS: { format: ExportFormat; label: string; type: string }[] = [
  { format: "csv-excel", label: "Excel (CSV)", type: "text/csv" },
  { format: "csv", label: "CSV", type: "text/csv" },
  { format: "json", label: "JSON", type: "application/json" },
  { format: "jsonl", label: "JSON Lines", type: "application/x-ndjson" },
];

/**
 * The export of a list view: every filter explicit (also one the page carries in its path, such as the kommune
 * page's kommune), the sort, and no page, page size or columns, since the export is the whole set in every field.
 */
export function exportHref(state: RegisterListState, format: ExportFormat): string {
  const whole = { ...state, side: 1, prSide: DEFAULT_LIST_STATE.prSide, kolonner: [...DEFAULT_LIST_STATE.kolonner] };
  return withQuery(withQuery("/eksport/dagtilbud", listQuery(whole)), `?format=${format}`);
}

/** "Download hele listen (N enheder): Excel (CSV) · CSV · JSON · JSON Lines" as plain download links. */
export function DownloadLinks({ state, total }: { state: RegisterListState; total: number }) {
  return (
    <p className="my-4">
      <span id="download-hele-listen">{`Download hele listen (${formatNumber(total)} ${total === 1 ? "enhed" : "enheder"}):`}</span>{" "}
      {FORMATS.map(({ format, label, type }, i) => (
        <span key={format}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <a href={exportHref(state, format)} download type={type} aria-describedby="download-hele-listen">{label}</a>
        </span>
      ))}
    </p>
  );
}
