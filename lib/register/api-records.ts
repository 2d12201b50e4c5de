import "server-only";
import { serverPrisma } from "@/lib/db/server";
import type { AlternativAdresseJson, AnvisningsenhedJson, DaginstitutionJson } from "@/lib/api/schemas";
import { searchText } from "@/lib/format/search-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApiListState } from "@/lib/params/api-list";
import { ADDRESS_SELECT } from "./record-history";
import { getLabelMaps, type LabelMaps } from "./record-lookups";

/** The API's plain JSON records (lib/api/schemas.ts), read by number or listed with the EksportService filters. */
export type ApiPage<T> = { data: T[]; side: number; prSide: number; total: number; sider: number };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const HISTORY = { status: true, aktivitetsstatus: true, senestOpdateret: true, foersteSetDato: true, lukketDato: true } as const;
type HistoryRow = { status: "AKTIV" | "NEDLAGT"; aktivitetsstatus: string | null; senestOpdateret: Date | null; foersteSetDato: Date; lukketDato: Date | null };

function history(row: HistoryRow) {
  return { status: row.status === "AKTIV" ? ("aktiv" as const) : ("nedlagt" as const), aktivitetsstatus: row.aktivitetsstatus, senestOpdateret: row.senestOpdateret?.toISOString() ?? null, foersteSetDato: day(row.foersteSetDato)!, lukketDato: day(row.lukketDato) };
}

type AddressRow = { adresse: string; vejNavn: string | null; husNummer: string | null; etage: string | null; doer: string | null; supplerendeBynavn: string | null; postNummer: string | null; byNavn: string | null; dawaId: string | null; vejKode: number | null; geoBredde: number | null; geoLaengde: number | null; kommuneKode: number | null };
function address({ adresse, ...parts }: AddressRow) {
  return { tekst: adresse, ...parts };
}

const DAGINSTITUTION_SELECT = { nummer: true, navn: true, ejerformKode: true, lovgrundlagKode: true, admKommuneKode: true, ...HISTORY } as const;
const UNIT_SELECT = { nummer: true, navn: true, daginstitutionsNummer: true, instType3: true, email: true, telefonNummer: true, cvrNummer: true, pNummer: true, kommuneKode: true, ...ADDRESS_SELECT, ...HISTORY } as const;
const ALTERNATIVE_SELECT = { nummer: true, navn: true, anvisningsenhedsNummer: true, cvrNummer: true, pNummer: true, kommuneKode: true, ...ADDRESS_SELECT, ...HISTORY } as const;

type DaginstitutionRow = Prisma.DaginstitutionGetPayload<{ select: typeof DAGINSTITUTION_SELECT }>;
type UnitRow = Prisma.AnvisningsenhedGetPayload<{ select: typeof UNIT_SELECT }>;
type AlternativeRow = Prisma.AlternativAdresseGetPayload<{ select: typeof ALTERNATIVE_SELECT }>;

function daginstitutionJson(maps: LabelMaps, d: DaginstitutionRow): DaginstitutionJson {
  const ejerform = d.ejerformKode === null ? undefined : maps.ejerform.get(d.ejerformKode);
  const lovgrundlag = d.lovgrundlagKode === null ? undefined : maps.lovgrundlag.get(d.lovgrundlagKode);
  return {
    nummer: d.nummer, navn: d.navn, ejerformKode: d.ejerformKode, ejerform: ejerform?.navn ?? null, lovgrundlagKode: d.lovgrundlagKode,
    lovgrundlag: lovgrundlag?.navn ?? null, lovhenvisning: lovgrundlag?.lovhenvisning ?? null, admKommuneKode: d.admKommuneKode,
    admKommune: d.admKommuneKode === null ? null : (maps.kommuner.get(d.admKommuneKode) ?? null), ...history(d),
  };
}

function unitJson(maps: LabelMaps, u: UnitRow): AnvisningsenhedJson {
  const { nummer, navn, daginstitutionsNummer, instType3, email, telefonNummer, cvrNummer, pNummer } = u;
  const institutionstype = instType3 === null ? null : (maps.institutionstype.get(instType3)?.navn ?? null);
  return { nummer, navn, daginstitutionsNummer, instType3, institutionstype, adresse: address(u), email, telefonNummer, cvrNummer, pNummer, ...history(u) };
}

function alternativeJson(a: AlternativeRow): AlternativAdresseJson {
  return { nummer: a.nummer, navn: a.navn, anvisningsenhedsNummer: a.anvisningsenhedsNummer, adresse: address(a), cvrNummer: a.cvrNummer, pNummer: a.pNummer, ...history(a) };
}

type Niveau = "DAGINSTITUTION" | "ANVISNINGSENHED" | "ALTERNATIV_ADRESSE";

/** Created on or after the day, or with a change recorded by an import of that day or later. */
async function changedSince(niveau: Niveau, since: Date | null) {
  if (!since) return {};
  const prisma = await serverPrisma();
  const changed = await prisma.aendring.findMany({ where: { niveau, snapshotDato: { gte: since } }, select: { nummer: true }, distinct: ["nummer"] });
  return { OR: [{ foersteSetDato: { gte: since } }, { nummer: { in: changed.map((c) => c.nummer) } }] };
}

function common(state: ApiListState) {
  return {
    ...(state.status === "alle" ? {} : { status: state.status === "aktiv" ? ("AKTIV" as const) : ("NEDLAGT" as const) }),
    // The normalised search text has a trigram index, which also serves LIKE '%…%'.
    ...(state.navn ? { soegetekst: { contains: searchText(state.navn) } } : {}),
  };
}

async function paged<Row, Json>(state: ApiListState, query: (skip: number, take: number) => Promise<[Row[], number]>, toJson: (row: Row) => Json): Promise<ApiPage<Json>> {
  const [rows, total] = await query((state.side - 1) * state.prSide, state.prSide);
  return { data: rows.map(toJson), side: state.side, prSide: state.prSide, total, sider: Math.max(1, Math.ceil(total / state.prSide)) };
}

export async function apiListDaginstitutioner(state: ApiListState): Promise<ApiPage<DaginstitutionJson>> {
  const [prisma, maps] = await Promise.all([serverPrisma(), getLabelMaps()]);
  const where: Prisma.DaginstitutionWhereInput = { ...common(state), ...(await changedSince("DAGINSTITUTION", state.changedSince)), ...(state.kommune !== null ? { admKommuneKode: state.kommune } : {}) };
  return paged(state, (skip, take) => prisma.$transaction([prisma.daginstitution.findMany({ where, select: DAGINSTITUTION_SELECT, orderBy: { nummer: "asc" }, skip, take }), prisma.daginstitution.count({ where })]), (d) => daginstitutionJson(maps, d));
}

export async function apiListAnvisningsenheder(state: ApiListState): Promise<ApiPage<AnvisningsenhedJson>> {
  const [prisma, maps] = await Promise.all([serverPrisma(), getLabelMaps()]);
  const where: Prisma.AnvisningsenhedWhereInput = {
    ...common(state),
    ...(await changedSince("ANVISNINGSENHED", state.changedSince)),
    ...(state.kommune !== null ? { kommuneKode: state.kommune } : {}),
    ...(state.cvr ? { cvrNummer: state.cvr } : {}),
    ...(state.pnummer ? { pNummer: state.pnummer } : {}),
    ...(state.daginstitution ? { daginstitutionsNummer: state.daginstitution } : {}),
  };
  return paged(state, (skip, take) => prisma.$transaction([prisma.anvisningsenhed.findMany({ where, select: UNIT_SELECT, orderBy: { nummer: "asc" }, skip, take }), prisma.anvisningsenhed.count({ where })]), (u) => unitJson(maps, u));
}

export async function apiListAlternativeAdresser(state: ApiListState): Promise<ApiPage<AlternativAdresseJson>> {
  const prisma = await serverPrisma();
  const where: Prisma.AlternativAdresseWhereInput = {
    ...common(state),
    ...(await changedSince("ALTERNATIV_ADRESSE", state.changedSince)),
    ...(state.kommune !== null ? { kommuneKode: state.kommune } : {}),
    ...(state.cvr ? { cvrNummer: state.cvr } : {}),
    ...(state.pnummer ? { pNummer: state.pnummer } : {}),
    ...(state.anvisningsenhed ? { anvisningsenhedsNummer: state.anvisningsenhed } : {}),
  };
  return paged(state, (skip, take) => prisma.$transaction([prisma.alternativAdresse.findMany({ where, select: ALTERNATIVE_SELECT, orderBy: { nummer: "asc" }, skip, take }), prisma.alternativAdresse.count({ where })]), alternativeJson);
}

export async function apiGetDaginstitution(nummer: string) {
  const [prisma, maps] = await Promise.all([serverPrisma(), getLabelMaps()]);
  const [row, units] = await Promise.all([
    prisma.daginstitution.findUnique({ where: { nummer }, select: DAGINSTITUTION_SELECT }),
    prisma.anvisningsenhed.findMany({ where: { daginstitutionsNummer: nummer }, select: UNIT_SELECT, orderBy: { nummer: "asc" } }),
  ]);
  return row ? { ...daginstitutionJson(maps, row), anvisningsenheder: units.map((u) => unitJson(maps, u)) } : null;
}

export async function apiGetAnvisningsenhed(nummer: string) {
  const [prisma, maps] = await Promise.all([serverPrisma(), getLabelMaps()]);
  const row = await prisma.anvisningsenhed.findUnique({ where: { nummer }, select: UNIT_SELECT });
  return row ? unitJson(maps, row) : null;
}

export async function apiGetAlternativAdresse(nummer: string) {
  const prisma = await serverPrisma();
  const row = await prisma.alternativAdresse.findUnique({ where: { nummer }, select: ALTERNATIVE_SELECT });
  return row ? alternativeJson(row) : null;
}

export async function apiCodeLists() {
  const prisma = await serverPrisma();
  const [ejerform, lovgrundlag, institutionstype] = await Promise.all([
    prisma.ejerform.findMany({ orderBy: { kode: "asc" } }),
    prisma.lovgrundlag.findMany({ orderBy: { kode: "asc" } }),
    prisma.institutionstype.findMany({ orderBy: { kode: "asc" } }),
  ]);
  return { ejerform, lovgrundlag, institutionstype: institutionstype.map((t) => ({ ...t, lovhenvisning: null })) };
}
