import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegisterListState } from "@/lib/params/register-list";
import { UNIT_FROM, unitOrderBy, unitWhere } from "./unit-query";

export type UnitListRow = {
  nummer: string;
  navn: string;
  status: "AKTIV" | "NEDLAGT";
  daginstitutionsNummer: string | null;
  daginstitutionNavn: string | null;
  typeKode: number | null;
  typeNavn: string | null;
  ejerformKode: number | null;
  ejerformNavn: string | null;
  lovgrundlagKode: number | null;
  lovgrundlagNavn: string | null;
  lovhenvisning: string | null;
  pNummer: string | null;
  cvrNummer: string | null;
  adresse: string;
  kommuneKode: number | null;
  kommuneNavn: string | null;
};

export type UnitListPage = { rows: UnitListRow[]; total: number; side: number; prSide: number; sider: number };

type RawRow = Omit<UnitListRow, "status"> & { status: "aktiv" | "nedlagt"; total: number };

/** One page of anvisningsenheder for a list state, and the total, in one round trip. */
async function listUnitsUncached(state: RegisterListState): Promise<UnitListPage> {
  const prisma = await serverPrisma();
  const offset = (state.side - 1) * state.prSide;
  const rows = await prisma.$queryRaw<RawRow[]>(Prisma.sql`
    SELECT a.nummer, a.navn, a.status::text AS status, a.daginstitutions_nummer AS "daginstitutionsNummer",
      d.navn AS "daginstitutionNavn", a.inst_type3 AS "typeKode", t.navn AS "typeNavn",
      d.ejerform_kode AS "ejerformKode", e.navn AS "ejerformNavn", d.lovgrundlag_kode AS "lovgrundlagKode",
      l.navn AS "lovgrundlagNavn", l.lovhenvisning, a.p_nummer AS "pNummer", a.cvr_nummer AS "cvrNummer", a.adresse,
      k.kode AS "kommuneKode", k.navn AS "kommuneNavn", (count(*) OVER ())::int AS total
    ${UNIT_FROM}
    ${unitWhere(state)}
    ${unitOrderBy(state)}
    LIMIT ${state.prSide} OFFSET ${offset}`);
  // A page past the end returns no rows and so no total: count separately only then.
  const total = rows[0]?.total ?? (state.side > 1 ? await countUnits(state) : 0);
  return {
    rows: rows.map(({ total: _total, status, ...row }) => ({ ...row, status: status === "nedlagt" ? "NEDLAGT" : "AKTIV" })),
    total,
    side: state.side,
    prSide: state.prSide,
    sider: Math.max(1, Math.ceil(total / state.prSide)),
  };
}

async function countUnits(state: RegisterListState): Promise<number> {
  const prisma = await serverPrisma();
  const [row] = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n ${UNIT_FROM} ${unitWhere(state)}`);
  return row.n;
}

export const listUnits = perSnapshot("listUnits", listUnitsUncached);
