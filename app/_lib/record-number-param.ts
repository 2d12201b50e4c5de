import { notFound, permanentRedirect } from "next/navigation";
import { recordHref, type RecordLevel } from "@/lib/links";
import { normalizeInstitutionNumber } from "@/lib/register/record-number";

/**
 * The institution number of a record page's URL: a malformed one is a 404, a lower-case one
 * (or one with spaces) is permanently redirected to the canonical address.
 */
export async function recordNumberParam(params: Promise<{ nummer: string }>, level: RecordLevel): Promise<string> {
  const { nummer: raw } = await params;
  const nummer = normalizeInstitutionNumber(raw);
  if (nummer === null) notFound();
  if (nummer !== raw) permanentRedirect(recordHref(level, nummer));
  return nummer;
}
