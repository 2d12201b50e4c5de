import { downloadResponse, exportBadRequest, readExportFormat } from "@/lib/export/table-export";
import { exportFileName, exportMeta, viewExport } from "@/lib/export/view-export";
import { paramErrorText } from "@/lib/params/read-params";
import { parseRegisterList } from "@/lib/params/register-list";
import { getLatestSnapshot } from "@/lib/register/snapshot";
import { countViewUnits, streamUnitRows } from "@/lib/register/unit-stream";

export const dynamic = "force-dynamic";

/**
 * GET /eksport/dagtilbud?format=csv-excel|csv|json|jsonl&<list parameters>: every row of the list view those
 * parameters describe (all pages), streamed as a download.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const requested = readExportFormat(params);
  if ("error" in requested) return exportBadRequest(requested.error);
  const { format } = requested;
  const parsed = parseRegisterList(params);
  if (!parsed.ok) return exportBadRequest(paramErrorText(parsed.errors));
  const { state } = parsed;

  // Count and snapshot before the first byte, so a database that cannot answer gives an error page, not a cut file.
  const [antal, snapshot] = await Promise.all([countViewUnits(state), getLatestSnapshot()]);
  const body = viewExport(format, streamUnitRows(state), exportMeta(state, antal, snapshot?.snapshotDato ?? null));
  return downloadResponse(body, format, exportFileName(state, format));
}
