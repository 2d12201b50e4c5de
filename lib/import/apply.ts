import type { Prisma } from "../generated/prisma/client";
import { danishSortKey, searchText } from "../format/search-text";
import type { Finding } from "./findings";
import { formatAddress, type AlternativAdresseRecord, type AnvisningsenhedRecord, type DaginstitutionRecord, type Level, type ParsedSnapshot } from "./records";

export type LevelCounts = { indsat: number; opdateret: number; lukket: number; genaabnet: number; uaendret: number };
export type ApplyResult = { snapshotId: number; counts: Record<Level, LevelCounts | null>; aendringer: number };
export type ApplyOptions = { snapshotDato: Date; kilde: string; demo: boolean; varighedMs: number; onProgress?: (message: string) => void };

type Tx = Prisma.TransactionClient;
type ChangeKind = "OPRETTET" | "NEDLAGT" | "GENAABNET" | "FLYTTET" | "AENDRET";
type Change = { art: ChangeKind; nummer: string; navn: string; kommuneKode: number | null; felt?: string; foer?: string | null; efter?: string | null };
type Status = "AKTIV" | "NEDLAGT";
type Row = Record<string, unknown> & { nummer: string; status: Status; lukketDato: Date | null };
/** The three level tables share this shape of delegate; typed loosely so one comparison serves all three. */
type Delegate = {
  findMany(args: object): Promise<Row[]>;
  createMany(args: { data: object[] }): Promise<unknown>;
  update(args: { where: { nummer: string }; data: object }): Promise<unknown>;
  updateMany(args: { where: object; data: object }): Promise<unknown>;
};

const CHUNK = 1000;

/** What each level calls its parent (a change of it is a move), and which column holds its kommune. */
const LEVEL_SHAPE: Record<Level, { parent: string | null; kommune: string }> = {
  daginstitution: { parent: null, kommune: "admKommuneKode" },
  anvisningsenhed: { parent: "daginstitutionsNummer", kommune: "kommuneKode" },
  alternativ_adresse: { parent: "anvisningsenhedsNummer", kommune: "kommuneKode" },
};
/** Register columns that are not reported as field changes: status has its own kinds, the timestamp moves with every edit. */
const NOT_A_FIELD_CHANGE = new Set(["aktivitetsstatus", "senestOpdateret"]);

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function statusOf(aktivitetsstatus: string | null): Status {
  return aktivitetsstatus?.trim().toLowerCase() === "nedlagt" ? "NEDLAGT" : "AKTIV";
}

/** A record as the register has it, and the columns the portal derives from it (display address, search text). */
type Fields = { register: Record<string, unknown> & { aktivitetsstatus: string | null }; derived: Record<string, string> };

function daginstitutionFields({ source: _source, nummer: _n, ...register }: DaginstitutionRecord): Fields {
  return { register, derived: { soegetekst: searchText(register.navn), sorteringsnavn: danishSortKey(register.navn) } };
}

function anvisningsenhedFields({ source: _source, nummer: _n, ...register }: AnvisningsenhedRecord): Fields {
  const adresse = formatAddress(register);
  return { register, derived: { adresse, soegetekst: searchText(register.navn, adresse), sorteringsnavn: danishSortKey(register.navn), sorteringsadresse: danishSortKey(adresse) } };
}

function alternativAdresseFields({ source: _source, nummer: _n, ...register }: AlternativAdresseRecord): Fields {
  const adresse = formatAddress(register);
  return { register, derived: { adresse, soegetekst: searchText(register.navn, adresse), sorteringsnavn: danishSortKey(register.navn) } };
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** Writes one import in the caller's transaction: the snapshot row, every level it brings, and its findings. */
export async function applySnapshot(tx: Tx, snapshot: ParsedSnapshot, findings: Finding[], options: ApplyOptions): Promise<ApplyResult> {
  const levels: Level[] = [];
  if (snapshot.daginstitutioner) levels.push("daginstitution");
  if (snapshot.anvisningsenheder) levels.push("anvisningsenhed");
  if (snapshot.alternativeAdresser) levels.push("alternativ_adresse");
  const niveauer = levels.map((l) => l.toUpperCase() as "DAGINSTITUTION" | "ANVISNINGSENHED" | "ALTERNATIV_ADRESSE");

  const created = await tx.snapshot.create({
    data: {
      snapshotDato: options.snapshotDato, kilde: options.kilde, filer: snapshot.files, niveauer, demo: options.demo,
      indsat: 0, opdateret: 0, lukket: 0, genaabnet: 0, uaendret: 0, fund: findings.length, varighedMs: 0,
    },
  });
  const context: Context = { tx, snapshotId: created.id, snapshotDato: options.snapshotDato, progress: options.onProgress, changes: 0 };
  const counts: ApplyResult["counts"] = {
    daginstitution: snapshot.daginstitutioner
      ? await applyLevel(context, "daginstitution", tx.daginstitution as unknown as Delegate, snapshot.daginstitutioner.map((r) => [r.nummer, daginstitutionFields(r)]))
      : null,
    anvisningsenhed: snapshot.anvisningsenheder
      ? await applyLevel(context, "anvisningsenhed", tx.anvisningsenhed as unknown as Delegate, snapshot.anvisningsenheder.map((r) => [r.nummer, anvisningsenhedFields(r)]))
      : null,
    alternativ_adresse: snapshot.alternativeAdresser
      ? await applyLevel(context, "alternativ_adresse", tx.alternativAdresse as unknown as Delegate, snapshot.alternativeAdresser.map((r) => [r.nummer, alternativAdresseFields(r)]))
      : null,
  };

  for (let i = 0; i < findings.length; i += CHUNK) {
    await tx.importFund.createMany({
      data: findings.slice(i, i + CHUNK).map(({ niveau, ...f }) => ({ ...f, snapshotId: created.id, niveau: niveau ? (niveau.toUpperCase() as "DAGINSTITUTION") : null })),
    });
  }
  const total = (key: keyof LevelCounts) => Object.values(counts).reduce((n, c) => n + (c?.[key] ?? 0), 0);
  await tx.snapshot.update({
    where: { id: created.id },
    data: { indsat: total("indsat"), opdateret: total("opdateret"), lukket: total("lukket"), genaabnet: total("genaabnet"), uaendret: total("uaendret"), varighedMs: options.varighedMs },
  });
  return { snapshotId: created.id, counts, aendringer: context.changes };
}

type Context = { tx: Tx; snapshotId: number; snapshotDato: Date; progress?: (message: string) => void; changes: number };

function changeOf(level: Level, nummer: string, fields: Record<string, unknown>): Omit<Change, "art"> {
  return { nummer, navn: String(fields.navn ?? ""), kommuneKode: (fields[LEVEL_SHAPE[level].kommune] as number | null) ?? null };
}

/** The changes one record went through between the stored row and the snapshot's row. */
function recordChanges(level: Level, nummer: string, old: Row, register: Fields["register"], status: Status): Change[] {
  const shape = LEVEL_SHAPE[level];
  const base = changeOf(level, nummer, register);
  const changes: Change[] = [];
  if (old.status === "AKTIV" && status === "NEDLAGT") changes.push({ ...base, art: "NEDLAGT" });
  if (old.status === "NEDLAGT" && status === "AKTIV") changes.push({ ...base, art: "GENAABNET" });
  for (const [felt, value] of Object.entries(register)) {
    if (NOT_A_FIELD_CHANGE.has(felt) || same(old[felt], value)) continue;
    changes.push({ ...base, art: felt === shape.parent ? "FLYTTET" : "AENDRET", felt, foer: asText(old[felt]), efter: asText(value) });
  }
  return changes;
}

async function applyLevel(context: Context, level: Level, delegate: Delegate, records: [string, Fields][]): Promise<LevelCounts> {
  const { snapshotId, snapshotDato } = context;
  const counts: LevelCounts = { indsat: 0, opdateret: 0, lukket: 0, genaabnet: 0, uaendret: 0 };
  const existing = new Map((await delegate.findMany({})).map((row) => [row.nummer, row]));
  // The first import of a level is the baseline: its rows were not created that day, only first seen.
  const baseline = existing.size === 0;
  const inserts: object[] = [];
  const updates: { nummer: string; data: object }[] = [];
  const changes: Change[] = [];

  for (const [nummer, { register, derived }] of records) {
    const status = statusOf(register.aktivitetsstatus);
    const old = existing.get(nummer);
    existing.delete(nummer);
    if (!old) {
      inserts.push({ nummer, ...register, ...derived, status, foersteSetDato: snapshotDato, lukketDato: status === "NEDLAGT" ? snapshotDato : null, snapshotId });
      if (!baseline) changes.push({ ...changeOf(level, nummer, register), art: "OPRETTET" });
      counts.indsat++;
      continue;
    }
    const differs = (fields: Record<string, unknown>) => Object.entries(fields).some(([key, value]) => !same(old[key], value));
    if (old.status === status && !differs(register)) {
      // Unchanged in the register; a derived column written by an older version of the portal is brought up to date quietly.
      if (differs(derived)) updates.push({ nummer, data: derived });
      counts.uaendret++;
      continue;
    }
    updates.push({ nummer, data: { ...register, ...derived, status, lukketDato: status === "NEDLAGT" ? (old.lukketDato ?? snapshotDato) : null, snapshotId } });
    changes.push(...recordChanges(level, nummer, old, register, status));
    if (old.status === "NEDLAGT" && status === "AKTIV") counts.genaabnet++;
    else if (old.status === "AKTIV" && status === "NEDLAGT") counts.lukket++;
    else counts.opdateret++;
  }
  const vanishedRows = [...existing.values()].filter((row) => row.status === "AKTIV");
  const vanished = vanishedRows.map((row) => row.nummer);
  counts.lukket += vanished.length;
  for (const row of vanishedRows) {
    changes.push({ ...changeOf(level, row.nummer, row), art: "NEDLAGT" });
  }

  for (let i = 0; i < inserts.length; i += CHUNK) {
    await delegate.createMany({ data: inserts.slice(i, i + CHUNK) });
    context.progress?.(`${level}: inserted ${Math.min(i + CHUNK, inserts.length)}/${inserts.length}`);
  }
  for (const [i, update] of updates.entries()) {
    await delegate.update({ where: { nummer: update.nummer }, data: update.data });
    if ((i + 1) % CHUNK === 0 || i + 1 === updates.length) context.progress?.(`${level}: updated ${i + 1}/${updates.length}`);
  }
  for (let i = 0; i < vanished.length; i += CHUNK) {
    await delegate.updateMany({ where: { nummer: { in: vanished.slice(i, i + CHUNK) } }, data: { status: "NEDLAGT", lukketDato: snapshotDato, snapshotId } });
  }
  if (vanished.length) context.progress?.(`${level}: closed ${vanished.length} missing from the snapshot`);

  const niveau = level.toUpperCase() as "DAGINSTITUTION" | "ANVISNINGSENHED" | "ALTERNATIV_ADRESSE";
  for (let i = 0; i < changes.length; i += CHUNK) {
    await context.tx.aendring.createMany({
      data: changes.slice(i, i + CHUNK).map((change) => ({ ...change, niveau, snapshotId, snapshotDato })),
    });
  }
  if (changes.length) context.progress?.(`${level}: recorded ${changes.length} change(s)`);
  context.changes += changes.length;
  return counts;
}
