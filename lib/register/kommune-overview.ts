import "server-only";
import { serverPrisma } from "@/lib/db/server";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_CHANGE_STATE } from "@/lib/params/changes";
import { DEFAULT_LIST_STATE } from "@/lib/params/register-list";
import type { QualityCounts } from "@/lib/quality/finding-types";
import { recentChanges, type ChangeView } from "./changes";
import { facetCounts, type FacetValue } from "./facets";
import { countQualityFindings } from "./quality";
import { perSnapshot } from "./snapshot-cache";
import { UNIT_FROM, unitWhere } from "./unit-query";

export type ActiveClosed = { aktive: number; nedlagte: number };

export type KommuneOverview = {
  daginstitutioner: ActiveClosed;
  /** Units of the kommune's daginstitutioner (a unit without one: by its address), as in the kommune's table. */
  anvisningsenheder: ActiveClosed;
  alternativeAdresser: ActiveClosed;
  /** Active units by institution type, and by their daginstitution's ejerform and lovgrundlag. */
  perType: FacetValue[];
  perEjerform: FacetValue[];
  perLovgrundlag: FacetValue[];
  kvalitet: QualityCounts;
  seneste: ChangeView[];
};

type Row = { aktive: number; nedlagte: number };
const countByStatus = (column: string) =>
  Prisma.raw(`count(*) FILTER (WHERE ${column} = 'aktiv')::int AS aktive, count(*) FILTER (WHERE ${column} = 'nedlagt')::int AS nedlagte`);

/** What a kommune's office checks first: its numbers, its open findings and its latest changes. */
export const getKommuneOverview = perSnapshot("getKommuneOverview", async (kode: number, recent: number = 10): Promise<KommuneOverview> => {
  const prisma = await serverPrisma();
  const active = { ...DEFAULT_LIST_STATE, kommune: kode };
  const [[daginstitutioner], [anvisningsenheder], [alternativeAdresser], facets, kvalitet, seneste] = await Promise.all([
    prisma.$queryRaw<Row[]>(Prisma.sql`SELECT ${countByStatus("status")} FROM daginstitution WHERE adm_kommune_kode = ${kode}`),
    prisma.$queryRaw<Row[]>(Prisma.sql`SELECT ${countByStatus("a.status")} ${UNIT_FROM} ${unitWhere({ ...active, status: "alle" })}`),
    prisma.$queryRaw<Row[]>(Prisma.sql`SELECT ${countByStatus("status")} FROM alternativ_adresse WHERE kommune_kode = ${kode}`),
    facetCounts(active, ["type", "ejerform", "lovgrundlag"]),
    countQualityFindings({ kommuneKode: kode }),
    recentChanges({ ...DEFAULT_CHANGE_STATE, kommune: kode }, recent),
  ]);
  const byCount = (values: FacetValue[] = []) => [...values].sort((a, b) => b.count - a.count);
  return {
    daginstitutioner,
    anvisningsenheder,
    alternativeAdresser,
    perType: byCount(facets.type),
    perEjerform: byCount(facets.ejerform),
    perLovgrundlag: byCount(facets.lovgrundlag),
    kvalitet,
    seneste,
  };
});
