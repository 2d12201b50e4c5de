import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Niveau } from "@/lib/generated/prisma/enums";
import { QUALITY_PAGE_SIZE, qualityFilters, type QualityListState } from "@/lib/params/quality";
import type { QualityCounts, QualityFinding, RecordQualityFinding } from "@/lib/quality/finding-types";
import { findRule } from "@/lib/quality/rules";
import { LEVEL_LABELS, SEVERITIES, type RuleLevel, type Severity } from "@/lib/quality/rule-types";
import type { FacetValue } from "./facets";

/**
 * The data-quality findings (kvalitetsfund, recomputed at every import by lib/quality/refresh.ts): the filtered
 * list with its facets, one record's findings, counts per kommune, and the rows of an export.
 */
export type QualityFacet = "kommune" | "niveau" | "regel" | "alvorlighed";
export type QualityFacets = Record<QualityFacet, FacetValue[]>;
export type QualityPage = { rows: QualityFinding[]; total: number; side: number; prSide: number; sider: number };

type RawFinding = Omit<QualityFinding, "alvorlighed"> & { alvorlighed: string };

const COLUMNS = Prisma.sql`
  q.id, q.regel, q.alvorlighed::text AS alvorlighed, q.niveau::text AS niveau, q.nummer, q.navn,
  q.kommune_kode AS "kommuneKode", k.navn AS "kommuneNavn", q.besked, q.vaerdi`;
const FROM = Prisma.sql`FROM kvalitetsfund q LEFT JOIN kommune k ON k.kode = q.kommune_kode`;

/** Most severe first, then by rule and number; the id makes the order total (for keyset paging). */
const ORDER = Prisma.sql`ORDER BY q.alvorlighed, q.regel, COALESCE(q.nummer, ''), q.id`;

const toSeverity = (value: string) => value.toUpperCase() as Severity;
const toFinding = (row: RawFinding): QualityFinding => ({ ...row, alvorlighed: toSeverity(row.alvorlighed) });

/** The conditions of a list state, leaving out one filter (for that filter's facet counts). */
function qualityConditions(state: QualityListState, except?: QualityFacet): Prisma.Sql[] {
  const filters = qualityFilters(state);
  const conditions: Prisma.Sql[] = [];
  if (filters.kommune !== null && except !== "kommune") conditions.push(Prisma.sql`q.kommune_kode = ${filters.kommune}`);
  if (filters.niveau !== null && except !== "niveau") conditions.push(Prisma.sql`q.niveau = ${filters.niveau}::niveau`);
  if (filters.regel !== null && except !== "regel") conditions.push(Prisma.sql`q.regel = ${filters.regel}`);
  if (filters.alvorlighed !== null && except !== "alvorlighed") conditions.push(Prisma.sql`q.alvorlighed = ${filters.alvorlighed.toLowerCase()}::alvorlighed`);
  return conditions;
}

function whereOf(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

const qualityWhere = (state: QualityListState, except?: QualityFacet) => whereOf(qualityConditions(state, except));

/** One page of findings for a list state, and the total, in one round trip. */
async function listQualityFindingsUncached(state: QualityListState): Promise<QualityPage> {
  const prisma = await serverPrisma();
  const offset = (state.side - 1) * QUALITY_PAGE_SIZE;
  const rows = await prisma.$queryRaw<(RawFinding & { total: number })[]>(Prisma.sql`
    SELECT ${COLUMNS}, (count(*) OVER ())::int AS total ${FROM} ${qualityWhere(state)} ${ORDER}
    LIMIT ${QUALITY_PAGE_SIZE} OFFSET ${offset}`);
  // A page past the end returns no rows and so no total: count separately only then.
  const total = rows[0]?.total ?? (state.side > 1 ? await countFilteredQualityFindings(state) : 0);
  return {
    rows: rows.map(({ total: _total, ...row }) => toFinding(row)),
    total,
    side: state.side,
    prSide: QUALITY_PAGE_SIZE,
    sider: Math.max(1, Math.ceil(total / QUALITY_PAGE_SIZE)),
  };
}

async function countFilteredQualityFindingsUncached(state: QualityListState): Promise<number> {
  const prisma = await serverPrisma();
  const [row] = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM kvalitetsfund q ${qualityWhere(state)}`);
  return row.n;
}

const FACET_SQL: Record<QualityFacet, { value: string; label: string }> = {
  kommune: { value: "q.kommune_kode", label: "k.navn" },
  niveau: { value: "q.niveau", label: "q.niveau" },
  regel: { value: "q.regel", label: "q.regel" },
  alvorlighed: { value: "q.alvorlighed", label: "q.alvorlighed" },
};

const collator = new Intl.Collator("da");
const LEVEL_PARAM: Record<string, string> = { daginstitution: "daginstitution", anvisningsenhed: "anvisningsenhed", alternativ_adresse: "alternativ-adresse" };

/** For each filter, its values with the number of findings they would give, the other filters applied. */
async function qualityFacetsUncached(state: QualityListState): Promise<QualityFacets> {
  const prisma = await serverPrisma();
  const entries = await Promise.all(
    (Object.keys(FACET_SQL) as QualityFacet[]).map(async (facet) => {
      const sql = FACET_SQL[facet];
      const rows = await prisma.$queryRaw<{ value: string | null; label: string | null; n: number }[]>(Prisma.sql`
        SELECT ${Prisma.raw(sql.value)}::text AS value, ${Prisma.raw(sql.label)}::text AS label, count(*)::int AS n
        ${FROM} ${qualityWhere(state, facet)} GROUP BY 1, 2`);
      return [facet, facetValues(facet, rows)] as const;
    }),
  );
  return Object.fromEntries(entries) as QualityFacets;
}

function facetValues(facet: QualityFacet, rows: { value: string | null; label: string | null; n: number }[]): FacetValue[] {
  const present = rows.filter((row): row is { value: string; label: string | null; n: number } => row.value !== null);
  switch (facet) {
    case "kommune":
      return present.map((row) => ({ value: row.value, label: row.label ?? `Ukendt kommune ${row.value}`, count: row.n })).sort((a, b) => collator.compare(a.label, b.label));
    case "niveau":
      return (Object.keys(LEVEL_LABELS) as RuleLevel[]).flatMap((level) => {
        const row = present.find((r) => r.value === level);
        return row ? [{ value: LEVEL_PARAM[level], label: LEVEL_LABELS[level], count: row.n }] : [];
      });
    case "alvorlighed":
      return SEVERITIES.flatMap((severity) => {
        const row = present.find((r) => toSeverity(r.value) === severity);
        return row ? [{ value: severity.toLowerCase(), label: findSeverityLabel(severity), count: row.n }] : [];
      });
    case "regel":
      return present
        .map((row) => ({ value: row.value, label: findRule(row.value)?.titel ?? row.value, count: row.n }))
        .sort((a, b) => collator.compare(a.label, b.label));
  }
}

const SEVERITY_FACET_LABELS: Record<Severity, string> = { FEJL: "Fejl", ADVARSEL: "Advarsler", INFO: "Info" };
const findSeverityLabel = (severity: Severity) => SEVERITY_FACET_LABELS[severity];

/** The findings of one record, most severe first. */
async function recordQualityFindingsUncached(niveau: Niveau, nummer: string): Promise<RecordQualityFinding[]> {
  const prisma = await serverPrisma();
  return prisma.kvalitetsfund.findMany({
    where: { niveau, nummer },
    select: { regel: true, alvorlighed: true, besked: true, vaerdi: true },
    orderBy: [{ alvorlighed: "asc" }, { regel: "asc" }, { id: "asc" }],
  });
}

/** Counts per severity and per rule, for the whole register or one kommune's findings. */
async function countQualityFindingsUncached({ kommuneKode = null }: { kommuneKode?: number | null } = {}): Promise<QualityCounts> {
  const prisma = await serverPrisma();
  const where = kommuneKode === null ? Prisma.empty : Prisma.sql`WHERE kommune_kode = ${kommuneKode}`;
  const rows = await prisma.$queryRaw<{ regel: string; alvorlighed: string; n: number }[]>(Prisma.sql`
    SELECT regel, alvorlighed::text AS alvorlighed, count(*)::int AS n FROM kvalitetsfund ${where}
    GROUP BY regel, alvorlighed ORDER BY alvorlighed, regel`);
  const perAlvorlighed: Record<Severity, number> = { FEJL: 0, ADVARSEL: 0, INFO: 0 };
  for (const row of rows) perAlvorlighed[toSeverity(row.alvorlighed)] += row.n;
  return {
    total: rows.reduce((sum, row) => sum + row.n, 0),
    perAlvorlighed,
    perRegel: rows.map((row) => ({ regel: row.regel, alvorlighed: toSeverity(row.alvorlighed), antal: row.n })),
  };
}

const BATCH = 1000;

/** Every finding of a list state in list order, read in keyset batches, so memory stays flat at any size. */
export async function* streamQualityFindings(state: QualityListState, batchSize = BATCH): AsyncGenerator<QualityFinding> {
  const prisma = await serverPrisma();
  const conditions = qualityConditions(state);
  let last: QualityFinding | null = null;
  for (;;) {
    const keyset: Prisma.Sql[] = last
      ? [Prisma.sql`(q.alvorlighed, q.regel, COALESCE(q.nummer, ''), q.id) > (${last.alvorlighed.toLowerCase()}::alvorlighed, ${last.regel}, ${last.nummer ?? ""}, ${last.id})`]
      : [];
    const rows: RawFinding[] = await prisma.$queryRaw<RawFinding[]>(Prisma.sql`SELECT ${COLUMNS} ${FROM} ${whereOf([...conditions, ...keyset])} ${ORDER} LIMIT ${batchSize}`);
    for (const row of rows) yield toFinding(row);
    if (rows.length < batchSize) return;
    last = toFinding(rows[rows.length - 1]);
  }
}

export const listQualityFindings = perSnapshot("listQualityFindings", listQualityFindingsUncached);

export const countFilteredQualityFindings = perSnapshot("countFilteredQualityFindings", countFilteredQualityFindingsUncached);

export const qualityFacets = perSnapshot("qualityFacets", qualityFacetsUncached);

export const recordQualityFindings = perSnapshot("recordQualityFindings", recordQualityFindingsUncached);

export const countQualityFindings = perSnapshot("countQualityFindings", countQualityFindingsUncached);
