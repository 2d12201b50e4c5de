import { readLatestSnapshot, snapshotVersion } from "@/lib/register/snapshot";
import { NON_DOCUMENT_CSP } from "@/lib/http/security-headers";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 5000;

/**
 * GET /api/health: 200 when the database answers, with the latest snapshot; 503 (problem+json) when it does not.
 * Asks the database every time (the proxy calls it every few seconds to notice imports and outages).
 */
export async function GET(): Promise<Response> {
  const headers = { "Cache-Control": "no-store", "Content-Security-Policy": NON_DOCUMENT_CSP };
  try {
    const snapshot = await Promise.race([
      readLatestSnapshot(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()),
    ]);
    const body = {
      status: "ok",
      database: "ok",
      version: snapshotVersion(snapshot),
      snapshot: snapshot && { snapshotDato: snapshot.snapshotDato.toISOString().slice(0, 10), importeretTid: snapshot.importeretTid.toISOString() },
    };
    return Response.json(body, { headers });
  } catch (error) {
    console.error("Health check: the database does not answer:", error instanceof Error ? error.message : error);
    const body = { type: "about:blank", title: "Databasen svarer ikke", status: 503, detail: "Portalen kan ikke læse registrets database lige nu.", database: "utilgængelig" };
    return new Response(JSON.stringify(body), { status: 503, headers: { ...headers, "Content-Type": "application/problem+json; charset=utf-8", "Retry-After": "30" } });
  }
}
