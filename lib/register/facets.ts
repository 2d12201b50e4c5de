import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filter, RegisterListState } from "@/lib/params/register-list";
import { UNIT_FROM, unitWhere } from "./unit-query";

export type FacetValue = { value: string; label: string; count: number };
export type Facets = Partial<Record<Filter, FacetValue[]>> & { status: FacetValue[] };

const FACET_SQL: Record<Filter | "status", { value: string; label: string }> = {
  region: { value: "k.region_kode", label: "r.navn" },
  kommune: { value: "k.kode", label: "k.navn" },
  type: { value: "a.inst_type3", label: "t.navn" },
  ejerform: { value: "d.ejerform_kode", label: "e.navn" },
  lovgrundlag: { value: "d.lovgrundlag_kode", label: "l.navn" },
  status: { value: "a.status", label: "a.status" },
};

const collator = new Intl.Collator("da");

/** For each filter shown (and status), its values with the number of units they would give, all other filters applied. */
async function facetCountsUncached(state: RegisterListState, filters: Filter[]): Promise<Facets> {
  const prisma = await serverPrisma();
  const entries = await Promise.all(
    [...filters, "status" as const].map(async (facet) => {
      const sql = FACET_SQL[facet];
      const rows = await prisma.$queryRaw<{ value: string | null; label: string | null; n: number }[]>(Prisma.sql`
        SELECT ${Prisma.raw(sql.value)}::text AS value, ${Prisma.raw(sql.label)}::text AS label, count(*)::int AS n
        ${UNIT_FROM} ${unitWhere(state, facet)} GROUP BY 1, 2`);
      const values = rows
        .filter((row) => row.value !== null)
        .map((row) => ({ value: row.value!, label: row.label ?? `Ukendt kode ${row.value}`, count: row.n }))
        .sort((a, b) => collator.compare(a.label, b.label));
      return [facet, values] as const;
    }),
  );
  return Object.fromEntries(entries) as Facets;
}

export const facetCounts = perSnapshot("facetCounts", facetCountsUncached);
