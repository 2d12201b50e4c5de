import { changeExportFileName, changeExportMeta, changeExportRow, CHANGE_EXPORT_COLUMNS } from "@/lib/export/change-export";
import { downloadResponse, exportBadRequest, readExportFormat, tableExport } from "@/lib/export/table-export";
import { paramErrorText } from "@/lib/params/read-params";
import { parseChangeList } from "@/lib/params/changes";
import { countChanges, streamChanges } from "@/lib/register/changes";

export const dynamic = "force-dynamic";

/** GET /aendringer/eksport?format=csv-excel|csv|json|jsonl&<the change list's filters>: every matching change. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const requested = readExportFormat(params);
  if ("error" in requested) return exportBadRequest(requested.error);
  const parsed = parseChangeList(params);
  if (!parsed.ok) return exportBadRequest(paramErrorText(parsed.errors));
  const { state } = parsed;
  const { format } = requested;

  // Counted before the first byte, so a database that cannot answer gives an error, not a cut file.
  const antal = await countChanges(state);
  const rows = (async function* () {
    for await (const day of streamChanges(state)) for (const change of day) yield changeExportRow(change);
  })();
  return downloadResponse(tableExport(format, rows, CHANGE_EXPORT_COLUMNS, changeExportMeta(state, antal)), format, changeExportFileName(state, format));
}
