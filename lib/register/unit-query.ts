import { Prisma } from "@/lib/generated/prisma/client";
import { formatIsoDate } from "@/lib/params/iso-date";
import type { Filter, RegisterListState, SortColumn } from "@/lib/params/register-list";

/** A unit belongs to the kommune of its daginstitution; a unit without one, to the kommune of its address. */
export const UNIT_FROM = Prisma.sql`
  FROM anvisningsenhed a
  LEFT JOIN daginstitution d ON d.nummer = a.daginstitutions_nummer
  LEFT JOIN kommune k ON k.kode = COALESCE(d.adm_kommune_kode, a.kommune_kode)
  LEFT JOIN region r ON r.kode = k.region_kode
  LEFT JOIN institutionstype t ON t.kode = a.inst_type3
  LEFT JOIN ejerform e ON e.kode = d.ejerform_kode
  LEFT JOIN lovgrundlag l ON l.kode = d.lovgrundlag_kode`;

const FILTER_SQL: Record<Filter, (value: number) => Prisma.Sql> = {
  region: (value) => Prisma.sql`k.region_kode = ${value}`,
  kommune: (value) => Prisma.sql`COALESCE(d.adm_kommune_kode, a.kommune_kode) = ${value}`,
  type: (value) => Prisma.sql`a.inst_type3 = ${value}`,
  ejerform: (value) => Prisma.sql`d.ejerform_kode = ${value}`,
  lovgrundlag: (value) => Prisma.sql`d.lovgrundlag_kode = ${value}`,
};

/** The WHERE clause of a list state, leaving out one filter (for that filter's facet counts). */
export function unitWhere(state: RegisterListState, except?: Filter | "status"): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  for (const [filter, toSql] of Object.entries(FILTER_SQL) as [Filter, (value: number) => Prisma.Sql][]) {
    const value = state[filter];
    if (value !== null && filter !== except) conditions.push(toSql(value));
  }
  // Enum literals are fixed strings, not user text, so they go in as SQL.
  if (state.status !== "alle" && except !== "status") conditions.push(Prisma.raw(`a.status = '${state.status}'`));
  if (state.changedSince) conditions.push(changedSinceSql(state.changedSince));
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** Created on or after the day, or changed then: the unit itself, or its daginstitution (name, ejerform, …). */
function changedSinceSql(since: Date): Prisma.Sql {
  // Sent as text and cast, so the server's time zone cannot shift the day.
  const day = Prisma.sql`${formatIsoDate(since)}::date`;
  return Prisma.sql`(a.foerste_set_dato >= ${day}
    OR EXISTS (SELECT 1 FROM aendring c WHERE c.niveau = 'anvisningsenhed' AND c.nummer = a.nummer AND c.snapshot_dato >= ${day})
    OR EXISTS (SELECT 1 FROM aendring c WHERE c.niveau = 'daginstitution' AND c.nummer = a.daginstitutions_nummer AND c.snapshot_dato >= ${day}))`;
}

/** Danish order through the importer's sort keys; C collation makes the byte order the same on both databases. */
export const SORT_SQL: Record<SortColumn, string> = {
  nummer: "a.nummer",
  navn: 'a.sorteringsnavn COLLATE "C"',
  daginstitution: 'd.sorteringsnavn COLLATE "C"',
  type: 't.navn COLLATE "C"',
  ejerform: 'e.navn COLLATE "C"',
  lovgrundlag: "d.lovgrundlag_kode",
  pnummer: "a.p_nummer",
  cvr: "a.cvr_nummer",
  adresse: 'a.sorteringsadresse COLLATE "C"',
  status: "a.status",
};

export function unitOrderBy(state: RegisterListState): Prisma.Sql {
  const direction = state.retning === "desc" ? "DESC" : "ASC";
  return Prisma.raw(`ORDER BY ${SORT_SQL[state.sorter]} ${direction} NULLS LAST, a.nummer ${direction}`);
}
