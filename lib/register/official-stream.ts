import "server-only";
import { serverPrisma } from "@/lib/db/server";
import { formatSenestOpdateret } from "@/lib/format/senest-opdateret";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import {
  AKTIVITETSSTATUS, ALTERNATIV_ADRESSE_COLUMNS, ANVISNINGSENHED_COLUMNS, DAGINSTITUTION_COLUMNS, DAGTILBUDSTYPE, OFFICIAL_FILE_NAMES, SAMLET_COLUMNS,
} from "@/lib/official-format/columns";

/**
 * The register's four official export files, read from the database: every row of every level (closed ones too, so
 * that the files re-imported reproduce the database), in number order, in batches by keyset pagination, so memory
 * stays flat whatever the size. Each row is keyed by the column names of lib/official-format/columns.ts; every value
 * is text ("" for null).
 */

export type OfficialRow = Record<string, string>;
export type OfficialFileKey = keyof typeof OFFICIAL_FILE_NAMES;
export type OfficialStreamOptions = {
  /** Defaults to the server's database (lib/db/server.ts). */
  prisma?: PrismaClient;
  /** Rows per query; default 1000. */
  batchSize?: number;
};

export const OFFICIAL_FILE_KEYS = ["daginstitutioner", "anvisningsenheder", "alternativeAdresser", "samlet"] as const satisfies readonly OfficialFileKey[];

export const OFFICIAL_FILE_COLUMNS: Record<OfficialFileKey, readonly string[]> = {
  daginstitutioner: DAGINSTITUTION_COLUMNS,
  anvisningsenheder: ANVISNINGSENHED_COLUMNS,
  alternativeAdresser: ALTERNATIV_ADRESSE_COLUMNS,
  samlet: SAMLET_COLUMNS,
};

const DEFAULT_BATCH = 1000;

/** The file behind a download name such as `daginstitutioner.csv`, or null. */
export function officialFileByName(name: string): OfficialFileKey | null {
  return OFFICIAL_FILE_KEYS.find((key) => OFFICIAL_FILE_NAMES[key] === name) ?? null;
}

/** The rows of one file, by key. */
export function officialRows(key: OfficialFileKey, options: OfficialStreamOptions = {}): AsyncGenerator<OfficialRow> {
  switch (key) {
    case "daginstitutioner":
      return daginstitutionRows(options);
    case "anvisningsenheder":
      return anvisningsenhedRows(options);
    case "alternativeAdresser":
      return alternativAdresseRows(options);
    case "samlet":
      return samletRows(options);
  }
}

export type OfficialFileCounts = Record<OfficialFileKey, { rows: number; nedlagte: number }>;

/** Rows per file (the samlet file holds them all), and how many of them are closed. */
export async function getOfficialFileCounts(options: Pick<OfficialStreamOptions, "prisma"> = {}): Promise<OfficialFileCounts> {
  const prisma = options.prisma ?? (await serverPrisma());
  const [d, dn, a, an, x, xn] = await Promise.all([
    prisma.daginstitution.count(),
    prisma.daginstitution.count({ where: { status: "NEDLAGT" } }),
    prisma.anvisningsenhed.count(),
    prisma.anvisningsenhed.count({ where: { status: "NEDLAGT" } }),
    prisma.alternativAdresse.count(),
    prisma.alternativAdresse.count({ where: { status: "NEDLAGT" } }),
  ]);
  return {
    daginstitutioner: { rows: d, nedlagte: dn },
    anvisningsenheder: { rows: a, nedlagte: an },
    alternativeAdresser: { rows: x, nedlagte: xn },
    samlet: { rows: d + a + x, nedlagte: dn + an + xn },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Values

/** Labels of the code lists and kommune names, read once per file. */
type Labels = { ejerform: Map<number, string>; lovgrundlag: Map<number, string>; institutionstype: Map<number, string>; kommune: Map<number, string> };

async function loadLabels(prisma: PrismaClient): Promise<Labels> {
  const [ejerform, lovgrundlag, institutionstype, kommune] = await Promise.all([
    prisma.ejerform.findMany({ select: { kode: true, navn: true } }),
    prisma.lovgrundlag.findMany({ select: { kode: true, navn: true } }),
    prisma.institutionstype.findMany({ select: { kode: true, navn: true } }),
    prisma.kommune.findMany({ select: { kode: true, navn: true } }),
  ]);
  const toMap = (rows: { kode: number; navn: string }[]) => new Map(rows.map((r) => [r.kode, r.navn]));
  return { ejerform: toMap(ejerform), lovgrundlag: toMap(lovgrundlag), institutionstype: toMap(institutionstype), kommune: toMap(kommune) };
}

const text = (value: string | null | undefined): string => value ?? "";
const int = (value: number | null | undefined): string => (value === null || value === undefined ? "" : String(value));
const label = (map: Map<number, string>, code: number | null): string => (code === null ? "" : (map.get(code) ?? ""));
/**
 * Formatting through the time zone costs ~40 µs a call, and many rows share a few bulk-update timestamps, so the
 * texts are remembered (a bounded map, emptied when full, so memory stays flat).
 */
const timestampTexts = new Map<number, string>();
const TIMESTAMP_MEMO_MAX = 20_000;
function timestamp(value: Date | null): string {
  if (value === null) return "";
  const key = value.getTime();
  let formatted = timestampTexts.get(key);
  if (formatted === undefined) {
    formatted = formatSenestOpdateret(value);
    if (timestampTexts.size >= TIMESTAMP_MEMO_MAX) timestampTexts.clear();
    timestampTexts.set(key, formatted);
  }
  return formatted;
}

/**
 * A coordinate with a decimal comma, written with the shortest digits that read back as the same double
 * (`55.676098` → `55,676098`); never in exponent form, which the register's readers do not expect.
 */
export function formatCoordinate(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "";
  return plainDecimal(value).replace(".", ",");
}

function plainDecimal(value: number): string {
  const shortest = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, lead, rest = "", exp] = match;
  const digits = lead + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * `aktivitetsstatus` as the register wrote it; "Nedlagt" for a row the portal closed because it vanished from a
 * snapshot (the register's own value then still says it was active).
 */
function aktivitetsstatus(row: { aktivitetsstatus: string | null; status: "AKTIV" | "NEDLAGT" }): string {
  const written = row.aktivitetsstatus?.trim().toLowerCase() === "nedlagt";
  if (row.status === "NEDLAGT" && !written) return AKTIVITETSSTATUS.nedlagt;
  return text(row.aktivitetsstatus);
}

// ---------------------------------------------------------------------------------------------------------------
// Keyset pagination

/** `WHERE nummer > $last ORDER BY nummer LIMIT n`, batch after batch, until a batch comes back short. */
async function* keyset<T extends { nummer: string }>(batchSize: number, fetch: (after: Prisma.Sql, take: number) => Promise<T[]>): AsyncGenerator<T[]> {
  let last: string | null = null;
  for (;;) {
    const batch = await fetch(last === null ? Prisma.empty : Prisma.sql`WHERE t.nummer > ${last}`, batchSize);
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    last = batch[batch.length - 1].nummer;
  }
}

// Raw SQL rather than findMany: the rows go straight out again, and Prisma's model mapping tripled the time per
// batch on PGlite. Column types come back as with findMany (int, float8 as number, timestamptz as Date).
const STATUS = Prisma.sql`upper(t.status::text) AS status`;
const DAGINSTITUTION_COLUMNS_SQL = Prisma.sql`t.nummer, t.navn, t.ejerform_kode AS "ejerformKode", t.lovgrundlag_kode AS "lovgrundlagKode",
  t.adm_kommune_kode AS "admKommuneKode", t.senest_opdateret AS "senestOpdateret", t.aktivitetsstatus, ${STATUS}`;
const ADDRESS_COLUMNS_SQL = Prisma.sql`t.nummer, t.navn, t.dawa_id AS "dawaId", t.vej_navn AS "vejNavn", t.hus_nummer AS "husNummer", t.etage, t.doer,
  t.supplerende_bynavn AS "supplerendeBynavn", t.post_nummer AS "postNummer", t.by_navn AS "byNavn", t.kommune_kode AS "kommuneKode",
  t.vej_kode AS "vejKode", t.geo_bredde AS "geoBredde", t.geo_laengde AS "geoLaengde", t.cvr_nummer AS "cvrNummer", t.p_nummer AS "pNummer",
  t.senest_opdateret AS "senestOpdateret", t.aktivitetsstatus, ${STATUS}`;

type Status = "AKTIV" | "NEDLAGT";
type DaginstitutionDb = { nummer: string; navn: string; ejerformKode: number | null; lovgrundlagKode: number | null; admKommuneKode: number | null; senestOpdateret: Date | null; aktivitetsstatus: string | null; status: Status };
type AddressDb = {
  nummer: string; dawaId: string | null; vejNavn: string | null; husNummer: string | null; etage: string | null; doer: string | null; supplerendeBynavn: string | null;
  postNummer: string | null; byNavn: string | null; kommuneKode: number | null; vejKode: number | null; geoBredde: number | null; geoLaengde: number | null;
  cvrNummer: string | null; pNummer: string | null; senestOpdateret: Date | null; aktivitetsstatus: string | null; status: Status;
};
type AnvisningsenhedDb = AddressDb & { navn: string; daginstitutionsNummer: string | null; instType3: number | null; email: string | null; telefonNummer: string | null };
type AlternativAdresseDb = AddressDb & { navn: string | null; anvisningsenhedsNummer: string | null };
/** A unit with the columns of its daginstitution (null when the number is empty or names no daginstitution). */
type AnvisningsenhedWithParentDb = AnvisningsenhedDb & { parent: Omit<DaginstitutionDb, "senestOpdateret" | "aktivitetsstatus" | "status"> | null };

function daginstitutionBatches(prisma: PrismaClient, batchSize: number): AsyncGenerator<DaginstitutionDb[]> {
  return keyset(batchSize, (where, take) => prisma.$queryRaw<DaginstitutionDb[]>`SELECT ${DAGINSTITUTION_COLUMNS_SQL} FROM daginstitution t ${where} ORDER BY t.nummer LIMIT ${take}`);
}

const UNIT_COLUMNS_SQL = Prisma.sql`${ADDRESS_COLUMNS_SQL}, t.daginstitutions_nummer AS "daginstitutionsNummer", t.inst_type3 AS "instType3", t.email, t.telefon_nummer AS "telefonNummer"`;

function anvisningsenhedBatches(prisma: PrismaClient, batchSize: number): AsyncGenerator<AnvisningsenhedDb[]> {
  return keyset(batchSize, (where, take) => prisma.$queryRaw<AnvisningsenhedDb[]>`SELECT ${UNIT_COLUMNS_SQL} FROM anvisningsenhed t ${where} ORDER BY t.nummer LIMIT ${take}`);
}

type UnitWithParentRaw = AnvisningsenhedDb & { parentNummer: string | null; parentNavn: string | null; parentEjerformKode: number | null; parentLovgrundlagKode: number | null; parentAdmKommuneKode: number | null };

async function* anvisningsenhedWithParentBatches(prisma: PrismaClient, batchSize: number): AsyncGenerator<AnvisningsenhedWithParentDb[]> {
  const batches = keyset(batchSize, (where, take) => prisma.$queryRaw<UnitWithParentRaw[]>`
    SELECT ${UNIT_COLUMNS_SQL}, d.nummer AS "parentNummer", d.navn AS "parentNavn", d.ejerform_kode AS "parentEjerformKode",
      d.lovgrundlag_kode AS "parentLovgrundlagKode", d.adm_kommune_kode AS "parentAdmKommuneKode"
    FROM anvisningsenhed t LEFT JOIN daginstitution d ON d.nummer = t.daginstitutions_nummer
    ${where} ORDER BY t.nummer LIMIT ${take}`);
  for await (const batch of batches) {
    yield batch.map(({ parentNummer, parentNavn, parentEjerformKode, parentLovgrundlagKode, parentAdmKommuneKode, ...unit }) => ({
      ...unit,
      parent: parentNummer === null ? null : { nummer: parentNummer, navn: parentNavn ?? "", ejerformKode: parentEjerformKode, lovgrundlagKode: parentLovgrundlagKode, admKommuneKode: parentAdmKommuneKode },
    }));
  }
}

function alternativAdresseBatches(prisma: PrismaClient, batchSize: number): AsyncGenerator<AlternativAdresseDb[]> {
  return keyset(batchSize, (where, take) => prisma.$queryRaw<AlternativAdresseDb[]>`
    SELECT ${ADDRESS_COLUMNS_SQL}, t.anvisningsenheds_nummer AS "anvisningsenhedsNummer" FROM alternativ_adresse t ${where} ORDER BY t.nummer LIMIT ${take}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Rows

function daginstitutionCodes(d: Pick<DaginstitutionDb, "ejerformKode" | "lovgrundlagKode" | "admKommuneKode"> | null, labels: Labels) {
  return {
    ejerformKode: int(d?.ejerformKode), ejerformKode_Tekst: label(labels.ejerform, d?.ejerformKode ?? null),
    lovgrundlagKode: int(d?.lovgrundlagKode), lovgrundlagKode_Tekst: label(labels.lovgrundlag, d?.lovgrundlagKode ?? null),
    admKommuneKode: int(d?.admKommuneKode), admKommuneKode_Tekst: label(labels.kommune, d?.admKommuneKode ?? null),
  };
}

function daginstitutionRow(d: DaginstitutionDb, labels: Labels) {
  return {
    daginstitutionsNummer: d.nummer, daginstitutionsNavn: d.navn, ...daginstitutionCodes(d, labels),
    aktivitetsstatus: aktivitetsstatus(d), senestOpdateret: timestamp(d.senestOpdateret),
  } satisfies Record<(typeof DAGINSTITUTION_COLUMNS)[number], string>;
}

function addressFields(a: AddressDb, labels: Labels) {
  return {
    dawaId: text(a.dawaId), vejNavn: text(a.vejNavn), husNummer: text(a.husNummer), supplerendeBynavn: text(a.supplerendeBynavn),
    postNummer: text(a.postNummer), byNavn: text(a.byNavn), kommuneKode: int(a.kommuneKode), kommuneKode_Tekst: label(labels.kommune, a.kommuneKode),
    etage: text(a.etage), doer: text(a.doer), geoBredde: formatCoordinate(a.geoBredde), geoLaengde: formatCoordinate(a.geoLaengde), vejKode: int(a.vejKode),
  };
}

function anvisningsenhedRow(u: AnvisningsenhedDb, labels: Labels) {
  return {
    anvisningsenhedsNummer: u.nummer, anvisningsenhedsNavn: u.navn, ...addressFields(u, labels),
    instType3: int(u.instType3), instType3_Tekst: label(labels.institutionstype, u.instType3), email: text(u.email), telefonNummer: text(u.telefonNummer),
    cvrNummer: text(u.cvrNummer), pNummer: text(u.pNummer), aktivitetsstatus: aktivitetsstatus(u), senestOpdateret: timestamp(u.senestOpdateret),
    daginstitutionsNummer: text(u.daginstitutionsNummer),
  } satisfies Record<(typeof ANVISNINGSENHED_COLUMNS)[number], string>;
}

function alternativAdresseRow(a: AlternativAdresseDb, labels: Labels) {
  return {
    alternativAdresseNummer: a.nummer, alternativAdresseNavn: text(a.navn), ...addressFields(a, labels),
    cvrNummer: text(a.cvrNummer), pNummer: text(a.pNummer), aktivitetsstatus: aktivitetsstatus(a), senestOpdateret: timestamp(a.senestOpdateret),
    anvisningsenhedsNummer: text(a.anvisningsenhedsNummer),
  } satisfies Record<(typeof ALTERNATIV_ADRESSE_COLUMNS)[number], string>;
}

type SamletRow = Record<(typeof SAMLET_COLUMNS)[number], string>;
const BLANK_SAMLET = Object.freeze(Object.fromEntries(SAMLET_COLUMNS.map((c) => [c, ""])) as SamletRow);

function samletDaginstitution(d: DaginstitutionDb, labels: Labels): SamletRow {
  const { daginstitutionsNavn, ...rest } = daginstitutionRow(d, labels);
  return { ...BLANK_SAMLET, ...rest, dagtilbudsType: DAGTILBUDSTYPE.daginstitution, dagtilbudsNavn: daginstitutionsNavn, daginstitutionsNavn };
}

function samletAnvisningsenhed(u: AnvisningsenhedWithParentDb, labels: Labels): SamletRow {
  const { parent } = u;
  const { anvisningsenhedsNavn, ...rest } = anvisningsenhedRow(u, labels);
  return {
    ...BLANK_SAMLET, ...rest, dagtilbudsType: DAGTILBUDSTYPE.anvisningsenhed, dagtilbudsNavn: anvisningsenhedsNavn,
    daginstitutionsNavn: text(parent?.navn), ...daginstitutionCodes(parent, labels),
  };
}

function samletAlternativAdresse(a: AlternativAdresseDb, labels: Labels): SamletRow {
  const { alternativAdresseNavn, ...rest } = alternativAdresseRow(a, labels);
  return { ...BLANK_SAMLET, ...rest, dagtilbudsType: DAGTILBUDSTYPE.alternativAdresse, dagtilbudsNavn: alternativAdresseNavn };
}

async function start(options: OfficialStreamOptions) {
  const prisma = options.prisma ?? (await serverPrisma());
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  if (!(Number.isInteger(batchSize) && batchSize > 0)) throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
  return { prisma, batchSize, labels: await loadLabels(prisma) };
}

/** daginstitutioner.csv: every daginstitution, by number. */
export async function* daginstitutionRows(options: OfficialStreamOptions = {}): AsyncGenerator<OfficialRow> {
  const { prisma, batchSize, labels } = await start(options);
  for await (const batch of daginstitutionBatches(prisma, batchSize)) {
    for (const d of batch) yield daginstitutionRow(d, labels);
  }
}

/** anvisningsenheder.csv: every anvisningsenhed, by number. */
export async function* anvisningsenhedRows(options: OfficialStreamOptions = {}): AsyncGenerator<OfficialRow> {
  const { prisma, batchSize, labels } = await start(options);
  for await (const batch of anvisningsenhedBatches(prisma, batchSize)) {
    for (const u of batch) yield anvisningsenhedRow(u, labels);
  }
}

/** alternative_adresser.csv: every alternative address, by number. */
export async function* alternativAdresseRows(options: OfficialStreamOptions = {}): AsyncGenerator<OfficialRow> {
  const { prisma, batchSize, labels } = await start(options);
  for await (const batch of alternativAdresseBatches(prisma, batchSize)) {
    for (const a of batch) yield alternativAdresseRow(a, labels);
  }
}

/**
 * samlet_udtraek.csv: one row per daginstitution, anvisningsenhed (with its daginstitution's name, codes and
 * labels) and alternative address, merged by each row's own number as the demo generator orders it.
 */
export async function* samletRows(options: OfficialStreamOptions = {}): AsyncGenerator<OfficialRow> {
  const { prisma, batchSize, labels } = await start(options);

  async function* daginstitutioner() {
    for await (const batch of daginstitutionBatches(prisma, batchSize)) for (const d of batch) yield { nummer: d.nummer, row: samletDaginstitution(d, labels) };
  }
  async function* anvisningsenheder() {
    for await (const batch of anvisningsenhedWithParentBatches(prisma, batchSize)) for (const u of batch) yield { nummer: u.nummer, row: samletAnvisningsenhed(u, labels) };
  }
  async function* alternativeAdresser() {
    for await (const batch of alternativAdresseBatches(prisma, batchSize)) for (const a of batch) yield { nummer: a.nummer, row: samletAlternativAdresse(a, labels) };
  }

  yield* mergeByNumber([daginstitutioner(), anvisningsenheder(), alternativeAdresser()]);
}

/** Merges sorted streams by `nummer`; on equal numbers the earlier stream comes first. */
async function* mergeByNumber(sources: AsyncGenerator<{ nummer: string; row: OfficialRow }>[]): AsyncGenerator<OfficialRow> {
  const heads = await Promise.all(sources.map((s) => s.next()));
  try {
    for (;;) {
      let pick = -1;
      for (let i = 0; i < heads.length; i++) {
        const head = heads[i];
        if (head.done) continue;
        if (pick === -1 || head.value.nummer < (heads[pick] as IteratorYieldResult<{ nummer: string }>).value.nummer) pick = i;
      }
      if (pick === -1) return;
      const head = heads[pick] as IteratorYieldResult<{ nummer: string; row: OfficialRow }>;
      yield head.value.row;
      heads[pick] = await sources[pick].next();
    }
  } finally {
    await Promise.all(sources.map((s) => s.return(undefined)));
  }
}
