import "server-only";
import { serverPrisma } from "@/lib/db/server";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegisterListState, SortColumn } from "@/lib/params/register-list";
import { SORT_SQL, UNIT_FROM, unitOrderBy, unitWhere } from "./unit-query";

/** Every register field of an anvisningsenhed, with its labels and the kommune that lists it (see UNIT_FROM). */
export type UnitExportRow = {
  nummer: string;
  navn: string;
  status: "AKTIV" | "NEDLAGT";
  aktivitetsstatus: string | null;
  daginstitutionsNummer: string | null;
  daginstitutionNavn: string | null;
  instType3: number | null;
  instType3Navn: string | null;
  /** Ejerform and lovgrundlag are the parent daginstitution's. */
  ejerformKode: number | null;
  ejerformNavn: string | null;
  lovgrundlagKode: number | null;
  lovgrundlagNavn: string | null;
  lovhenvisning: string | null;
  /** The listing kommune: the daginstitution's administrating kommune, else the address's. */
  kommuneKode: number | null;
  kommuneNavn: string | null;
  vejNavn: string | null;
  husNummer: string | null;
  etage: string | null;
  doer: string | null;
  supplerendeBynavn: string | null;
  postNummer: string | null;
  byNavn: string | null;
  /** The kommune of the address, as the register gives it. */
  adresseKommuneKode: number | null;
  vejKode: number | null;
  adresse: string;
  dawaId: string | null;
  geoBredde: number | null;
  geoLaengde: number | null;
  email: string | null;
  telefonNummer: string | null;
  cvrNummer: string | null;
  pNummer: string | null;
  senestOpdateret: Date | null;
  /** DATE columns: midnight UTC. */
  foersteSetDato: Date;
  lukketDato: Date | null;
};

/** The SQL type of each sort expression, so the keyset value (carried as text) compares as its own type. */
const SORT_TYPE: Record<SortColumn, "text" | "int" | "status"> = {
  nummer: "text", navn: "text", daginstitution: "text", type: "text", ejerform: "text",
  lovgrundlag: "int", pnummer: "text", cvr: "text", adresse: "text", status: "status",
};

type RawRow = Omit<UnitExportRow, "status"> & { status: "aktiv" | "nedlagt"; sortKey: string | null };
type Position = { sortKey: string | null; nummer: string };

/**
 * The rows after `last` in the order of `unitOrderBy`: ORDER BY s <dir> NULLS LAST, a.nummer <dir>.
 * After a non-null s: a further s, the same s with a further number, or any null s. After a null s: only null s
 * with a further number.
 */
function after(state: RegisterListState, last: Position): Prisma.Sql {
  const expression = Prisma.raw(`(${SORT_SQL[state.sorter]})`);
  const further = Prisma.raw(state.retning === "desc" ? "<" : ">");
  const furtherNumber = Prisma.sql`a.nummer ${further} ${last.nummer}`;
  if (last.sortKey === null) return Prisma.sql`(${expression} IS NULL AND ${furtherNumber})`;
  const key = Prisma.sql`CAST(${last.sortKey} AS ${Prisma.raw(SORT_TYPE[state.sorter])})`;
  return Prisma.sql`(${expression} ${further} ${key} OR (${expression} = ${key} AND ${furtherNumber}) OR ${expression} IS NULL)`;
}

/**
 * Every row of a list view (its filters, status and sort; `side` and `pr_side` are ignored) in the view's exact
 * order, read in batches by keyset pagination so memory stays flat whatever the size. Each batch is its own query:
 * rows an import changes while the stream runs may appear in their old or new state, never twice.
 */
export async function* streamUnits(state: RegisterListState, batchSize = 1000): AsyncGenerator<UnitExportRow[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const prisma = await serverPrisma();
  const where = unitWhere(state);
  let last: Position | null = null;
  for (;;) {
    const keyset: Prisma.Sql = last === null ? Prisma.empty : Prisma.sql`${where.sql ? Prisma.raw("AND") : Prisma.raw("WHERE")} ${after(state, last)}`;
    const rows: RawRow[] = await prisma.$queryRaw<RawRow[]>(Prisma.sql`
      SELECT a.nummer, a.navn, a.status::text AS status, a.aktivitetsstatus,
        a.daginstitutions_nummer AS "daginstitutionsNummer", d.navn AS "daginstitutionNavn",
        a.inst_type3 AS "instType3", t.navn AS "instType3Navn", d.ejerform_kode AS "ejerformKode", e.navn AS "ejerformNavn",
        d.lovgrundlag_kode AS "lovgrundlagKode", l.navn AS "lovgrundlagNavn", l.lovhenvisning,
        k.kode AS "kommuneKode", k.navn AS "kommuneNavn",
        a.vej_navn AS "vejNavn", a.hus_nummer AS "husNummer", a.etage, a.doer, a.supplerende_bynavn AS "supplerendeBynavn",
        a.post_nummer AS "postNummer", a.by_navn AS "byNavn", a.kommune_kode AS "adresseKommuneKode", a.vej_kode AS "vejKode",
        a.adresse, a.dawa_id AS "dawaId", a.geo_bredde AS "geoBredde", a.geo_laengde AS "geoLaengde",
        a.email, a.telefon_nummer AS "telefonNummer", a.cvr_nummer AS "cvrNummer", a.p_nummer AS "pNummer",
        a.senest_opdateret AS "senestOpdateret", a.foerste_set_dato AS "foersteSetDato", a.lukket_dato AS "lukketDato",
        (${Prisma.raw(SORT_SQL[state.sorter])})::text AS "sortKey"
      ${UNIT_FROM}
      ${where}
      ${keyset}
      ${unitOrderBy(state)}
      LIMIT ${batchSize}`);
    if (rows.length === 0) return;
    const end = rows[rows.length - 1];
    last = { sortKey: end.sortKey, nummer: end.nummer };
    yield rows.map(({ sortKey: _sortKey, nummer, navn, status, ...row }) => ({ nummer, navn, status: status === "nedlagt" ? "NEDLAGT" : "AKTIV", ...row }));
    if (rows.length < batchSize) return;
  }
}

/** The rows of `streamUnits`, one at a time. */
export async function* streamUnitRows(state: RegisterListState, batchSize = 1000): AsyncGenerator<UnitExportRow> {
  for await (const batch of streamUnits(state, batchSize)) yield* batch;
}

/** How many rows the view has (all pages). */
export async function countViewUnits(state: RegisterListState): Promise<number> {
  const prisma = await serverPrisma();
  const [row] = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n ${UNIT_FROM} ${unitWhere(state)}`);
  return row.n;
}
