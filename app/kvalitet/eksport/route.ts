import { downloadResponse, exportBadRequest, readExportFormat, tableExport } from "@/lib/export/table-export";
import { paramErrorText } from "@/lib/params/read-params";
import { parseQualityList } from "@/lib/params/quality";
import { QUALITY_EXPORT_COLUMNS, qualityExportFileName, qualityExportMeta, qualityExportRows } from "@/lib/quality/export";
import { countFilteredQualityFindings, streamQualityFindings } from "@/lib/register/quality";
import { getLatestSnapshot } from "@/lib/register/snapshot";

export const dynamic = "force-dynamic";

/**
 * GET /kvalitet/eksport?format=csv-excel|csv|json|jsonl&<the /kvalitet filters>: every finding of that filtered list
 * (all pages), streamed as a download.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = readExportFormat(params);
  if ("error" in format) return exportBadRequest(format.error);
  const parsed = parseQualityList(params);
  if (!parsed.ok) return exportBadRequest(paramErrorText(parsed.errors));
  const { state } = parsed;

  // Count and snapshot before the first byte, so a database that cannot answer gives an error page, not a cut file.
  const [antal, snapshot] = await Promise.all([countFilteredQualityFindings(state), getLatestSnapshot()]);
  const body = tableExport(format.format, qualityExportRows(streamQualityFindings(state)), QUALITY_EXPORT_COLUMNS, qualityExportMeta(state, antal, snapshot?.snapshotDato ?? null));
  return downloadResponse(body, format.format, qualityExportFileName(state, format.format));
}
