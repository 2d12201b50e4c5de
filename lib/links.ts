/** Permanent addresses of the portal's pages; every link to a record or list is built here. */
export type RecordLevel = "daginstitution" | "anvisningsenhed" | "alternativ_adresse";

const RECORD_PATHS: Record<RecordLevel, string> = {
  daginstitution: "/daginstitutioner",
  anvisningsenhed: "/anvisningsenheder",
  alternativ_adresse: "/alternative-adresser",
};

export function recordHref(level: RecordLevel, nummer: string): string {
  return `${RECORD_PATHS[level]}/${encodeURIComponent(nummer)}`;
}

export function kommuneHref(kode: number): string {
  return `/kommuner/${kode}`;
}

/** The search page for a query; page 1 is left out. */
export function searchHref(q: string, side = 1): string {
  const params = new URLSearchParams({ q });
  if (side !== 1) params.set("side", String(side));
  return `/soeg?${params}`;
}

/** The browse view of the whole register with filters, e.g. `{ ejerform: "3" }` → /dagtilbud?ejerform=3. */
export function browseHref(filters: Record<string, string | number> = {}): string {
  const params = new URLSearchParams(Object.entries(filters).map(([key, value]) => [key, String(value)]));
  const query = params.toString();
  return query ? `/dagtilbud?${query}` : "/dagtilbud";
}

export const CODE_LIST_PATHS = {
  ejerform: "/kodelister/ejerform",
  lovgrundlag: "/kodelister/lovgrundlag",
  institutionstype: "/kodelister/institutionstype",
} as const;

/** The change list, its download and its Atom feed for a change-list query string (`?kommune=101&…` or ""). */
export function changesHref(query = ""): string {
  return `/aendringer${query}`;
}

export function changesExportHref(query: string, format: string): string {
  return `/aendringer/eksport${query ? `${query}&` : "?"}format=${format}`;
}

export function changesFeedHref(query = ""): string {
  return `/aendringer/feed${query}`;
}
