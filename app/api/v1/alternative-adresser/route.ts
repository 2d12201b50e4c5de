import { apiRoute, badParameters, preflight } from "@/lib/api/http";
import { parseApiList } from "@/lib/params/api-list";
import { apiListAlternativeAdresser } from "@/lib/register/api-records";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const parsed = parseApiList(new URL(request.url).searchParams);
  if (!parsed.ok) badParameters(parsed.errors);
  return apiListAlternativeAdresser(parsed.state);
});

export const OPTIONS = preflight;
