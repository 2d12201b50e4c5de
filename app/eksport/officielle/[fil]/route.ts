import { officialFileForSnapshot } from "@/lib/export/official-file-cache";
import { officialDownloadName } from "@/lib/export/official-files";
import { officialFileByName } from "@/lib/register/official-stream";
import { getLatestSnapshot, snapshotVersion } from "@/lib/register/snapshot";

export const dynamic = "force-dynamic";

const textResponse = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", ...headers } });

/**
 * GET /eksport/officielle/daginstitutioner.csv (anvisningsenheder.csv, alternative_adresser.csv,
 * samlet_udtraek.csv): the register's official file, every row, streamed from the database.
 */
export async function GET(request: Request, { params }: { params: Promise<{ fil: string }> }): Promise<Response> {
  const key = officialFileByName((await params).fil);
  if (!key) {
    return textResponse(404, "Filen findes ikke. Registrets filer er daginstitutioner.csv, anvisningsenheder.csv, alternative_adresser.csv og samlet_udtraek.csv (se /eksport).\n");
  }
  let snapshot: Awaited<ReturnType<typeof getLatestSnapshot>>;
  try {
    snapshot = await getLatestSnapshot();
  } catch (error) {
    console.error(error);
    return textResponse(503, "Registret kan ikke læses lige nu. Prøv igen om lidt.\n", { "Retry-After": "30" });
  }
  if (!snapshot) return textResponse(404, "Registret indeholder endnu ingen data.\n");

  const lastModified = snapshot.importeretTid.toUTCString();
  const ifModifiedSince = Date.parse(request.headers.get("if-modified-since") ?? "");
  if (!Number.isNaN(ifModifiedSince) && Math.floor(snapshot.importeretTid.getTime() / 1000) * 1000 <= ifModifiedSince) {
    return new Response(null, { status: 304, headers: { "Last-Modified": lastModified } });
  }

  return new Response(officialFileForSnapshot(key, snapshotVersion(snapshot)), {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${officialDownloadName(key, snapshot.snapshotDato)}"`,
      "Last-Modified": lastModified,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
