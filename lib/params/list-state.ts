import { formatIsoDate } from "./iso-date-format";

/**
 * The URL state of the register's list views (kommune table, browse, exports): flat, readable parameters such as
 * ?kommune=101&type=6012&ejerform=3&status=alle&sorter=navn&retning=desc&side=2&pr_side=50&kolonner=nummer,navn
 * The state, its defaults and its query string live here, free of the parser (register-list.ts), so the client-side
 * table can use them without shipping zod.
 */
export const LIST_COLUMNS = ["nummer", "navn", "daginstitution", "type", "ejerform", "lovgrundlag", "pnummer", "cvr", "adresse", "kommune", "status"] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];
export const SORTABLE_COLUMNS = ["nummer", "navn", "daginstitution", "type", "ejerform", "lovgrundlag", "pnummer", "cvr", "adresse", "status"] as const satisfies readonly ListColumn[];
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];
export const PAGE_SIZES = [10, 25, 50, 100, 200] as const;
export const STATUS_FILTERS = ["aktiv", "nedlagt", "alle"] as const;
export const FILTERS = ["region", "kommune", "type", "ejerform", "lovgrundlag"] as const;
export type Filter = (typeof FILTERS)[number];

export type RegisterListState = {
  [F in Filter]: number | null;
} & {
  status: (typeof STATUS_FILTERS)[number];
  sorter: SortColumn;
  retning: "asc" | "desc";
  side: number;
  prSide: (typeof PAGE_SIZES)[number];
  kolonner: ListColumn[];
  /** Only rows created or changed (the unit or its daginstitution) in an import of this day or later. */
  changedSince: Date | null;
};

export const DEFAULT_LIST_STATE: RegisterListState = {
  region: null, kommune: null, type: null, ejerform: null, lovgrundlag: null,
  status: "aktiv", sorter: "navn", retning: "asc", side: 1, prSide: 25, kolonner: [...LIST_COLUMNS], changedSince: null,
};

/**
 * The query string of a state, with only what differs from the defaults. Any change but the page itself sends the
 * user back to page 1. `omit` leaves out parameters the route carries in its path (the kommune page's kommune).
 */
export function listQuery(state: RegisterListState, change: Partial<RegisterListState> = {}, omit: (keyof RegisterListState)[] = []): string {
  const next = { ...state, ...change };
  if (Object.keys(change).some((key) => key !== "side")) next.side = 1;
  const params = new URLSearchParams();
  for (const filter of FILTERS) if (next[filter] !== null && !omit.includes(filter)) params.set(filter, String(next[filter]));
  if (next.status !== DEFAULT_LIST_STATE.status) params.set("status", next.status);
  if (next.sorter !== DEFAULT_LIST_STATE.sorter) params.set("sorter", next.sorter);
  if (next.retning !== DEFAULT_LIST_STATE.retning) params.set("retning", next.retning);
  if (next.side !== 1) params.set("side", String(next.side));
  if (next.prSide !== DEFAULT_LIST_STATE.prSide) params.set("pr_side", String(next.prSide));
  if (next.kolonner.join(",") !== DEFAULT_LIST_STATE.kolonner.join(",")) params.set("kolonner", next.kolonner.join(","));
  if (next.changedSince) params.set("changedSince", formatIsoDate(next.changedSince));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A path that may carry its own fixed parameters (e.g. `/kommuner/101?visning=tabel`) joined with a list query. */
export function withQuery(path: string, query: string): string {
  if (!query) return path;
  return path.includes("?") ? `${path}&${query.slice(1)}` : `${path}${query}`;
}
