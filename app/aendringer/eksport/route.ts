import { changeExportFileName, changeExportMeta, changeExportRow, CHANGE_EXPORT_COLUMNS } from "@/lib/export/change-export";
import { EXPORT_CONTENT_TYPES, exportBadRequest, readExportFormat, tableExport } from "@/lib/export/table-export";
import { parseChangeList } from "@/lib/params/changes";
import { countChanges, streamChanges } from "@/lib/register/changes";

export const dynamic = "force-dynamic";

/** GET /aendringer/eksport?format=csv-excel|csv|json|jsonl&<the change list's filters>: every matching change. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const requested = readExportFormat(params);
  if ("error" in requested) return exportBadRequest(requested.error);
  const parsed = parseChangeList(params);
  if (!parsed.ok) return exportBadRequest(parsed.errors.map((e) => `Parameteren ${e.param} ${e.message} (fik "${e.value}").`).join("\n"));
  const { state } = parsed;
  const { format } = requested;

  // Counted before the first byte, so a database that cannot answer gives an error, not a cut file.
  const antal = await countChanges(state);
  const rows = (async function* () {
    for await (const day of streamChanges(state)) for (const change of day) yield changeExportRow(change);
  })();
  return new Response(tableExport(format, rows, CHANGE_EXPORT_COLUMNS, changeExportMeta(state, antal)), {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${changeExportFileName(state, format)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
