import { apiRoute, badParameters, preflight } from "@/lib/api/http";
import { parseRegisterList } from "@/lib/params/register-list";
import { listUnits } from "@/lib/register/unit-list";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const parsed = parseRegisterList(new URL(request.url).searchParams);
  if (!parsed.ok) badParameters(parsed.errors);
  const { rows, ...page } = await listUnits(parsed.state);
  return { data: rows, ...page };
});

export const OPTIONS = preflight;
