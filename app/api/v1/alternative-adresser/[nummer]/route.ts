import { apiRoute, notFound, preflight } from "@/lib/api/http";
import { normalizeInstitutionNumber } from "@/lib/register/record-number";
import { apiGetAlternativAdresse } from "@/lib/register/api-records";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }) => {
  const { nummer: raw } = await params;
  const nummer = normalizeInstitutionNumber(raw);
  return (nummer && (await apiGetAlternativAdresse(nummer))) ?? notFound(`Den alternative adresse ${raw.slice(0, 20)}`);
});

export const OPTIONS = preflight;
