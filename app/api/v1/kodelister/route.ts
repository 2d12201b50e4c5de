import { apiRoute, preflight } from "@/lib/api/http";
import { apiCodeLists } from "@/lib/register/api-records";

export const dynamic = "force-dynamic";
export const GET = apiRoute(() => apiCodeLists());
export const OPTIONS = preflight;
