import { permanentRedirect } from "next/navigation";
import { recordHref, type RecordLevel } from "@/lib/links";
import { normalizeInstitutionNumber } from "@/lib/register/record-number";

/**
 * The institution number of a record page's URL, or null when it is malformed (the page then answers 404).
 * A lower-case number (or one with spaces) is permanently redirected to the canonical address.
 */
export async function recordNumberParam(params: Promise<{ nummer: string }>, level: RecordLevel): Promise<string | null> {
  const { nummer: raw } = await params;
  const nummer = normalizeInstitutionNumber(raw);
  if (nummer !== null && nummer !== raw) permanentRedirect(recordHref(level, nummer));
  return nummer;
}
