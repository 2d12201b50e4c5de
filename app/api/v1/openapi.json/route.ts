import { apiRoute, preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";
export const GET = apiRoute(async () => openApiDocument());
export const OPTIONS = preflight;
