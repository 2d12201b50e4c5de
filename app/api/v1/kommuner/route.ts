import { apiRoute, preflight } from "@/lib/api/http";
import { listKommuner } from "@/lib/register/kommuner";

export const dynamic = "force-dynamic";
export const GET = apiRoute(async () => ({ data: await listKommuner() }));
export const OPTIONS = preflight;
