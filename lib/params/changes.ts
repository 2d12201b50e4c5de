import { z } from "zod";
import { formatIsoDate, isoDate } from "./iso-date";
import { paramPairs, readParams, type ParamError, type SearchParamsInput } from "./read-params";

/**
 * The URL state of the change list (/aendringer), its exports and its feed:
 * ?kommune=101&niveau=anvisningsenhed&art=flyttet&fra=2026-11-17&til=2026-11-20&side=2
 */
export const CHANGE_LEVELS = ["daginstitution", "anvisningsenhed", "alternativ-adresse"] as const;
export const CHANGE_KINDS = ["oprettet", "nedlagt", "genaabnet", "flyttet", "aendret"] as const;
export type ChangeLevel = (typeof CHANGE_LEVELS)[number];
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGES_PAGE_SIZE = 50;

export type ChangeListState = {
  kommune: number | null;
  niveau: ChangeLevel | null;
  art: ChangeKind | null;
  fra: Date | null;
  til: Date | null;
  side: number;
};

export const DEFAULT_CHANGE_STATE: ChangeListState = { kommune: null, niveau: null, art: null, fra: null, til: null, side: 1 };

export const CHANGE_PARAM_SCHEMAS = {
  kommune: z.string().regex(/^\d{1,4}$/, "skal være en kommunekode").transform(Number),
  niveau: z.enum(CHANGE_LEVELS, { error: `skal være ${CHANGE_LEVELS.join(", ")}` }),
  art: z.enum(CHANGE_KINDS, { error: `skal være ${CHANGE_KINDS.join(", ")}` }),
  fra: isoDate,
  til: isoDate,
  side: z.string().regex(/^\d{1,6}$/, "skal være et sidetal fra 1").transform(Number).refine((n) => n >= 1, "skal være et sidetal fra 1"),
} as const;

export type ParsedChanges = { ok: true; state: ChangeListState } | { ok: false; errors: ParamError[] };

export function parseChangeList(input: SearchParamsInput, fixed: Partial<ChangeListState> = {}): ParsedChanges {
  const { values, errors } = readParams(paramPairs(input), CHANGE_PARAM_SCHEMAS);
  if (values.fra && values.til && values.fra > values.til) {
    errors.push({ param: "til", value: formatIsoDate(values.til), message: "ligger før fra-datoen" });
  }
  if (errors.length) return { ok: false, errors };
  const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  return { ok: true, state: { ...DEFAULT_CHANGE_STATE, ...defined, ...fixed } };
}

/** The query string of a state with only what is set; any change but the page itself goes back to page 1. */
export function changeQuery(state: ChangeListState, change: Partial<ChangeListState> = {}, omit: (keyof ChangeListState)[] = []): string {
  const next = { ...state, ...change };
  if (Object.keys(change).some((key) => key !== "side")) next.side = 1;
  const params = new URLSearchParams();
  if (next.kommune !== null && !omit.includes("kommune")) params.set("kommune", String(next.kommune));
  if (next.niveau) params.set("niveau", next.niveau);
  if (next.art) params.set("art", next.art);
  if (next.fra) params.set("fra", formatIsoDate(next.fra));
  if (next.til) params.set("til", formatIsoDate(next.til));
  if (next.side !== 1 && !omit.includes("side")) params.set("side", String(next.side));
  const query = params.toString();
  return query ? `?${query}` : "";
}
