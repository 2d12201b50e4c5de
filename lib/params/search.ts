import { z } from "zod";
import { paramPairs, readParams, type ParamError, type SearchParamsInput } from "./read-params";

/** The URL state of the search page: ?q=børnehuset&side=2 */
export const SEARCH_PAGE_SIZE = 25;
export const MAX_QUERY = 200;

export type SearchState = { q: string; side: number };

const SEARCH_PARAM_SCHEMAS = {
  // A longer query is cut, not refused: the search box's maxlength already keeps typed ones shorter.
  q: z.string().transform((q) => q.trim().slice(0, MAX_QUERY)),
  side: z.string().regex(/^\d{1,6}$/, "skal være et sidetal fra 1").transform(Number).refine((n) => n >= 1, "skal være et sidetal fra 1"),
} as const;

export type ParsedSearch = { ok: true; state: SearchState } | { ok: false; q: string; errors: ParamError[] };

export function parseSearch(input: SearchParamsInput): ParsedSearch {
  const { values, errors } = readParams(paramPairs(input), SEARCH_PARAM_SCHEMAS);
  const q = values.q ?? "";
  if (errors.length) return { ok: false, q, errors };
  return { ok: true, state: { q, side: values.side ?? 1 } };
}
