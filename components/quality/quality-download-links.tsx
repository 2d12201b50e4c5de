import type { ExportFormat } from "@/lib/export/table-export";
import { formatNumber } from "@/lib/format/danish";
import { qualityQuery, type QualityListState } from "@/lib/params/quality";

const FORMATS: { format: ExportFormat; label: string; type: string }[] = [
  { format: "csv-excel", label: "Excel (CSV)", type: "text/csv" },
  { format: "csv", label: "CSV", type: "text/csv" },
  { format: "json", label: "JSON", type: "application/json" },
];

/** The export of the filtered findings, all pages: /kvalitet/eksport?<filters>&format=… */
export function qualityExportHref(state: QualityListState, format: ExportFormat): string {
  const query = qualityQuery({ ...state, side: 1 });
  return `/kvalitet/eksport${query ? `${query}&` : "?"}format=${format}`;
}

export function QualityDownloadLinks({ state, total }: { state: QualityListState; total: number }) {
  return (
    <p className="my-4">
      <span id="download-fund">{`Download alle ${formatNumber(total)} fund på listen:`}</span>{" "}
      {FORMATS.map(({ format, label, type }, i) => (
        <span key={format}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <a href={qualityExportHref(state, format)} download type={type} aria-describedby="download-fund">{label}</a>
        </span>
      ))}
    </p>
  );
}
