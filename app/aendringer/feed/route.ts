import { changeFeed } from "@/lib/export/change-feed";
import { exportBadRequest } from "@/lib/export/table-export";
import { paramErrorText } from "@/lib/params/read-params";
import { changesFeedHref, changesHref } from "@/lib/links";
import { changeQuery, parseChangeList } from "@/lib/params/changes";
import { recentChanges } from "@/lib/register/changes";
import { getKommune } from "@/lib/register/kommuner";
import { getLatestSnapshot } from "@/lib/register/snapshot";

export const dynamic = "force-dynamic";

const FEED_SIZE = 200;

/** GET /aendringer/feed?<the change list's filters>: the latest changes as an Atom feed (per kommune with kommune=). */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseChangeList(url.searchParams);
  if (!parsed.ok) return exportBadRequest(paramErrorText(parsed.errors));
  const state = { ...parsed.state, side: 1 };
  const query = changeQuery(state);
  const [changes, snapshot, kommune] = await Promise.all([
    recentChanges(state, FEED_SIZE),
    getLatestSnapshot(),
    state.kommune === null ? null : getKommune(state.kommune),
  ]);
  const title = `Ændringer i Dagtilbudsregisteret${kommune ? ` – ${kommune.navn} Kommune` : ""}`;
  const body = changeFeed(changes, {
    origin: url.origin,
    selfPath: changesFeedHref(query),
    pagePath: changesHref(query),
    title,
    updated: snapshot?.importeretTid ?? new Date(0),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
