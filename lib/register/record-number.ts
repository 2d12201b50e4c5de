import { isInstitutionNumber } from "@/lib/format/numbers";

/**
 * Reads an institution number from a URL segment: trimmed and upper-cased (g12345 → G12345).
 * Returns null when it is not one letter and five digits.
 */
export function normalizeInstitutionNumber(raw: string): string | null {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // keep the raw text; the shape check below rejects it
  }
  const nummer = text.trim().toUpperCase();
  return isInstitutionNumber(nummer) ? nummer : null;
}
