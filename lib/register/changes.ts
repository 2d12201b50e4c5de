import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { Prisma } from "@/lib/generated/prisma/client";
import { fieldLabel } from "@/lib/format/change-labels";
import { formatIsoDate } from "@/lib/params/iso-date";
import { CHANGES_PAGE_SIZE, type ChangeKind, type ChangeLevel, type ChangeListState } from "@/lib/params/changes";
import { recordHref, type RecordLevel } from "@/lib/links";
import { getLabelMaps, kommuneRef, type LabelMaps } from "./record-lookups";
import type { KommuneRef } from "./record-types";

/** A value before or after a change, as shown: code with its label, kommune name, parent with its name and page. */
export type ChangeValue = { tekst: string | null; href: string | null };

export type ChangeView = {
  id: number;
  snapshotDato: Date;
  niveau: ChangeLevel;
  nummer: string;
  navn: string;
  href: string;
  kommune: KommuneRef | null;
  art: ChangeKind;
  felt: string | null;
  feltNavn: string | null;
  foer: ChangeValue;
  efter: ChangeValue;
};

export type ChangePage = { rows: ChangeView[]; total: number; side: number; sider: number; kinds: Record<ChangeKind, number> };

type RawChange = {
  id: number;
  snapshotDato: Date;
  niveau: RecordLevel;
  nummer: string;
  navn: string;
  kommuneKode: number | null;
  art: ChangeKind;
  felt: string | null;
  foer: string | null;
  efter: string | null;
};

const LEVEL_TO_DB: Record<ChangeLevel, RecordLevel> = { daginstitution: "daginstitution", anvisningsenhed: "anvisningsenhed", "alternativ-adresse": "alternativ_adresse" };
const DB_TO_LEVEL: Record<RecordLevel, ChangeLevel> = { daginstitution: "daginstitution", anvisningsenhed: "anvisningsenhed", alternativ_adresse: "alternativ-adresse" };

const SELECT = Prisma.sql`SELECT c.id, c.snapshot_dato AS "snapshotDato", c.niveau::text AS niveau, c.nummer, c.navn,
  c.kommune_kode AS "kommuneKode", c.art::text AS art, c.felt, c.foer, c.efter FROM aendring c`;
const ORDER = Prisma.sql`ORDER BY c.snapshot_dato DESC, c.niveau, c.nummer, c.id`;

/** Dates go in as text cast to date, so the server's time zone cannot shift the day. */
function changeWhere(state: Omit<ChangeListState, "side">, except?: "art"): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (state.kommune !== null) conditions.push(Prisma.sql`c.kommune_kode = ${state.kommune}`);
  if (state.niveau) conditions.push(Prisma.sql`c.niveau = ${LEVEL_TO_DB[state.niveau]}::niveau`);
  if (state.art && except !== "art") conditions.push(Prisma.sql`c.art = ${state.art}::aendringsart`);
  if (state.fra) conditions.push(Prisma.sql`c.snapshot_dato >= ${formatIsoDate(state.fra)}::date`);
  if (state.til) conditions.push(Prisma.sql`c.snapshot_dato <= ${formatIsoDate(state.til)}::date`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** One page of changes, newest import first, with the count per kind of change for the filter. */
async function listChangesUncached(state: ChangeListState): Promise<ChangePage> {
  const prisma = await serverPrisma();
  const offset = (state.side - 1) * CHANGES_PAGE_SIZE;
  const [rows, total, kindRows] = await Promise.all([
    prisma.$queryRaw<RawChange[]>(Prisma.sql`${SELECT} ${changeWhere(state)} ${ORDER} LIMIT ${CHANGES_PAGE_SIZE} OFFSET ${offset}`),
    countChanges(state),
    prisma.$queryRaw<{ art: ChangeKind; n: number }[]>(Prisma.sql`SELECT c.art::text AS art, count(*)::int AS n FROM aendring c ${changeWhere(state, "art")} GROUP BY c.art`),
  ]);
  const kinds: Record<ChangeKind, number> = { oprettet: 0, nedlagt: 0, genaabnet: 0, flyttet: 0, aendret: 0 };
  for (const row of kindRows) kinds[row.art] = row.n;
  return { rows: await describeChanges(rows), total, side: state.side, sider: Math.max(1, Math.ceil(total / CHANGES_PAGE_SIZE)), kinds };
}

async function countChangesUncached(state: Omit<ChangeListState, "side">): Promise<number> {
  const prisma = await serverPrisma();
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM aendring c ${changeWhere(state)}`);
  return total;
}

/** The latest changes for a filter (feed, kommune overview), newest first. */
async function recentChangesUncached(state: Omit<ChangeListState, "side">, limit: number): Promise<ChangeView[]> {
  const prisma = await serverPrisma();
  return describeChanges(await prisma.$queryRaw<RawChange[]>(Prisma.sql`${SELECT} ${changeWhere(state)} ${ORDER} LIMIT ${limit}`));
}

/** Every change to one record, newest first. */
async function getRecordChangesUncached(level: RecordLevel, nummer: string): Promise<ChangeView[]> {
  const prisma = await serverPrisma();
  return describeChanges(
    await prisma.$queryRaw<RawChange[]>(Prisma.sql`${SELECT} WHERE c.niveau = ${level}::niveau AND c.nummer = ${nummer} ORDER BY c.snapshot_dato DESC, c.id`),
  );
}

/** Every change of a filter, one import day at a time (a day's changes are few), for the exports. */
export async function* streamChanges(state: Omit<ChangeListState, "side">): AsyncGenerator<ChangeView[]> {
  const prisma = await serverPrisma();
  const days = await prisma.$queryRaw<{ dato: string }[]>(
    Prisma.sql`SELECT DISTINCT to_char(c.snapshot_dato, 'YYYY-MM-DD') AS dato FROM aendring c ${changeWhere(state)} ORDER BY dato DESC`,
  );
  for (const { dato } of days) {
    const day = new Date(`${dato}T00:00:00Z`);
    yield describeChanges(await prisma.$queryRaw<RawChange[]>(Prisma.sql`${SELECT} ${changeWhere({ ...state, fra: day, til: day })} ${ORDER}`));
  }
}

/** The import days that found changes, with how many, newest first; and the day history begins. */
async function changeDaysUncached(limit = 10): Promise<{ days: { dato: Date; antal: number }[]; foersteDato: Date | null }> {
  const prisma = await serverPrisma();
  const [days, first] = await Promise.all([
    prisma.$queryRaw<{ dato: string; antal: number }[]>(
      Prisma.sql`SELECT to_char(snapshot_dato, 'YYYY-MM-DD') AS dato, count(*)::int AS antal FROM aendring GROUP BY snapshot_dato ORDER BY snapshot_dato DESC LIMIT ${limit}`,
    ),
    prisma.snapshot.findFirst({ orderBy: { id: "asc" }, select: { snapshotDato: true } }),
  ]);
  return { days: days.map((d) => ({ dato: new Date(`${d.dato}T00:00:00Z`), antal: d.antal })), foersteDato: first?.snapshotDato ?? null };
}

async function describeChanges(rows: RawChange[]): Promise<ChangeView[]> {
  if (rows.length === 0) return [];
  const [maps, parents] = await Promise.all([getLabelMaps(), parentNames(rows)]);
  return rows.map((row) => ({
    id: row.id,
    snapshotDato: new Date(row.snapshotDato),
    niveau: DB_TO_LEVEL[row.niveau],
    nummer: row.nummer,
    navn: row.navn,
    href: recordHref(row.niveau, row.nummer),
    kommune: kommuneRef(maps, row.kommuneKode),
    art: row.art,
    felt: row.felt,
    feltNavn: fieldLabel(row.felt),
    foer: describeValue(row.felt, row.foer, maps, parents),
    efter: describeValue(row.felt, row.efter, maps, parents),
  }));
}

const PARENT_LEVEL: Record<string, RecordLevel> = { daginstitutionsNummer: "daginstitution", anvisningsenhedsNummer: "anvisningsenhed" };

/** Names of the daginstitutioner and units that moves point at, in two queries. */
async function parentNames(rows: RawChange[]): Promise<Map<string, string>> {
  const wanted = (felt: string) => [...new Set(rows.filter((r) => r.felt === felt).flatMap((r) => [r.foer, r.efter]).filter((n): n is string => n !== null))];
  const [daginstitutioner, enheder] = [wanted("daginstitutionsNummer"), wanted("anvisningsenhedsNummer")];
  const prisma = await serverPrisma();
  const [d, a] = await Promise.all([
    daginstitutioner.length ? prisma.daginstitution.findMany({ where: { nummer: { in: daginstitutioner } }, select: { nummer: true, navn: true } }) : [],
    enheder.length ? prisma.anvisningsenhed.findMany({ where: { nummer: { in: enheder } }, select: { nummer: true, navn: true } }) : [],
  ]);
  return new Map([...d, ...a].map((row) => [row.nummer, row.navn]));
}

const decimal = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 6 });

function describeValue(felt: string | null, value: string | null, maps: LabelMaps, parents: Map<string, string>): ChangeValue {
  if (value === null || felt === null) return { tekst: null, href: null };
  const code = Number(value);
  switch (felt) {
    case "ejerformKode":
      return { tekst: `${value} ${maps.ejerform.get(code)?.navn ?? "(ukendt kode)"}`, href: null };
    case "lovgrundlagKode":
      return { tekst: `${value} ${maps.lovgrundlag.get(code)?.navn ?? "(ukendt kode)"}`, href: null };
    case "instType3":
      return { tekst: `${value} ${maps.institutionstype.get(code)?.navn ?? "(ukendt kode)"}`, href: null };
    case "kommuneKode":
    case "admKommuneKode":
      return { tekst: `${maps.kommuner.get(code) ?? "Ukendt kommune"} (${value})`, href: null };
    case "geoBredde":
    case "geoLaengde":
      return { tekst: Number.isFinite(code) ? decimal.format(code) : value, href: null };
    case "daginstitutionsNummer":
    case "anvisningsenhedsNummer": {
      const name = parents.get(value);
      return { tekst: name ? `${name} (${value})` : value, href: recordHref(PARENT_LEVEL[felt], value) };
    }
    default:
      return { tekst: value, href: null };
  }
}

export const listChanges = perSnapshot("listChanges", listChangesUncached);

export const countChanges = perSnapshot("countChanges", countChangesUncached);

export const recentChanges = perSnapshot("recentChanges", recentChangesUncached);

export const getRecordChanges = perSnapshot("getRecordChanges", getRecordChangesUncached);

export const changeDays = perSnapshot("changeDays", changeDaysUncached);
