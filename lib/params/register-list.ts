import { z } from "zod";
import { isoDate } from "./iso-date";
import { DEFAULT_LIST_STATE, FILTERS, LIST_COLUMNS, PAGE_SIZES, SORTABLE_COLUMNS, STATUS_FILTERS, type RegisterListState } from "./list-state";
import { paramPairs, readParams, type ParamError, type SearchParamsInput } from "./read-params";

// The parser of the list views' URL state, for the pages, exports and the API; the state itself is in list-state.ts.
export * from "./list-state";

const code = z.string().regex(/^\d{1,6}$/, "skal være en kode af cifre").transform(Number);
export const LIST_PARAM_SCHEMAS = {
  region: code,
  kommune: code,
  type: code,
  ejerform: code,
  lovgrundlag: code,
  status: z.enum(STATUS_FILTERS, { error: `skal være ${STATUS_FILTERS.join(", ")}` }),
  sorter: z.enum(SORTABLE_COLUMNS, { error: `kan sortere efter ${SORTABLE_COLUMNS.join(", ")}` }),
  retning: z.enum(["asc", "desc"], { error: "skal være asc eller desc" }),
  side: z.string().regex(/^\d{1,6}$/, "skal være et sidetal fra 1").transform(Number).refine((n) => n >= 1, "skal være et sidetal fra 1"),
  pr_side: z.enum(PAGE_SIZES.map(String) as [string, ...string[]], { error: `skal være ${PAGE_SIZES.join(", ")}` }).transform((n) => Number(n) as (typeof PAGE_SIZES)[number]),
  kolonner: z.string().transform((text) => text.split(",").filter(Boolean)).pipe(z.array(z.enum(LIST_COLUMNS, { error: `kendte kolonner: ${LIST_COLUMNS.join(", ")}` })).min(1, "mindst én kolonne")),
  changedSince: isoDate,
} as const;

export type { ParamError, SearchParamsInput } from "./read-params";
export type ParsedList = { ok: true; state: RegisterListState } | { ok: false; errors: ParamError[] };

/** The column checkboxes of the list form send `kolonne` once per column; that is the same as `kolonner=a,b`. */
function entries(input: SearchParamsInput): [string, string[]][] {
  const pairs = paramPairs(input);
  const checked = pairs.find(([key]) => key === "kolonne")?.[1].filter(Boolean) ?? [];
  const rest = pairs.filter(([key]) => key !== "kolonne");
  if (checked.length === 0) return rest;
  const own = rest.find(([key]) => key === "kolonner");
  if (!own) return [...rest, ["kolonner", [checked.join(",")]]];
  own[1] = [...own[1], checked.join(",")];
  return rest;
}

/** Unknown parameters are ignored; an empty value means "not set" (as plain GET forms send it). */
export function parseRegisterList(input: SearchParamsInput, fixed: Partial<RegisterListState> = {}): ParsedList {
  const { values, errors } = readParams(entries(input), LIST_PARAM_SCHEMAS);
  if (errors.length) return { ok: false, errors };
  const { pr_side, ...rest } = values;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return {
    ok: true,
    state: { ...DEFAULT_LIST_STATE, kolonner: [...DEFAULT_LIST_STATE.kolonner], ...defined, ...(pr_side ? { prSide: pr_side } : {}), ...fixed },
  };
}

